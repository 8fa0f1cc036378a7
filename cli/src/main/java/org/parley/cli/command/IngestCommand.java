package org.parley.cli.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.ingest.IngestRecord;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.Ingestor;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Diagnostic;
import org.parley.store.contract.ContractJson;
import org.parley.store.contract.ContractMaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley ingest INPUT...}: reads inputs into articles without coding them, writing the
 * {@code articles.jsonl} lines {@code parley code} would write (optionally with each body) and the
 * run summary with ingestion throughput. No models are loaded: it shows in seconds what a long
 * coding run would take in, skip and de-duplicate, and it is how ingestion alone is measured.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Read inputs into articles without coding them: articles.jsonl lines (with --body, the"
            + " extracted text too) and a summary with throughput.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files (text, HTML, WARC/ARC, RSS/Atom, JSONL; .gz too), directories, or -.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the article lines here (default: standard output).")
  Path out;

  @Option(names = "--manifest", paramLabel = "FILE", description = "JSONL metadata for text files.")
  Path manifest;

  @Option(names = "--body", description = "Add each article's extracted body to its line.")
  boolean body;

  @Option(names = "--quiet", description = "Write no article lines, only the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    Counts counts = new Counts();
    long t0 = System.nanoTime();
    IngestSummary summary;
    try (Writer w = open()) {
      summary =
          Ingestor.create()
              .read(
                  inputs,
                  Optional.ofNullable(manifest),
                  rec -> {
                    counts.add(rec);
                    for (Diagnostic d : rec.diagnostics()) {
                      err.println(
                          "parley: "
                              + d.severity().name().toLowerCase(Locale.ROOT)
                              + ": "
                              + d.located());
                    }
                    if (w != null) {
                      line(w, rec);
                    }
                  });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + (out == null ? "standard output" : out), e);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    summary.notes().forEach(n -> err.println("parley: note: " + n));
    err.printf(
        Locale.ROOT,
        "parley: ingested %d records: %d coded, %d duplicate, %d skipped; %d warnings, %d errors%n",
        summary.records(),
        summary.coded(),
        summary.duplicates(),
        summary.skipped(),
        summary.warnings(),
        summary.errors());
    counts.reasons.forEach((r, n) -> err.printf("parley:   skipped %d: %s%n", n, r));
    counts.bases.forEach((b, n) -> err.printf("parley:   duplicate %d: %s%n", n, b));
    err.printf(
        Locale.ROOT,
        "parley: %.2f s: %.1f records/s, %.1f articles/s, %.2f MB/s of article text%n",
        seconds,
        seconds > 0 ? summary.records() / seconds : 0,
        seconds > 0 ? summary.coded() / seconds : 0,
        seconds > 0 ? counts.bodyChars / seconds / 1e6 : 0);
    return ExitCodes.OK;
  }

  private Writer open() throws IOException {
    if (quiet) {
      return null;
    }
    if (out == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    if (Files.isDirectory(out)) {
      throw new ConfigurationException("--out " + out + " is a directory; name a file");
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  private void line(Writer w, IngestRecord rec) {
    Article a = rec.articleOrPlaceholder();
    Map<String, Object> m = ContractMaps.article(a, rec.status(), rec.diagnostics());
    if (body) {
      m.put("body", a.body());
    }
    try {
      w.write(ContractJson.write(m));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Counts {
    final Map<String, Integer> reasons = new TreeMap<>();
    final Map<String, Integer> bases = new TreeMap<>();
    long bodyChars;

    void add(IngestRecord rec) {
      ArticleStatus s = rec.status();
      switch (s.kind()) {
        case SKIPPED -> reasons.merge(s.detail(), 1, Integer::sum);
        case DUPLICATE -> bases.merge(s.basis(), 1, Integer::sum);
        case CODED -> bodyChars += rec.article().map(a -> a.body().length()).orElse(0);
      }
    }
  }
}
