package org.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a gold suite.
 *
 * @param id the suite's own id
 * @param category the suite's category (PETRARCH: DEMO, COMPOUND, ...; PLOVER: the event type;
 *     CAMEO manual: the CAMEO root)
 * @param date the story date the record gives, used for date-restricted actor codes
 * @param parse the stored parse (Penn Treebank or flattened CoNLL-U), empty when Parley parses
 * @param expected the expected events (PETRARCH and UniversalPetrarch suites)
 * @param expectedError what the record expects to be refused for ("bad_input_parse",
 *     "sentencediscard", ...), empty when it expects coding
 * @param config coder options in force at this record (PETRARCH's inline {@code <Config>})
 * @param plover the PLOVER gold annotation, for the PLOVER suite and linked CAMEO examples
 */
public record GoldRecord(
    String id,
    String category,
    String text,
    Optional<LocalDate> date,
    Optional<String> parse,
    List<GoldEvent> expected,
    Optional<String> expectedError,
    Map<String, String> config,
    Optional<PloverGold> plover) {

  public GoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(parse, "parse");
    expected = List.copyOf(expected);
    Objects.requireNonNull(expectedError, "expectedError");
    config = Map.copyOf(config);
    Objects.requireNonNull(plover, "plover");
  }

  /** A coder option as PETRARCH spells it ("True", "false", "TRUE"), read as a boolean. */
  public boolean flag(String name, boolean absent) {
    String v = config.get(name);
    return v == null ? absent : v.strip().equalsIgnoreCase("true");
  }

  /**
   * The PLOVER annotation of a record: the type, its mode (empty when none), and the source and
   * target actors as ISO3 country (or IGO/NGO) codes with sectors.
   */
  public record PloverGold(
      String type, String mode, List<GoldActor> sources, List<GoldActor> targets) {
    public PloverGold {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(mode, "mode");
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }

  /** One gold actor: its words, country (ISO3, or IGO/NGO/IMG) and sector (empty when none). */
  public record GoldActor(String text, String code, String sector, boolean alsoTarget) {}
}
