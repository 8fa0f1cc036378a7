package org.parley.cli.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.ingest.IngestRecord;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.Ingestor;
import org.parley.ingest.PriorArticles;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.ContentHash;
import org.parley.model.Diagnostic;
import org.parley.model.ParsedDocument;
import org.parley.nlp.CoreNlpParser;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import org.parley.store.cluster.Clusterer;
import org.parley.store.jsonl.OutputDirectory;

/**
 * Codes inputs into an output directory and a store. Models and dictionaries are loaded once per
 * process by the caller ({@link Pipeline}); this class streams records through them. A failure
 * inside one article is a located diagnostic and that article is skipped with the reason; the batch
 * goes on.
 *
 * <p>Runs are resumable. A run marks its output directory {@code running} ({@link RunState}) and
 * {@code complete} at the end; each article is written to the store and then to the directory, its
 * events before its article line, which commits it. When the same job (inputs, manifest, options)
 * finds its directory still marked running, or, without a directory, an unfinished run of the same
 * job in the store, it continues that run: inputs are read again (which is cheap and rebuilds the
 * duplicate detection exactly), committed articles are passed over, and the rest are coded under
 * the same run id.
 *
 * <p>With {@link #threads} above one, parsing and coding run on that many worker threads (sharing
 * the one thread-safe parser and coder), while the calling thread reads the inputs and alone writes
 * the output directory and the store, in input order: the files, the store rows, the committed
 * order and the duplicate detection are those of a one-thread run. At most {@code 2 x threads}
 * articles are in flight at once, so memory stays flat whatever the corpus size.
 */
public final class CodingRun {
  private final Pipeline pipeline;
  private final PrintStream log;
  private boolean restart;
  private double progressSeconds = 30;
  private boolean terminal = ProgressDisplay.onTerminal();
  private int threads = 1;

  public CodingRun(Pipeline pipeline, PrintStream log) {
    this.pipeline = pipeline;
    this.log = log;
  }

  /** Whether progress should be drawn as a bar (standard error is likely a terminal). */
  public static boolean onTerminal() {
    return ProgressDisplay.onTerminal();
  }

  /** Starts afresh even when an interrupted run of the same job could be resumed. */
  public CodingRun restart(boolean value) {
    this.restart = value;
    return this;
  }

