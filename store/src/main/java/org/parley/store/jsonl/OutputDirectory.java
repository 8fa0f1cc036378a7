package org.parley.store.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Diagnostic;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.store.contract.ContractJson;
import org.parley.store.contract.ContractMaps;

/**
 * The {@code -o DIR} output of {@code parley code}: {@value #ARTICLES}, {@value #EVENTS}, {@value
 * #QUOTES} and {@value #MENTIONS}, one JSON object a line (UTF-8, {@code \n} line ends). {@link
 * #open} truncates all four files, so each run rewrites them and running the same input twice gives
 * the same bytes rather than appended duplicates. Lines are written in call order; callers that
 * code in parallel should hand documents over in input order to keep files reproducible. Safe to
 * call from several threads.
 *
 * <p>An article's line in {@value #ARTICLES} is its commit mark: callers write a document's lines
 * first and its article line after, and each article line is flushed with the document lines before
 * it. {@link #resume} reopens a directory that a killed run left behind: it keeps the complete
 * article lines, and of the other files only the lines of those articles, so that coding the rest
 * again neither loses nor duplicates an event.
 */
public final class OutputDirectory implements AutoCloseable {
  public static final String ARTICLES = "articles.jsonl";
  public static final String EVENTS = "events.jsonl";
  public static final String QUOTES = "quotes.jsonl";
  public static final String MENTIONS = "mentions.jsonl";

  private static final ObjectReader READER = new ObjectMapper().reader();

  private final Path directory;
  private final Writer articles;
  private final Writer events;
  private final Writer quotes;
  private final Writer mentions;
  private long articleCount;
  private long eventCount;
  private long quoteCount;
  private long mentionCount;
  private boolean closed;

  private final Map<String, String> committed;

  private OutputDirectory(Path directory, boolean append, Map<String, String> committed)
      throws IOException {
    this.directory = directory;
    this.committed = Map.copyOf(committed);
    this.articles = open(ARTICLES, append);
    this.events = open(EVENTS, append);
    this.quotes = open(QUOTES, append);
    this.mentions = open(MENTIONS, append);
  }

  /** Creates {@code directory} if needed and starts the four files afresh. */
  public static OutputDirectory open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      return new OutputDirectory(directory, false, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output directory " + directory, e);
    }
  }

  /**
   * Reopens a directory written by an interrupted run, to append to it. Article lines that are
   * complete JSON objects are kept ({@link #committed()}); a line cut off by the kill is dropped.
   * Event, quote and mention lines are kept only when complete and of a kept article: lines of an
   * article whose own line was never written are dropped, and that article is coded again.
   */
  public static OutputDirectory resume(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      Map<String, String> kept = new LinkedHashMap<>();
      rewrite(
          directory.resolve(ARTICLES),
          node -> {
            JsonNode id = node.get("id");
            JsonNode status = node.get("status");
            if (id == null || !id.isTextual()) {
              return false;
            }
            kept.put(id.asText(), status == null ? "" : status.asText());
            return true;
          });
      for (String name : List.of(EVENTS, QUOTES, MENTIONS)) {
        rewrite(
            directory.resolve(name),
            node -> {
              JsonNode doc = node.get("doc_id");
              return doc != null && kept.containsKey(doc.asText());
            });
      }
      return new OutputDirectory(directory, true, kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume output directory " + directory, e);
    }
  }

  /**
   * Keeps the lines of {@code file} that end with a line break, parse as a JSON object and pass
   * {@code keep}; writes them to a temporary file that then replaces it, so a second kill during
   * the rewrite loses nothing.
   */
  private static void rewrite(Path file, Predicate<JsonNode> keep) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".resume");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        if (c != '\n') {
          line.append((char) c);
          continue;
        }
        JsonNode node = parse(line.toString());
        if (node != null && keep.test(node)) {
          out.write(line.toString());
          out.write('\n');
        }
        line.setLength(0);
      }
      // Whatever follows the last line break was cut off mid-write and is dropped.
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = READER.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The articles already written when this directory was {@linkplain #resume resumed}, by id, with
   * their status label; empty for a directory opened afresh.
   */
  public Map<String, String> committed() {
    return committed;
  }

  private Writer open(String name, boolean append) throws IOException {
    return new BufferedWriter(
        Files.newBufferedWriter(
            directory.resolve(name),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE));
  }

  public Path directory() {
    return directory;
  }

  /**
   * One line of {@value #ARTICLES}: every input record gets one, whatever became of it. Written
   * after the article's document lines, it commits them: all four files are flushed, the others
   * first.
   */
  public synchronized void writeArticle(
      Article article, ArticleStatus status, List<Diagnostic> diagnostics) {
    line(articles, ARTICLES, ContractMaps.article(article, status, diagnostics));
    articleCount++;
    try {
      for (Writer w : List.of(mentions, events, quotes, articles)) {
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory, e);
    }
  }

  /** The mentions, events and quotes of one coded document. */
  public synchronized void writeDocument(CodedDocument document, String runId) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(runId, "runId");
    for (ActorMention m : document.mentions()) {
      line(mentions, MENTIONS, ContractMaps.mention(m));
      mentionCount++;
    }
    for (Event e : document.events()) {
      line(events, EVENTS, ContractMaps.event(e, runId));
      eventCount++;
    }
    for (Quote q : document.quotes()) {
      line(quotes, QUOTES, ContractMaps.quote(q));
      quoteCount++;
    }
  }

  /** Lines written so far per file name, for the run summary. */
  public synchronized Map<String, Long> counts() {
    return Map.of(
        ARTICLES, articleCount, EVENTS, eventCount, QUOTES, quoteCount, MENTIONS, mentionCount);
  }

  private void line(Writer out, String name, Map<String, Object> fields) {
    if (closed) {
      throw new IllegalStateException("output directory " + directory + " is closed");
    }
    try {
      out.write(ContractJson.write(fields));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory.resolve(name), e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException first = null;
    for (Writer w : List.of(articles, events, quotes, mentions)) {
      try {
        w.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw new UncheckedIOException("cannot finish writing " + directory, first);
    }
  }
}
