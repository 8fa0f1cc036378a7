package org.parley.cli.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.ingest.IngestRecord;
import org.parley.ingest.Ingestor;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.ContentHash;
import org.parley.model.Diagnostic;
import org.parley.model.ParsedDocument;
import org.parley.nlp.CoreNlpParser;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import org.parley.store.jsonl.OutputDirectory;

/**
 * Codes inputs into an output directory and a store. Models and dictionaries are loaded once per
 * process by the caller ({@link Pipeline}); this class streams records through them. A failure
 * inside one article is a located diagnostic and that article is skipped with the reason; the batch
 * goes on.
 */
public final class CodingRun {
  private final Pipeline pipeline;
  private final PrintStream log;

  public CodingRun(Pipeline pipeline, PrintStream log) {
    this.pipeline = pipeline;
    this.log = log;
  }

  public RunSummary run(
      List<Path> inputs,
      Optional<Path> manifest,
      Optional<Path> outDir,
      Optional<Store> store,
      Map<String, Object> options) {
    Instant started = Instant.now();
    String runId = runId(started, options);
    Map<String, String> hashes = new LinkedHashMap<>(pipeline.coder().dictionaries().fileHashes());
    RunRecord run =
        new RunRecord(
            runId,
            started,
            pipeline.parleyVersion(),
            CoreNlpParser.coreNlpVersion(),
            options,
            hashes);
    store.ifPresent(s -> s.writeRun(run));
    Counter c = new Counter();
    long t0 = System.nanoTime();
    try (OutputDirectory out = outDir.map(OutputDirectory::open).orElse(null)) {
      Ingestor.create().read(inputs, manifest, rec -> handle(rec, runId, out, store, c));
      double seconds = (System.nanoTime() - t0) / 1e9;
      RunSummary summary =
          new RunSummary(
              runId,
              c.coded,
              c.duplicates,
              c.skipped,
              c.sentences,
              c.events,
              c.quotes,
              c.mentions,
              c.diagnostics,
              c.reasons,
              pipeline.loadSeconds(),
              seconds,
              c.ids);
      store.ifPresent(
          s ->
              s.finishRun(
                  runId,
                  Instant.now(),
                  Map.of(
                      "coded", (long) summary.coded(),
                      "duplicate", (long) summary.duplicates(),
                      "skipped", (long) summary.skipped(),
                      "events", summary.events(),
                      "quotes", summary.quotes(),
                      "mentions", summary.mentions(),
                      "sentences", summary.sentences())));
      return summary;
    }
  }

  private static final class Counter {
    int coded;
    int duplicates;
    int skipped;
    long sentences;
    long events;
    long quotes;
    long mentions;
    int diagnostics;
    final Map<String, Integer> reasons = new TreeMap<>();
    final List<String> ids = new ArrayList<>();
  }

  private void handle(
      IngestRecord rec, String runId, OutputDirectory out, Optional<Store> store, Counter c) {
    List<Diagnostic> diags = new ArrayList<>(rec.diagnostics());
    for (Diagnostic d : rec.diagnostics()) {
      log.println(
          "parley: " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.located());
    }
    Optional<Article> codable = rec.findCodable();
    if (codable.isEmpty()) {
      Article a = rec.article().orElseGet(() -> placeholder(rec.location()));
      record(a, rec.status(), diags, runId, out, store);
      count(rec.status(), c);
      c.diagnostics += diags.size();
      return;
    }
    Article article = codable.get();
    CodedDocument coded;
    try {
      ParsedDocument parsed = pipeline.parser().parse(article, diags::add);
      coded = pipeline.coder().code(parsed);
    } catch (RuntimeException e) {
      // One article's failure must not stop the batch: it is skipped with a located reason.
      Diagnostic d = Diagnostic.error(article.source(), article.id(), "could not code: " + e);
      log.println("parley: error: " + d.located());
      diags.add(d);
      ArticleStatus st = ArticleStatus.skipped("error: " + e.getClass().getSimpleName());
      record(article, st, diags, runId, out, store);
      count(st, c);
      c.diagnostics += diags.size();
      return;
    }
    record(article, ArticleStatus.coded(), diags, runId, out, store);
    if (out != null) {
      out.writeDocument(coded, runId);
    }
    store.ifPresent(s -> s.writeDocument(coded, runId));
    c.coded++;
    c.ids.add(article.id());
    c.sentences += coded.parsed().sentences().size();
    c.events += coded.events().size();
    c.quotes += coded.quotes().size();
    c.mentions += coded.mentions().size();
    c.diagnostics += diags.size();
  }

  private static void record(
      Article a,
      ArticleStatus st,
      List<Diagnostic> diags,
      String runId,
      OutputDirectory out,
      Optional<Store> store) {
    if (out != null) {
      out.writeArticle(a, st, diags);
    }
    store.ifPresent(s -> s.writeArticle(a, st, diags, runId));
  }

  private static void count(ArticleStatus st, Counter c) {
    switch (st.kind()) {
      case CODED -> c.coded++;
      case DUPLICATE -> c.duplicates++;
      case SKIPPED -> {
        c.skipped++;
        c.reasons.merge(st.detail(), 1, Integer::sum);
      }
    }
  }

  /**
   * A record that never became an article (an invalid JSON line): kept under its location as id.
   */
  static Article placeholder(String location) {
    return new Article(
        location,
        location,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "unknown",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        ContentHash.sha256(""),
        List.of());
  }

  private static String runId(Instant started, Map<String, Object> options) {
    return "run-"
        + started.toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-"
        + ContentHash.sha256(started + "|" + options).substring(0, 6);
  }
}
