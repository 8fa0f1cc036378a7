package org.parley.spark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.parley.coding.Coder;
import org.parley.coding.Dictionaries;
import org.parley.nlp.CoreNlpParser;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;

/**
 * The stages of {@code parley code} (dictionaries, CoreNLP, coder: the same three calls as the
 * CLI's {@code Pipeline.build}), built once per executor JVM on first use and shared by all its
 * tasks: loading the models takes 10-40 s, which a pipeline per partition would pay again and
 * again.
 */
final class ExecutorPipeline {
  private static ExecutorPipeline instance;

  private final CoreNlpParser parser;
  private final Coder coder;

  private ExecutorPipeline(CoreNlpParser parser, Coder coder) {
    this.parser = parser;
    this.coder = coder;
  }

  /** The JVM's pipeline, built by the first task that asks for it. */
  static synchronized ExecutorPipeline get(JobSettings settings) {
    if (instance == null) {
      long t0 = System.nanoTime();
      DataPack pack =
          DataPack.locate(
              Optional.ofNullable(settings.data()).map(Path::of),
              System.getenv(),
              Optional.ofNullable(settings.home()).map(Path::of));
      Dictionaries dictionaries = Dictionaries.phoenix(pack);
      Coder coder = new Coder(dictionaries);
      instance =
          new ExecutorPipeline(
              CoreNlpParser.create(NlpOptions.defaults(), coder.parseSelector()), coder);
      // On a cluster this lands in the executor's log: the one-off cost each executor pays.
      System.err.printf(
          Locale.ROOT,
          "parley: pipeline built in %.1f s on this executor%n",
          (System.nanoTime() - t0) / 1e9);
    }
    return instance;
  }

  CoreNlpParser parser() {
    return parser;
  }

  Coder coder() {
    return coder;
  }
}
