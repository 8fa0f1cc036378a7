package org.parley.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.nlp.NlpOptions;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley code INPUT... [-o DIR]}: codes articles into JSONL files and the store. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Code articles (text files with --manifest, JSONL, directories) into events.")
public final class CodeCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files (text, HTML, WARC/ARC, RSS/Atom, JSONL; .gz too), directories, or - for standard"
              + " input.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Write articles/events/quotes/mentions.jsonl here.")
  Path out;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "JSONL metadata for plain-text files (file, id, url, outlet, published, language, title).")
  Path manifest;

  @Option(names = "--no-store", description = "Do not write the store, only the output directory.")
  boolean noStore;

  @Option(
      names = "--restart",
      description =
          "Start afresh even when DIR (or the store) holds an interrupted run of the same job;"
              + " by default such a run is resumed.")
  boolean restart;

  @Option(
      names = "--progress",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Off a terminal, log progress every SECONDS (0: never; default ${DEFAULT-VALUE}). On a"
              + " terminal a progress bar is shown.")
  double progressSeconds;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Parse and code on N worker threads (default: the number of processors, here"
              + " ${DEFAULT-VALUE}); output is the same, in input order, whatever N.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (progressSeconds < 0) {
      throw new ConfigurationException(
          "--progress must be 0 or more seconds, was " + progressSeconds);
    }
    if (threads < 1) {
      throw new ConfigurationException("--threads must be 1 or more, was " + threads);
    }
    // The store is opened before the models load, so that a store another process is writing is
    // reported at once rather than after 10-20 s of loading.
    try (Store store = noStore ? null : storeOptions.openStore()) {
      Pipeline pipeline =
          Pipeline.build(
              Pipeline.locatePack(storeOptions.data()), NlpOptions.defaults(), Main.version());
      RunSummary summary =
          codeWith(
              new CodingRun(pipeline, err)
                  .restart(restart)
                  .threads(threads)
                  .progress(CodingRun.onTerminal(), progressSeconds),
              pipeline,
              inputs,
              Optional.ofNullable(manifest),
              Optional.ofNullable(out),
              Optional.ofNullable(store));
      printSummary(summary, err);
    }
    return ExitCodes.OK;
  }

  /** Codes {@code inputs} with {@code run}, into the output folder and the store when given. */
  static RunSummary codeWith(
      CodingRun run,
      Pipeline pipeline,
      List<Path> inputs,
      Optional<Path> manifest,
      Optional<Path> out,
      Optional<Store> store) {
    Map<String, Object> options = new LinkedHashMap<>(pipeline.describe());
    options.put("inputs", inputs.toString());
    manifest.ifPresent(m -> options.put("manifest", m.toString()));
    out.ifPresent(o -> options.put("out", o.toString()));
    return run.run(inputs, manifest, out, store, options);
  }

  static void printSummary(RunSummary s, PrintStream err) {
    err.printf(
        "parley: run %s: %d records: %d coded, %d duplicate, %d skipped; %d sentences (%d parsed), %d events, %d quotes, %d mentions, %d diagnostics%n",
        s.runId(),
        s.records(),
        s.coded(),
        s.duplicates(),
        s.skipped(),
        s.sentences(),
        s.sentencesParsed(),
        s.events(),
        s.quotes(),
        s.mentions(),
        s.diagnostics());
    s.skipReasons().forEach((reason, n) -> err.printf("parley:   skipped %d: %s%n", n, reason));
    if (s.resumed() > 0) {
      err.printf(
          "parley:   resumed: %d records were already done by the interrupted run%n", s.resumed());
    }
    err.printf(
        "parley: models and dictionaries loaded in %.1f s; coded in %.1f s (%.1f sentences/s)%n",
        s.modelLoadSeconds(), s.codingSeconds(), s.sentencesPerSecond());
  }
}
