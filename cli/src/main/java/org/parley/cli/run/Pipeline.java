package org.parley.cli.run;

import java.util.Map;
import java.util.Optional;
import org.parley.cli.ConfigurationException;
import org.parley.coding.Coder;
import org.parley.coding.Dictionaries;
import org.parley.nlp.CoreNlpParser;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;

/**
 * The stages of Parley built once per process, in one place: the data pack and dictionaries, the
 * CoreNLP pipeline, and the coder. Building it fails at once, with what to do, when a prerequisite
 * is missing.
 */
public final class Pipeline {
  private final DataPack pack;
  private final CoreNlpParser parser;
  private final Coder coder;
  private final String parleyVersion;
  private final double loadSeconds;

  private Pipeline(
      DataPack pack, CoreNlpParser parser, Coder coder, String parleyVersion, double loadSeconds) {
    this.pack = pack;
    this.parser = parser;
    this.coder = coder;
    this.parleyVersion = parleyVersion;
    this.loadSeconds = loadSeconds;
  }

  public static DataPack locatePack(Optional<java.nio.file.Path> data) {
    try {
      return DataPack.locate(
          data,
          System.getenv(),
          Optional.ofNullable(System.getProperty("parley.home")).map(java.nio.file.Path::of));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  public static Pipeline build(DataPack pack, NlpOptions nlp, String parleyVersion) {
    long t0 = System.nanoTime();
    Dictionaries dictionaries = Dictionaries.phoenix(pack);
    Coder coder = new Coder(dictionaries);
    // The parse is run only where the coder can use it (from its dictionaries).
    CoreNlpParser parser = CoreNlpParser.create(nlp, coder.parseSelector());
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Pipeline(pack, parser, coder, parleyVersion, seconds);
  }

  public DataPack pack() {
    return pack;
  }

  public CoreNlpParser parser() {
    return parser;
  }

  public Coder coder() {
    return coder;
  }

  public String parleyVersion() {
    return parleyVersion;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** What to record about this pipeline in a run. */
  public Map<String, Object> describe() {
    return Map.of(
        "data", pack.root().toString(),
        "additions", pack.additions().map(Object::toString).orElse(""),
        "nlp", CoreNlpParser.properties(parser.options()).toString(),
        "depparse.sentences", parser.provenance().getOrDefault("depparse.sentences", "none"));
  }
}
