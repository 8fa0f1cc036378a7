package org.parley.cli.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.cli.table.EventTable;
import org.parley.nlp.NlpOptions;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley demo}: codes the seed articles into the store and prints their events and quotes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Code the seed articles (../shared/seeds) into the store and print their events and quotes.")
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description =
          "Seed folder with manifest.jsonl (default: ../shared/seeds beside the checkout).")
  Path seeds;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "parley-out/demo")
  Path out;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    Path dir = seedDir();
    Path manifest = dir.resolve("manifest.jsonl");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigurationException(
          "cannot list the seed folder " + dir + ": " + e.getMessage(), e);
    }
    if (inputs.isEmpty()) {
      throw new ConfigurationException("no .txt articles in the seed folder " + dir);
    }
    PrintStream err = System.err;
    try (Store store = storeOptions.openStore()) {
      err.println("parley: loading models and dictionaries (about 10-20 s)...");
      Pipeline pipeline =
          Pipeline.build(
              Pipeline.locatePack(storeOptions.data()), NlpOptions.defaults(), Main.version());
      RunSummary summary =
          CodeCommand.codeWith(
              // The demo shows what it coded, so it always codes afresh rather than resuming.
              new CodingRun(pipeline, err).restart(true).progress(false, 0),
              pipeline,
              inputs,
              Optional.of(manifest),
              Optional.of(out),
              Optional.of(store));
      CodeCommand.printSummary(summary, err);
      List<Map<String, Object>> events = new java.util.ArrayList<>();
      List<Map<String, Object>> quotes = new java.util.ArrayList<>();
      for (String id : summary.codedIds()) {
        events.addAll(store.eventsOf(id));
        quotes.addAll(store.quotesOf(id));
      }
      PrintStream o = System.out;
      o.println();
      o.println("Events (" + events.size() + ")");
      new EventTable(o).events(events);
      o.println();
      o.println("Quotes (" + quotes.size() + ")");
      new EventTable(o).quotes(quotes);
      o.println();
      o.println(
          "Written to "
              + out.toAbsolutePath()
              + " and the store "
              + storeOptions.display()
              + ". Explain an event: ./parley explain EVENT_ID");
      o.println(
          "Browse them in the web UI and the JSON API: ./parley serve --db "
              + shellWord(storeOptions.display())
              + "  (then open http://127.0.0.1:7070/)");
    }
    return ExitCodes.OK;
  }

  /** {@code s} as one shell word: quoted when it holds anything but safe characters. */
  static String shellWord(String s) {
    return s.matches("[A-Za-z0-9_./:@=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private Path seedDir() {
    if (seeds != null) {
      return seeds;
    }
    String env = System.getenv("PARLEY_SEEDS");
    if (env != null) {
      return Path.of(env);
    }
    Path home = Path.of(Optional.ofNullable(System.getProperty("parley.home")).orElse("."));
    Path p = home.resolve("../shared/seeds").normalize();
    if (!Files.isDirectory(p)) {
      throw new ConfigurationException(
          "no seed folder at " + p.toAbsolutePath() + "; give one with --seeds DIR");
    }
    return p;
  }
}