  /**
   * Parses and codes on {@code n} worker threads (1: on the calling thread); output order and
   * content do not depend on it.
   */
  public CodingRun threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + n);
    }
    this.threads = n;
    return this;
  }

  /** Progress: a bar when {@code onTerminal}, else a log line every {@code seconds} (0: none). */
  public CodingRun progress(boolean onTerminal, double seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, was " + seconds);
    }
    this.terminal = onTerminal;
    this.progressSeconds = seconds;
    return this;
  }

  public RunSummary run(
      List<Path> inputs,
      Optional<Path> manifest,
      Optional<Path> outDir,
      Optional<Store> store,
      Map<String, Object> options) {
    Instant started = Instant.now();
    String job = job(inputs, manifest, options);
    Map<String, String> committed = Map.of();
    Optional<String> resumedRun = Optional.empty();
    OutputDirectory out = null;
    if (outDir.isPresent()) {
      Optional<RunState> state = RunState.read(outDir.get());
      if (!restart && state.isPresent() && state.get().resumes(job)) {
        out = OutputDirectory.resume(outDir.get());
        committed = out.committed();
        resumedRun = Optional.of(state.get().runId());
      } else {
        out = OutputDirectory.open(outDir.get());
      }
    } else if (!restart && store.isPresent()) {
      resumedRun = store.get().findUnfinishedRun(job);
      if (resumedRun.isPresent()) {
        committed = store.get().articleStatuses(resumedRun.get());
      }
    }
    String runId = resumedRun.orElseGet(() -> runId(started, options));
    if (resumedRun.isPresent()) {
      log.printf(
          "parley: resuming interrupted run %s: %d input records already done%n",
          runId, committed.size());
    }
    Map<String, Object> recorded = new LinkedHashMap<>(options);
    recorded.put("job", job);
    Map<String, String> hashes = new LinkedHashMap<>(pipeline.coder().dictionaries().fileHashes());
    RunRecord run =
        new RunRecord(
            runId,
            started,
            pipeline.parleyVersion(),
            CoreNlpParser.coreNlpVersion(),
            recorded,
            hashes);
    if (resumedRun.isEmpty() || store.isPresent() && store.get().findRun(runId).isEmpty()) {
      store.ifPresent(s -> s.writeRun(run));
    }
    RunState state = new RunState(runId, job, RunState.RUNNING);
    outDir.ifPresent(state::write);
    Counter c = new Counter();
    c.committed = committed;
    ProgressDisplay progress = new ProgressDisplay(log, terminal, progressSeconds);
    c.progress = progress;
    long t0 = System.nanoTime();
    ExecutorService pool = threads > 1 ? workers(threads) : null;
    try (OutputDirectory o = out) {
      // With a store, text an earlier run coded under another id is a duplicate, not coded twice.
      PriorArticles prior =
          store.<PriorArticles>map(s -> s::codedWithContent).orElse(PriorArticles.NONE);
      ArrayDeque<Pending> inFlight = new ArrayDeque<>();
      IngestSummary ingested =
          Ingestor.create()
              .withPriorArticles(prior)
              .read(
                  inputs,
                  manifest,
                  rec -> {
                    inFlight.addLast(prepare(rec, c, pool));
                    // Written in input order by this thread alone: everything finished at the head
                    // of the queue, and the head itself (waiting for it) when the queue is full.
                    while (!inFlight.isEmpty()
                        && (inFlight.size() > 2 * threads || inFlight.peekFirst().isDone())) {
                      complete(inFlight.removeFirst(), runId, o, store, c);
                    }
                  },
                  (filesDone, filesTotal, bytesDone, bytesTotal) -> {
                    c.bytesDone = bytesDone;
                    c.bytesTotal = bytesTotal;
                    progress.update(c.records(), c.sentences, bytesDone, bytesTotal, false);
                  });
      while (!inFlight.isEmpty()) {
        complete(inFlight.removeFirst(), runId, o, store, c);
      }
      if (pool != null) {
        pool.shutdown();
      }
      progress.finish();
      ingested.notes().forEach(n -> log.println("parley: note: " + n));
      // The run's events join the store's cross-article clusters, before the run is finished: a
      // run that dies here is resumed and clustered again.
      store.ifPresent(
          s -> {
            Clusterer.Result r = Clusterer.update(s, runId);
            log.println(
                "parley: clusters: "
                    + r.pending()
                    + " events to place, "
                    + r.joined()
                    + " joined a cluster, "
                    + r.created()
                    + " new clusters, "
                    + r.dissolved()
                    + " re-formed, "
                    + r.undated()
                    + " without a date; "
                    + r.clusters()
                    + " clusters in the store ("
                    + r.millis()
                    + " ms)");
          });
      double seconds = (System.nanoTime() - t0) / 1e9;
      RunSummary summary =
          new RunSummary(
              runId,
              c.coded,
              c.duplicates,
              c.skipped,
              c.sentences,
              c.sentencesParsed,
              c.events,
              c.quotes,
              c.mentions,
              c.diagnostics,
              c.reasons,
              pipeline.loadSeconds(),
              seconds,
              c.ids,
              c.resumed);
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
                      "sentences", summary.sentences(),
                      "sentences_parsed", summary.sentencesParsed())));
      if (o != null) {
        o.close();
        outDir.ifPresent(d -> state.with(RunState.COMPLETE).write(d));
      }
      return summary;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static ExecutorService workers(int n) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        n,
        r -> {
          Thread t = new Thread(r, "parley-coder-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * One input record on its way: already settled (resumed, not codable) or being parsed and coded.
   */
  private record Pending(IngestRecord rec, String resumedLabel, Future<Outcome> work) {
    boolean isDone() {
      return work == null || work.isDone();
    }

    Outcome outcome() {
      try {
        return work.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while coding", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("coding worker failed", e.getCause());
      }
    }
  }

  /** What parsing and coding one article gave: the document, or the failure; and diagnostics. */
  private record Outcome(CodedDocument coded, RuntimeException failure, List<Diagnostic> diags) {}

  /** Starts the work for one record (on the pool, or at once on this thread without one). */
  private Pending prepare(IngestRecord rec, Counter c, ExecutorService pool) {
    String id = rec.article().map(Article::id).orElse(rec.location());
    String done = c.committed.get(id);
    if (done != null) {
      return new Pending(rec, done, null);
    }
    Optional<Article> codable = rec.findCodable();
    if (codable.isEmpty()) {
      return new Pending(rec, null, null);
    }
    Article article = codable.get();
    Future<Outcome> work =
        pool == null
            ? CompletableFuture.completedFuture(codeOne(article))
            : pool.submit(() -> codeOne(article));
    return new Pending(rec, null, work);
  }

  private Outcome codeOne(Article article) {
    List<Diagnostic> diags = new ArrayList<>();
    try {
      ParsedDocument parsed = pipeline.parser().parse(article, diags::add);
      return new Outcome(pipeline.coder().code(parsed), null, diags);
    } catch (RuntimeException e) {
      return new Outcome(null, e, diags);
    }
  }

  /** The sentences of {@code doc} the dependency parser was run on, as its provenance says. */
  private static long parsedCount(ParsedDocument doc) {
    String n = doc.provenance().get("sentencesParsed");
    return n == null ? 0 : Long.parseLong(n);
  }

  private static final class Counter {
    int coded;
    int duplicates;
    int skipped;
    long sentences;
    long sentencesParsed;
    long events;
    long quotes;
    long mentions;
    int diagnostics;
    final Map<String, Integer> reasons = new TreeMap<>();
    final List<String> ids = new ArrayList<>();
    Map<String, String> committed = Map.of();
    int resumed;
    long bytesDone;
    long bytesTotal;
    ProgressDisplay progress;

    long records() {
      return coded + duplicates + skipped;
    }
  }

  private void complete(
      Pending p, String runId, OutputDirectory out, Optional<Store> store, Counter c) {
    IngestRecord rec = p.rec();
    if (p.resumedLabel() != null) {
      // Committed by the interrupted run this one resumes: counted under its status, not redone.
      c.resumed++;
      countLabel(p.resumedLabel(), c);
      return;
    }
    List<Diagnostic> diags = new ArrayList<>(rec.diagnostics());
    if (!diags.isEmpty()) {
      c.progress.finish();
    }
    for (Diagnostic d : rec.diagnostics()) {
      log.println(
          "parley: " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.located());
    }
    if (p.work() == null) {
      Article a = rec.articleOrPlaceholder();
      record(a, rec.status(), diags, runId, out, store);
      count(rec.status(), c);
      c.diagnostics += diags.size();
      return;
    }
    Article article = rec.findCodable().orElseThrow();
    Outcome outcome = p.outcome();
    diags.addAll(outcome.diags());
    if (outcome.failure() != null) {
      RuntimeException e = outcome.failure();
      // One article's failure must not stop the batch: it is skipped with a located reason.
      Diagnostic d = Diagnostic.error(article.source(), article.id(), "could not code: " + e);
      c.progress.finish();
      log.println("parley: error: " + d.located());
      diags.add(d);
      ArticleStatus st = ArticleStatus.skipped("error: " + e.getClass().getSimpleName());
      record(article, st, diags, runId, out, store);
      count(st, c);
      c.diagnostics += diags.size();
      return;
    }
    CodedDocument coded = outcome.coded();
    // The store takes the document and its article in one transaction. In the output folder the
    // document goes before its article: the article line commits it (see OutputDirectory).
    store.ifPresent(s -> s.writeCoded(coded, diags, runId));
    if (out != null) {
      out.writeDocument(coded, runId);
      out.writeArticle(article, ArticleStatus.coded(), diags);
    }
    c.coded++;
    c.ids.add(article.id());
    c.sentences += coded.parsed().sentences().size();
    c.sentencesParsed += parsedCount(coded.parsed());
    c.events += coded.events().size();
    c.quotes += coded.quotes().size();
    c.mentions += coded.mentions().size();
    c.diagnostics += diags.size();
    c.progress.update(c.records(), c.sentences, c.bytesDone, c.bytesTotal, false);
  }

  private static void record(
      Article a,
      ArticleStatus st,
      List<Diagnostic> diags,
      String runId,
      OutputDirectory out,
      Optional<Store> store) {
    store.ifPresent(s -> s.writeArticle(a, st, diags, runId));
    if (out != null) {
      out.writeArticle(a, st, diags);
    }
  }

  /** Counts a status known only by its label ({@code coded}, {@code skipped: REASON}, ...). */
  private static void countLabel(String label, Counter c) {
    if (label.startsWith("skipped: ")) {
      count(ArticleStatus.skipped(label.substring("skipped: ".length())), c);
    } else if (label.equals("duplicate")) {
      c.duplicates++;
    } else {
      c.coded++;
    }
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

  /** A job: what was asked (inputs as absolute paths, manifest, coding options), not when. */
  static String job(List<Path> inputs, Optional<Path> manifest, Map<String, Object> options) {
    StringBuilder sb = new StringBuilder();
    for (Path p : inputs) {
      sb.append(p.toString().equals("-") ? "-" : p.toAbsolutePath().normalize()).append('\n');
    }
    manifest.ifPresent(m -> sb.append("manifest=").append(m.toAbsolutePath().normalize()));
    sb.append('\n');
    new TreeMap<>(options)
        .forEach(
            (k, v) -> {
              if (!k.equals("inputs") && !k.equals("manifest") && !k.equals("out")) {
                sb.append(k).append('=').append(v).append('\n');
              }
            });
    return ContentHash.sha256(sb.toString()).substring(0, 16);
  }

  private static String runId(Instant started, Map<String, Object> options) {
    return "run-"
        + started.toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-"
        + ContentHash.sha256(started + "|" + options).substring(0, 6);
  }
}
