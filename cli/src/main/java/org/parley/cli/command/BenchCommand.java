package org.parley.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.ingest.Ingestor;
import org.parley.model.Article;
import org.parley.model.CodedDocument;
import org.parley.model.ParsedDocument;
import org.parley.nlp.CoreNlpParser;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: throughput of each stage and of the whole run on a generated corpus of real
 * news sentences (the data pack's gold suites), through the same code as {@code parley code}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure model load, ingest, parse, coding and store throughput and a whole `parley code`"
            + " run (into a temporary DuckDB store) on a generated corpus; prints a table and"
            + " optionally writes JSON.")
public final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "1000",
      description = "About how many sentences the generated corpus has (default ${DEFAULT-VALUE}).")
  int sentences;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads for parsing and coding (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--stage-sentences",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Sentences (at most) parsed on their own for the parse, coding and store stage figures"
              + " (default ${DEFAULT-VALUE}).")
  int stageSentences;

  @Option(
      names = "--coding-seconds",
      paramLabel = "S",
      defaultValue = "5",
      description =
          "Time the coding stage alone over at least S seconds (default ${DEFAULT-VALUE}).")
  double codingSeconds;

  @Option(
      names = "--skip-end-to-end",
      description = "Only the stage figures (no whole `parley code` run).")
  boolean skipEndToEnd;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Generate the corpus, output and store in DIR and keep them (default: a temp dir).")
  Path keep;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data pack (default: PARLEY_DATA, ./data, ../shared/data).")
  Path data;

  static final int PER_ARTICLE = 8;

  @Override
  public Integer call() throws IOException {
    if (sentences < 1 || threads < 1 || stageSentences < 1 || codingSeconds <= 0) {
      throw new ConfigurationException(
          "--sentences, --threads and --stage-sentences must be 1 or more, --coding-seconds above 0");
    }
    PrintStream err = System.err;
    HeapWatch heap = HeapWatch.start();
    Path dir =
        keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("parley-bench");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("started", Instant.now().toString());
    result.put("parley_version", Main.version());
    result.put("processors", Runtime.getRuntime().availableProcessors());
    result.put("threads", threads);
    result.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    result.put("load_average_at_start", loadAverage());

    DataPack pack = Pipeline.locatePack(Optional.ofNullable(data));
    List<String> pool = goldSentences(pack.gold());
    Path corpus = dir.resolve("corpus.jsonl");
    int[] made = writeCorpus(pool, sentences, corpus);
    result.put(
        "corpus", Map.of("articles", made[0], "sentences", made[1], "file", corpus.toString()));
    err.printf(
        "parley bench: corpus of %d articles, %d sentences in %s%n", made[0], made[1], corpus);

    Pipeline pipeline =
        Pipeline.build(pack, NlpOptions.defaults().withThreads(threads), Main.version());
    result.put("model_load_seconds", pipeline.loadSeconds());
    err.printf("parley bench: models and dictionaries loaded in %.1f s%n", pipeline.loadSeconds());

    // Ingest alone.
    List<Article> articles = new ArrayList<>();
    long t0 = System.nanoTime();
    Ingestor.create()
        .read(List.of(corpus), Optional.empty(), rec -> rec.findCodable().ifPresent(articles::add));
    double ingestSeconds = seconds(t0);
    result.put("ingest", stage(articles.size(), made[1], ingestSeconds));

    // Parse alone (on T threads through CoreNlpParser.parseAll), on a prefix of the corpus.
    List<Article> sample = new ArrayList<>();
    int sampleSentences = 0;
    for (Article a : articles) {
      if (sampleSentences >= stageSentences) {
        break;
      }
      sample.add(a);
      sampleSentences += (int) a.body().lines().count();
    }
    t0 = System.nanoTime();
    List<ParsedDocument> parsed = pipeline.parser().parseAll(sample, d -> {});
    double parseSeconds = seconds(t0);
    long parsedSentences = parsed.stream().mapToLong(p -> p.sentences().size()).sum();
    result.put("parse", stage(sample.size(), parsedSentences, parseSeconds));
    err.printf(
        "parley bench: parsed %d sentences in %.1f s (%.1f/s)%n",
        parsedSentences, parseSeconds, parsedSentences / parseSeconds);

    // Coding alone, one thread: parsed documents in memory -> events, repeated (after a warm-up
    // round) until at least --coding-seconds have passed.
    List<CodedDocument> coded = new ArrayList<>();
    for (ParsedDocument p : parsed) {
      coded.add(pipeline.coder().code(p));
    }
    long codedSentences = 0;
    long events = 0;
    int rounds = 0;
    t0 = System.nanoTime();
    do {
      for (ParsedDocument p : parsed) {
        events += pipeline.coder().code(p).events().size();
      }
      codedSentences += parsedSentences;
      rounds++;
    } while (seconds(t0) < codingSeconds);
    double codeSeconds = seconds(t0);
    Map<String, Object> codingStage = stage(sample.size() * rounds, codedSentences, codeSeconds);
    codingStage.put("rounds", rounds);
    codingStage.put("events", events);
    codingStage.put("threads", 1);
    result.put("coding", codingStage);
    if (threads > 1) {
      result.put("coding_threads", codeOnThreads(pipeline, parsed, parsedSentences));
    }

    // Store alone: the coded sample into a fresh DuckDB file, one transaction per document as in
    // `parley code`.
    Path storeFile = dir.resolve("store-stage.duckdb");
    Files.deleteIfExists(storeFile);
    try (Store store = Store.open(storeFile.toString())) {
      String runId = "bench-store";
      store.writeRun(
          new RunRecord(
              runId,
              Instant.now(),
              Main.version(),
              CoreNlpParser.coreNlpVersion(),
              Map.of(),
              Map.of()));
      t0 = System.nanoTime();
      for (CodedDocument c : coded) {
        store.writeCoded(c, List.of(), runId);
      }
      result.put("store", stage(coded.size(), parsedSentences, seconds(t0)));
    }
    parsed = null;
    coded = null;
    articles.clear();

    // End to end: `parley code CORPUS -o DIR --db TEMP.duckdb --threads T`, the same CodingRun.
    if (!skipEndToEnd) {
      Path out = dir.resolve("out");
      Path db = dir.resolve("bench.duckdb");
      Files.deleteIfExists(db);
      try (Store store = Store.open(db.toString())) {
        RunSummary s =
            CodeCommand.codeWith(
                new CodingRun(pipeline, err).restart(true).progress(false, 30).threads(threads),
                pipeline,
                List.of(corpus),
                Optional.empty(),
                Optional.of(out),
                Optional.of(store));
        Map<String, Object> e2e = stage(s.coded(), s.sentences(), s.codingSeconds());
        e2e.put("events", s.events());
        // How much of the corpus the dependency parser ran on (ParseCandidates chooses).
        e2e.put("sentences_parsed", s.sentencesParsed());
        e2e.put("duplicates", s.duplicates());
        e2e.put("skipped", s.skipped());
        result.put("end_to_end", e2e);
      }
    }
    result.put("peak_heap_bytes", heap.stop());
    System.gc();
    result.put(
        "heap_after_gc_bytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    result.put("peak_rss_bytes", peakRss());
    result.put("load_average_at_end", loadAverage());

    printTable(result, System.out);
    if (json != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      mapper.writeValue(json.toFile(), result);
      err.println("parley bench: figures written to " + json);
    }
    if (keep == null) {
      deleteTree(dir);
    }
    return ExitCodes.OK;
  }

  /**
   * The coding stage on {@code threads} threads sharing the one coder, each going over all the
   * parsed documents until {@code --coding-seconds} have passed (after the warm-up above).
   */
  private Map<String, Object> codeOnThreads(
      Pipeline pipeline, List<ParsedDocument> parsed, long parsedSentences) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  long docs = 0;
                  long sents = 0;
                  do {
                    for (ParsedDocument p : parsed) {
                      pipeline.coder().code(p);
                    }
                    docs += parsed.size();
                    sents += parsedSentences;
                  } while (seconds(t0) < codingSeconds);
                  return new long[] {docs, sents};
                }));
      }
      long docs = 0;
      long sents = 0;
      for (java.util.concurrent.Future<long[]> f : futures) {
        long[] r = f.get();
        docs += r[0];
        sents += r[1];
      }
      Map<String, Object> m = stage(docs, sents, seconds(t0));
      m.put("threads", threads);
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("coding worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Object> stage(long articles, long sentences, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("sentences", sentences);
    m.put("seconds", round(seconds));
    m.put("sentences_per_second", round(seconds > 0 ? sentences / seconds : 0));
    return m;
  }

  @SuppressWarnings("unchecked")
  private static void printTable(Map<String, Object> r, PrintStream out) {
    out.printf(
        "threads %s, processors %s, max heap %d MB, load average %s -> %s%n",
        r.get("threads"),
        r.get("processors"),
        ((Long) r.get("max_heap_bytes")) >> 20,
        r.get("load_average_at_start"),
        r.get("load_average_at_end"));
    out.printf(
        "%-34s %10s %10s %10s %14s%n", "stage", "articles", "sentences", "seconds", "sentences/s");
    out.printf(
        "%-34s %10s %10s %10.1f %14s%n",
        "model + dictionary load", "", "", r.get("model_load_seconds"), "");
    for (String[] row :
        new String[][] {
          {"ingest", "ingest (1 thread)"},
          {"parse", "parse, CoreNLP (T threads)"},
          {"coding", "coding alone (1 thread)"},
          {"coding_threads", "coding alone (T threads)"},
          {"store", "store alone (DuckDB file)"},
          {"end_to_end", "end to end (parley code, T thr.)"}
        }) {
      Map<String, Object> m = (Map<String, Object>) r.get(row[0]);
      if (m != null) {
        out.printf(
            "%-34s %10s %10s %10s %14s%n",
            row[1],
            m.get("articles"),
            m.get("sentences"),
            m.get("seconds"),
            m.get("sentences_per_second"));
      }
    }
    out.printf(
        "peak heap in use %d MB (sampled), heap after a full GC at the end %d MB, peak RSS %d MB%n",
        ((Long) r.get("peak_heap_bytes")) >> 20,
        ((Long) r.get("heap_after_gc_bytes")) >> 20,
        ((Long) r.get("peak_rss_bytes")) >> 20);
  }

  /**
   * The gold suites' news sentences, de-duplicated, in a fixed order (as scripts/bench-corpus.py).
   */
  static List<String> goldSentences(Path gold) throws IOException {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String f :
        List.of(
            "cameo-manual-examples/cameo_manual_1.1b3_examples.jsonl",
            "universalpetrarch-gsr/PETR2_GSR_validation.jsonl")) {
      for (String line : Files.readAllLines(gold.resolve(f), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          String t = mapper.readTree(line).path("text").asText("").trim();
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
      }
    }
    String xml =
        Files.readString(
            gold.resolve("gigaword-sample/GigaWord.sample.PETR.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<Text>\\s*(.*?)\\s*</Text>", Pattern.DOTALL).matcher(xml);
    while (m.find()) {
      String t = String.join(" ", m.group(1).trim().split("\\s+"));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      throw new ConfigurationException("no gold sentences under " + gold);
    }
    return new ArrayList<>(out);
  }

  /**
   * Writes articles of {@value #PER_ARTICLE} gold sentences until about {@code target} sentences:
   * the first pass in the suites' order, each later pass the sentences shuffled with a fixed seed,
   * so that no article repeats another (the ingest de-duplication would drop it). Returns articles
   * and sentences written.
   */
  static int[] writeCorpus(List<String> pool, int target, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int articles = 0;
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int pass = 0; written < target; pass++) {
        List<String> order = new ArrayList<>(pool);
        if (pass > 0) {
          Collections.shuffle(order, new Random(pass));
        }
        for (int i = 0; i < order.size() && written < target; i += PER_ARTICLE) {
          int n = Math.min(Math.min(PER_ARTICLE, order.size() - i), target - written);
          String body = String.join("\n", order.subList(i, i + n));
          Map<String, Object> rec = new LinkedHashMap<>();
          rec.put("id", "bench-" + pass + "-" + (i / PER_ARTICLE));
          rec.put("text", body);
          rec.put("published", "2015-06-01");
          rec.put("outlet", "bench");
          rec.put("language", "en");
          w.write(mapper.writeValueAsString(rec));
          w.newLine();
          articles++;
          written += n;
        }
      }
    }
    return new int[] {articles, written};
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The most heap in use (live objects and garbage not yet collected), sampled every 50 ms. */
  private static final class HeapWatch implements Runnable {
    private volatile boolean running = true;
    private volatile long peak;
    private Thread thread;

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      w.thread = new Thread(w, "parley-bench-heap");
      w.thread.setDaemon(true);
      w.thread.start();
      return w;
    }

    @Override
    public void run() {
      while (running) {
        sample();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void sample() {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
    }

    long stop() {
      running = false;
      thread.interrupt();
      sample();
      return peak;
    }
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc is missing. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  private static double loadAverage() {
    return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Collections.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
