package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import org.parley.ingest.IngestRecord;
import org.parley.ingest.Ingestor;
import org.parley.ingest.format.InputFile;
import org.parley.ingest.format.Manifest;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Diagnostic;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;
import org.parley.store.contract.ContractMaps;
import org.parley.store.export.FlatTable;

/**
 * Codes the input files of one partition, on an executor: each file's bytes are spooled to local
 * disk and read by ingest's {@link Ingestor#readFile} (format by content, {@code .gz} through its
 * content, the manifest that applies to it), and each codable article goes through the executor's
 * {@link ExecutorPipeline} as in {@code parley code}. Every input record becomes one article row
 * (coded, duplicate, or skipped with its reason: a failure while coding one article skips that
 * article, located, as the CLI does); coded articles add their event, quote and mention rows.
 */
final class FileCoder implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String ARTICLE = "article";
  static final String EVENT = "event";
  static final String QUOTE = "quote";
  static final String MENTION = "mention";

  /** Key of {@link #manifests} for a manifest given explicitly, which applies to every file. */
  static final String EVERYWHERE = "";

  private final JobSettings settings;
  private final HashMap<String, byte[]> manifests;

  /**
   * @param manifests manifest contents by the directory they apply to (with its subdirectories), or
   *     under {@link #EVERYWHERE}
   */
  FileCoder(JobSettings settings, Map<String, byte[]> manifests) {
    this.settings = settings;
    this.manifests = new HashMap<>(manifests);
  }

  /**
   * The rows of the partition's files, coded one file at a time as the rows are consumed, so a task
   * holds one file's rows, not its whole partition's.
   */
  @Override
  public Iterator<Row> call(Iterator<Row> files) throws IOException {
    Path spool = Files.createTempDirectory("parley-spark-");
    TaskContext task = TaskContext.get();
    if (task != null) {
      // Also when the task fails or is killed half-way.
      task.addTaskCompletionListener((TaskCompletionListener) context -> deleteQuietly(spool));
    }
    Ingestor ingestor = Ingestor.create();
    Map<String, Manifest> loaded = new HashMap<>();
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          Row f = files.next();
          String file = f.getString(f.fieldIndex("path"));
          byte[] content = (byte[]) f.get(f.fieldIndex("content"));
          List<Row> out = new ArrayList<>();
          try {
            codeFile(ingestor, file, content, manifestFor(file, loaded, spool), spool, out);
          } catch (IOException e) {
            throw new UncheckedIOException("could not spool " + file + " to " + spool, e);
          }
          current = out.iterator();
        }
        if (!current.hasNext()) {
          deleteQuietly(spool);
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static void deleteQuietly(Path spool) {
    try {
      deleteTree(spool);
    } catch (IOException e) {
      // A temporary directory left behind costs disk, not results; say so where it is seen.
      System.err.println("parley: could not delete " + spool + ": " + e);
    }
  }

  private void codeFile(
      Ingestor ingestor, String file, byte[] content, Manifest manifest, Path spool, List<Row> out)
      throws IOException {
    Path dir = Files.createTempDirectory(spool, "file-");
    Path local = dir.resolve(new org.apache.hadoop.fs.Path(file).getName());
    Files.write(local, content);
    try {
      int[] seq = {0};
      ingestor.readFile(
          InputFile.of(local, file),
          manifest,
          settings.explicitFiles().contains(file),
          rec -> handle(rec, file, seq[0]++, out));
    } finally {
      deleteTree(dir);
    }
  }

  private void handle(IngestRecord rec, String file, int seq, List<Row> out) {
    List<Diagnostic> diags = new ArrayList<>(rec.diagnostics());
    Optional<Article> codable = rec.findCodable();
    if (codable.isEmpty()) {
      out.add(article(rec.articleOrPlaceholder(), rec.status(), diags, file, seq));
      return;
    }
    Article article = codable.get();
    CodedDocument coded;
    try {
      ExecutorPipeline pipeline = ExecutorPipeline.get(settings);
      ParsedDocument parsed = pipeline.parser().parse(article, diags::add);
      coded = pipeline.coder().code(parsed);
    } catch (RuntimeException e) {
      // As in parley code: one article's failure skips that article with a located reason.
      diags.add(Diagnostic.error(article.source(), article.id(), "could not code: " + e));
      ArticleStatus skipped = ArticleStatus.skipped("error: " + e.getClass().getSimpleName());
      out.add(article(article, skipped, diags, file, seq));
      return;
    }
    Integer[] published = yearMonth(article.published().map(DateValue::value).orElse(null));
    for (ActorMention m : coded.mentions()) {
      out.add(
          record(
              MENTION,
              file,
              seq,
              published,
              null,
              null,
              Tables.row(ContractMaps.mention(m), Tables.MENTION),
              null));
    }
    for (Event e : coded.events()) {
      List<Object> flat =
          FlatTable.row(ContractMaps.event(e, settings.runId()), article.url(), article.outlet());
      Integer[] when = {(Integer) flat.get(yearColumn()), (Integer) flat.get(yearColumn() + 1)};
      out.add(record(EVENT, file, seq, when, Tables.eventRow(flat), null, null, null));
    }
    for (Quote q : coded.quotes()) {
      out.add(
          record(
              QUOTE,
              file,
              seq,
              published,
              null,
              Tables.row(ContractMaps.quote(q), Tables.QUOTE),
              null,
              null));
    }
    out.add(article(article, ArticleStatus.coded(), diags, file, seq));
  }

  private static int yearColumn() {
    return FlatTable.names().indexOf(Tables.YEAR);
  }

  /** The article row of an input that could not be read at all (a path that does not exist). */
  static Row skipped(String location, String reason) {
    IngestRecord rec =
        IngestRecord.skipped(location, reason, List.of(Diagnostic.error(location, "", reason)));
    return article(rec.articleOrPlaceholder(), rec.status(), rec.diagnostics(), location, 0);
  }

  private static Row article(
      Article a, ArticleStatus status, List<Diagnostic> diags, String file, int seq) {
    Integer[] published = yearMonth(a.published().map(DateValue::value).orElse(null));
    return record(
        ARTICLE,
        file,
        seq,
        published,
        null,
        null,
        null,
        Tables.row(ContractMaps.article(a, status, diags), Tables.ARTICLE));
  }

  private static Row record(
      String kind,
      String file,
      int seq,
      Integer[] yearMonth,
      Row event,
      Row quote,
      Row mention,
      Row article) {
    return RowFactory.create(
        kind, file, seq, yearMonth[0], yearMonth[1], event, quote, mention, article);
  }

  /** Year and month of an ISO date of any precision ({@code 2020}, {@code 2020-02}, ...). */
  static Integer[] yearMonth(String date) {
    Integer year = date != null && date.length() >= 4 ? parse(date.substring(0, 4)) : null;
    Integer month = date != null && date.length() >= 7 ? parse(date.substring(5, 7)) : null;
    return new Integer[] {year, month};
  }

  private static Integer parse(String digits) {
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      // Not a calendar date (the contract's dates are ISO): no partition rather than a wrong one.
      return null;
    }
  }

  /** The manifest of the nearest directory above {@code file} that has one, else none. */
  private Manifest manifestFor(String file, Map<String, Manifest> loaded, Path spool) {
    String key = null;
    if (manifests.containsKey(EVERYWHERE)) {
      key = EVERYWHERE;
    } else {
      for (org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file).getParent();
          p != null;
          p = p.getParent()) {
        if (manifests.containsKey(p.toString())) {
          key = p.toString();
          break;
        }
      }
    }
    if (key == null) {
      return Manifest.none();
    }
    String k = key;
    return loaded.computeIfAbsent(
        k,
        d -> {
          try {
            Path m = Files.createTempFile(spool, "manifest-", ".jsonl");
            Files.write(m, manifests.get(k));
            return Manifest.load(m);
          } catch (IOException e) {
            throw new UncheckedIOException("could not spool the manifest of " + k, e);
          }
        });
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
