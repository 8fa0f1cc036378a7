package org.parley.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The gold suites of the data pack, by the name {@code parley eval} and its JSON use. {@code
 * PETRARCH_UNIT_TESTS_REPARSED} and {@code UNIVERSALPETRARCH_GSR_REPARSED} are the same records
 * with the stored parses ignored and the text parsed by Parley's own CoreNLP pipeline: the figure a
 * user sees on new text.
 */
public enum Suite {
  PETRARCH_UNIT_TESTS(
      "petrarch-unit-tests",
      "gold/petrarch-unit-tests/PETR.UnitTest.records.jsonl",
      Parses.PENN_TREEBANK,
      Dictionaries.PETRARCH_VALIDATE),
  UNIVERSALPETRARCH_GSR(
      "universalpetrarch-gsr",
      "gold/universalpetrarch-gsr/PETR2_GSR_validation.jsonl",
      Parses.CONLLU,
      Dictionaries.PHOENIX),
  PLOVER_GSR(
      "plover-gsr", "gold/plover-gsr/PLOVER_GSR_CAMEO.json", Parses.NONE, Dictionaries.PHOENIX),
  CAMEO_MANUAL_EXAMPLES(
      "cameo-manual-examples",
      "gold/cameo-manual-examples/cameo_manual_1.1b3_examples.jsonl",
      Parses.NONE,
      Dictionaries.PHOENIX),
  PETRARCH_UNIT_TESTS_REPARSED(
      "petrarch-unit-tests-reparsed",
      "gold/petrarch-unit-tests/PETR.UnitTest.records.jsonl",
      Parses.NONE,
      Dictionaries.PETRARCH_VALIDATE),
  UNIVERSALPETRARCH_GSR_REPARSED(
      "universalpetrarch-gsr-reparsed",
      "gold/universalpetrarch-gsr/PETR2_GSR_validation.jsonl",
      Parses.NONE,
      Dictionaries.PHOENIX);

  /** Where a suite's sentence structure comes from. */
  public enum Parses {
    /** Stored Penn Treebank trees, converted to UD by CoreNLP's converter. */
    PENN_TREEBANK,
    /** Stored CoNLL-U parses. */
    CONLLU,
    /** Parley parses the text. */
    NONE
  }

  /** Which dictionaries a suite is coded with. */
  public enum Dictionaries {
    /** The PETR.Validate.* test dictionaries beside the PETRARCH unit tests. */
    PETRARCH_VALIDATE,
    /** The pack's Phoenix dictionaries plus Parley's additions. */
    PHOENIX
  }

  private final String id;
  private final String file;
  private final Parses parses;
  private final Dictionaries dictionaries;

  Suite(String id, String file, Parses parses, Dictionaries dictionaries) {
    this.id = id;
    this.file = file;
    this.parses = parses;
    this.dictionaries = dictionaries;
  }

  public String id() {
    return id;
  }

  /** The suite's file, relative to the data pack root. */
  public String file() {
    return file;
  }

  public Parses parses() {
    return parses;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  /** Whether Parley's CoreNLP pipeline is needed to run this suite. */
  public boolean needsParser() {
    return parses == Parses.NONE;
  }

  public static Optional<Suite> find(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** The names accepted on the command line, for error messages. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Suite::id).toList();
  }
}
