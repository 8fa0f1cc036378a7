package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.ingest.dedup.UrlNormaliser;
import org.parley.ingest.format.FeedReader;
import org.parley.ingest.format.FormatReader;
import org.parley.ingest.format.HtmlReader;
import org.parley.ingest.format.InputFile;
import org.parley.ingest.format.InputFormat;
import org.parley.ingest.format.JsonlReader;
import org.parley.ingest.format.Manifest;
import org.parley.ingest.format.PlainTextReader;
import org.parley.ingest.format.SourceDocument;
import org.parley.ingest.format.SourceItem;
import org.parley.ingest.format.SourceRejection;
import org.parley.ingest.format.WarcReader;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Diagnostic;

/**
 * Reads input files, directories and standard input into articles, streaming one {@link
 * IngestRecord} per input record to a sink. Every record ends coded, duplicate or skipped with its
 * reason; bad data never throws.
 *
 * <p>Each file's format is recognised by its content ({@link InputFormat#detect}); {@code .gz}
 * files are read through their content. Directories are walked recursively in file-name order;
 * there, hidden files are passed over and files that are no input format are skipped with a reason.
 * A manifest found among the inputs applies to the files beside it ({@link InputPlan}).
 *
 * <p>RSS and Atom feeds are read first and their items held back: a page read later whose URL is an
 * item's link is coded as the article (taking from the item what the page does not say) and the
 * item becomes its duplicate; items whose page was not given are coded from their own text at the
 * end.
 */
public final class Ingestor {
  /**
   * Told before each record is handed on, for progress displays: files finished of all planned, and
   * bytes on disk read of all planned (counting the file being read up to where its reader is).
   */
  @FunctionalInterface
  public interface Progress {
    void recordRead(int filesDone, int filesTotal, long bytesDone, long bytesTotal);

    Progress NONE = (filesDone, filesTotal, bytesDone, bytesTotal) -> {};
  }

  private final Map<InputFormat, FormatReader> readers;
  private final Supplier<InputStream> stdin;
  private final PriorArticles prior;

  private Ingestor(
      Map<InputFormat, FormatReader> readers, Supplier<InputStream> stdin, PriorArticles prior) {
    this.readers = new EnumMap<>(readers);
    this.stdin = stdin;
    this.prior = prior;
  }

  /** An ingestor for every format Parley reads, with standard input as {@code -}. */
  public static Ingestor create() {
    Map<InputFormat, FormatReader> readers = new EnumMap<>(InputFormat.class);
    readers.put(InputFormat.TEXT, new PlainTextReader());
    readers.put(InputFormat.JSONL, new JsonlReader());
    readers.put(InputFormat.HTML, new HtmlReader());
    readers.put(InputFormat.WARC, new WarcReader());
    readers.put(InputFormat.FEED, new FeedReader());
    return new Ingestor(readers, () -> System.in, PriorArticles.NONE);
  }

  /** This ingestor reading {@code -} from the given stream instead of standard input. */
  public Ingestor withStdin(Supplier<InputStream> in) {
    Objects.requireNonNull(in, "in");
    return new Ingestor(readers, in, prior);
  }

  /**
   * This ingestor also treating as duplicates the articles whose text {@code prior} says an earlier
   * run coded under another id (basis {@link ArticleStatus#STORED_CONTENT}).
   */
  public Ingestor withPriorArticles(PriorArticles prior) {
    Objects.requireNonNull(prior, "prior");
    return new Ingestor(readers, stdin, prior);
  }

  /**
   * Reads {@code inputs} (files, directories and {@code -}, in the order given), taking plain-text
   * metadata from {@code manifest} when given, and hands each record to {@code sink} as soon as it
   * is read.
   */
  public IngestSummary read(
      List<Path> inputs, Optional<Path> manifest, Consumer<IngestRecord> sink) {
    return read(inputs, manifest, sink, Progress.NONE);
  }

