package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.store.Store;

/**
 * A store holding the two seed articles coded by the real pipeline, for integration tests that
 * serve it (API and browser tests): what {@code parley code ../shared/seeds/*.txt --manifest
 * ../shared/seeds/manifest.jsonl --db FILE} makes.
 */
public final class SeedStore {
  /**
   * The seed folder: the parley.seeds system property (set by the build), else ../../shared/seeds.
   */
  public static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));

  private SeedStore() {}

  /** The seed articles (the .txt files of the seed folder), in name order. */
  public static List<Path> articles() {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the seed folder " + SEEDS, e);
    }
  }

  /** Codes the seed articles with {@code pipeline} into {@code store}; returns the run's counts. */
  public static RunSummary code(Pipeline pipeline, Store store) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CodingRun(pipeline, quiet)
        .run(
            articles(),
            Optional.of(SEEDS.resolve("manifest.jsonl")),
            Optional.empty(),
            Optional.of(store),
            Map.of("test", "SeedStore"));
  }

  /**
   * Creates the DuckDB store {@code file} with the seed articles coded by {@code pipeline} (build
   * one with {@code Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test")};
   * loading the models takes 10-20 s).
   */
  public static Path create(Path file, Pipeline pipeline) {
    try (Store store = Store.open(file.toString())) {
      code(pipeline, store);
    }
    return file;
  }
}
