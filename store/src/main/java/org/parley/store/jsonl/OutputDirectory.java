package org.parley.store.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * #QUOTES} and {@value #MENTIONS}, one JSON object a line (UTF-8, {@code \n} line ends). Opening
 * truncates all four files, so each run rewrites them and running the same input twice gives the
 * same bytes rather than appended duplicates. Lines are written in call order; callers that code in
 * parallel should hand documents over in input order to keep files reproducible. Safe to call from
 * several threads.
 */
public final class OutputDirectory implements AutoCloseable {
  public static final String ARTICLES = "articles.jsonl";
  public static final String EVENTS = "events.jsonl";
  public static final String QUOTES = "quotes.jsonl";
  public static final String MENTIONS = "mentions.jsonl";

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

  private OutputDirectory(Path directory) throws IOException {
    this.directory = directory;
    this.articles = open(ARTICLES);
    this.events = open(EVENTS);
    this.quotes = open(QUOTES);
    this.mentions = open(MENTIONS);
  }

  /** Creates {@code directory} if needed and starts the four files afresh. */
  public static OutputDirectory open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      return new OutputDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output directory " + directory, e);
    }
  }

  private Writer open(String name) throws IOException {
    return new BufferedWriter(
        Files.newBufferedWriter(
            directory.resolve(name),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE));
  }

  public Path directory() {
    return directory;
  }

  /** One line of {@value #ARTICLES}: every input record gets one, whatever became of it. */
  public synchronized void writeArticle(
      Article article, ArticleStatus status, List<Diagnostic> diagnostics) {
    line(articles, ARTICLES, ContractMaps.article(article, status, diagnostics));
    articleCount++;
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