  /** As {@link #read(List, Optional, Consumer)}, telling {@code progress} after each file. */
  public IngestSummary read(
      List<Path> inputs, Optional<Path> manifest, Consumer<IngestRecord> sink, Progress progress) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "inputs element");
    }
    InputPlan plan = InputPlan.of(inputs, manifest, stdin);
    try {
      List<InputPlan.Entry> entries = plan.entries();
      long totalBytes = plan.totalBytes();
      Run run = new Run(sink, progress, entries.size(), totalBytes, prior);
      plan.notes().forEach(run::note);
      for (SourceItem problem : plan.problems()) {
        run.accept(problem);
      }
      // Feeds first, so that pages read later can be matched to their items.
      for (int pass = 0; pass < 2; pass++) {
        run.holdingFeedItems = pass == 0;
        for (InputPlan.Entry e : entries) {
          if ((e.format() == InputFormat.FEED) != (pass == 0)) {
            continue;
          }
          run.current = e;
          int before = run.emitted();
          readOne(e, run);
          if (run.emitted() == before) {
            // A file that held no record at all (empty, or only blank lines) is still accounted
            // for.
            run.accept(
                SourceRejection.of(
                    Diagnostic.Severity.WARNING, e.file().location(), "", "no records in file"));
          }
          run.filesDone++;
          run.bytesDone += Math.max(0, e.file().diskSize());
          run.current = null;
        }
      }
      run.releaseFeedItems();
      return run.summary();
    } finally {
      plan.cleanUp();
    }
  }

  /**
   * Reads one file fetched by the caller (a cluster job hands each executor its files' bytes,
   * spooled to local disk): its format recognised by content as in {@link #read}, {@code manifest}
   * applying to it. {@code explicit} is true when the user named the file itself rather than a
   * directory holding it. Records are de-duplicated within this file only. A manifest file yields
   * no article, only its bad lines as rejections.
   */
  public IngestSummary readFile(
      InputFile file, Manifest manifest, boolean explicit, Consumer<IngestRecord> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(sink, "sink");
    InputFormat format;
    try {
      format = InputFormat.detect(file.name(), file.head(InputFile.HEAD_BYTES), explicit);
    } catch (IOException e) {
      // As in InputPlan: the text reader reports the same failure, located.
      format = InputFormat.TEXT;
    }
    Run run = new Run(sink, Progress.NONE, 1, Math.max(0, file.diskSize()), prior);
    if (format == InputFormat.MANIFEST) {
      Manifest.load(file.path()).problems().forEach(run::accept);
      return run.summary();
    }
    InputPlan.Entry entry = new InputPlan.Entry(file, format, manifest);
    run.holdingFeedItems = format == InputFormat.FEED;
    run.current = entry;
    readOne(entry, run);
    if (run.emitted() == 0) {
      run.accept(
          SourceRejection.of(
              Diagnostic.Severity.WARNING, file.location(), "", "no records in file"));
    }
    run.current = null;
    run.holdingFeedItems = false;
    run.releaseFeedItems();
    return run.summary();
  }

  private void readOne(InputPlan.Entry e, Run run) {
    String location = e.file().location();
    switch (e.format()) {
      case BINARY ->
          run.accept(SourceRejection.of(Diagnostic.Severity.WARNING, location, "", "binary file"));
      case OTHER ->
          run.accept(
              SourceRejection.of(
                  Diagnostic.Severity.WARNING, location, "", "not an input file type"));
      case MANIFEST -> {
        // Manifests are loaded by the plan and never read as articles.
      }
      default -> {
        FormatReader reader = readers.get(e.format());
        if (reader == null) {
          run.accept(
              SourceRejection.of(
                  Diagnostic.Severity.WARNING,
                  location,
                  "",
                  e.format().name().toLowerCase(java.util.Locale.ROOT)
                      + " input not supported yet"));
        } else {
          try {
            reader.read(e.file(), e.manifest(), run);
          } catch (RuntimeException ex) {
            // A reader bug must cost one file, not the run: located, counted, and the run goes on.
            run.accept(
                SourceRejection.of(
                    Diagnostic.Severity.ERROR,
                    location,
                    "",
                    "could not read",
                    ex.getClass().getSimpleName() + ": " + ex.getMessage()));
          }
        }
      }
    }
  }

  /** One call of {@link #read}: turns source items into records, de-duplicates, counts. */
  private static final class Run implements Consumer<SourceItem> {
    private final Consumer<IngestRecord> sink;
    private final SeenArticles seen;
    private final List<SourceDocument> feedItems = new ArrayList<>();
    private final Map<String, Integer> feedItemByUrl = new HashMap<>();
    private final Map<Integer, String> pageOfFeedItem = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Progress progress;
    private final int filesTotal;
    private final long bytesTotal;
    boolean holdingFeedItems;
    InputPlan.Entry current;
    int filesDone;
    long bytesDone;
    private int coded;
    private int duplicates;
    private int skipped;
    private int warnings;
    private int errors;

    Run(
        Consumer<IngestRecord> sink,
        Progress progress,
        int filesTotal,
        long bytesTotal,
        PriorArticles prior) {
      this.seen = new SeenArticles(prior);
      this.sink = sink;
      this.progress = progress;
      this.filesTotal = filesTotal;
      this.bytesTotal = bytesTotal;
    }

    void note(String message) {
      notes.add(message);
    }

    @Override
    public void accept(SourceItem item) {
      if (item instanceof SourceRejection r) {
        emit(IngestRecord.skipped(r.location(), r.reason(), r.diagnostics()));
      } else if (item instanceof SourceDocument d) {
        if (holdingFeedItems && d.metadataOrigin().equals(SourceDocument.ORIGIN_FEED)) {
          hold(d);
        } else {
          admit(d);
        }
      }
    }

    private void hold(SourceDocument item) {
      int index = feedItems.size();
      feedItems.add(item);
      item.metadata()
          .url()
          .flatMap(UrlNormaliser::normalise)
          .ifPresent(u -> feedItemByUrl.putIfAbsent(u, index));
    }

    /** Emits the held feed items: as duplicates of their pages, or coded from their own text. */
    void releaseFeedItems() {
      for (int i = 0; i < feedItems.size(); i++) {
        SourceDocument item = feedItems.get(i);
        String page = pageOfFeedItem.get(i);
        if (page == null) {
          admit(item);
          continue;
        }
        ArticleAssembler.Assembled assembled = ArticleAssembler.assemble(item);
        Article a =
            assembled.article().orElseGet(() -> ArticleAssembler.placeholder(item.location()));
        emit(
            new IngestRecord(
                item.location(),
                Optional.of(a),
                ArticleStatus.duplicateOf(page, ArticleStatus.FEED_ITEM, 1),
                assembled.diagnostics()));
      }
      feedItems.clear();
    }

    private void admit(SourceDocument doc) {
      ArticleAssembler.Assembled assembled = ArticleAssembler.assemble(doc);
      if (assembled.skipReason().isPresent()) {
        emit(
            new IngestRecord(
                doc.location(),
                assembled.article(),
                ArticleStatus.skipped(assembled.skipReason().get()),
                assembled.diagnostics()));
        return;
      }
      Article article = assembled.article().get();
      List<Diagnostic> diagnostics = new ArrayList<>(assembled.diagnostics());
      if (!doc.metadataOrigin().equals(SourceDocument.ORIGIN_FEED)) {
        article = withFeedItem(article);
      }
      SeenArticles.Verdict verdict = seen.admit(article);
      verdict
          .renamedFrom()
          .ifPresent(
              old ->
                  diagnostics.add(
                      Diagnostic.warning(
                          doc.file(),
                          doc.record(),
                          "id "
                              + old
                              + " already used by an article with other text; renamed "
                              + verdict.article().id())));
      if (verdict.status().kind() == ArticleStatus.Kind.CODED) {
        claimFeedItem(verdict.article());
      }
      emit(
          new IngestRecord(
              doc.location(), Optional.of(verdict.article()), verdict.status(), diagnostics));
    }

    /** The page with what its feed item says and the page does not (a date, a title). */
    private Article withFeedItem(Article page) {
      Optional<Integer> index =
          page.url().flatMap(UrlNormaliser::normalise).map(feedItemByUrl::get);
      if (index.isEmpty() || pageOfFeedItem.containsKey(index.get())) {
        return page;
      }
      SourceDocument item = feedItems.get(index.get());
      return ArticleAssembler.withMetadataFrom(page, item);
    }

    private void claimFeedItem(Article page) {
      page.url()
          .flatMap(UrlNormaliser::normalise)
          .map(feedItemByUrl::get)
          .ifPresent(i -> pageOfFeedItem.putIfAbsent(i, page.id()));
    }

    private void emit(IngestRecord record) {
      switch (record.status().kind()) {
        case CODED -> coded++;
        case DUPLICATE -> duplicates++;
        case SKIPPED -> skipped++;
      }
      for (Diagnostic d : record.diagnostics()) {
        if (d.severity() == Diagnostic.Severity.WARNING) {
          warnings++;
        } else {
          errors++;
        }
      }
      long reading = current == null ? 0 : current.file().bytesConsumed();
      progress.recordRead(
          filesDone, filesTotal, Math.min(bytesTotal, bytesDone + reading), bytesTotal);
      sink.accept(record);
    }

    int emitted() {
      return coded + duplicates + skipped + feedItems.size();
    }

    IngestSummary summary() {
      return new IngestSummary(coded, duplicates, skipped, warnings, errors, notes);
    }
  }
}
