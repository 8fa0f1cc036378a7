package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.gazetteer.Gazetteer;
import org.parley.model.ActorCode;
import org.parley.model.DictionaryEntry;
import org.parley.ontology.Countries;
import org.parley.ontology.DataPack;

/** Actor entries from the gazetteer's seats of government and country table. */
class GazetteerActorsTest {
  private static Map<String, ActorEntry> seats;
  private static Map<String, ActorEntry> countries;

  @BeforeAll
  static void load() {
    Gazetteer gazetteer = Gazetteer.shared();
    Countries cameo =
        Countries.read(
            DataPack.fromEnvironment().require("dictionaries/icews/countrynames.txt"),
            Optional.empty());
    seats = byPhrase(GazetteerActors.seats(gazetteer));
    countries = byPhrase(GazetteerActors.countries(gazetteer, cameo));
  }

  private static Map<String, ActorEntry> byPhrase(List<ActorEntry> entries) {
    return entries.stream()
        .collect(
            Collectors.toMap(e -> String.join(" ", e.words()), Function.identity(), (a, b) -> a));
  }

  private static Optional<ActorCode> code(Map<String, ActorEntry> entries, String phrase) {
    return Optional.ofNullable(entries.get(phrase))
        .flatMap(e -> e.codeOn(Optional.empty()))
        .map(DatedCode::code);
  }

  @Test
  void seatsStandForTheirGovernmentWithAndWithoutTheArticle() {
    assertThat(code(seats, "KREMLIN")).contains(new ActorCode("RUSGOV"));
    assertThat(code(seats, "THE KREMLIN")).contains(new ActorCode("RUSGOV"));
    assertThat(code(seats, "BLUE HOUSE")).contains(new ActorCode("KORGOV"));
    assertThat(code(seats, "PENTAGON")).contains(new ActorCode("USAMIL"));
    DictionaryEntry p = seats.get("CHEONG WA DAE").provenance();
    assertThat(p.file()).isEqualTo("seats.tsv");
    assertThat(p.line()).isPositive();
    // Places that stand for no actor, or whose names are ambiguous, give no entry.
    assertThat(seats).doesNotContainKeys("PANMUNJOM", "LANGLEY", "NATIONAL PALACE", "YONGSAN");
  }

  @Test
  void countriesGiveTheirNamesDemonymsAndCapitals() {
    assertThat(code(countries, "NAYPYIDAW")).contains(new ActorCode("MMR"));
    assertThat(code(countries, "SWEDISH")).contains(new ActorCode("SWE"));
    assertThat(code(countries, "JUBA")).contains(new ActorCode("SSD"));
    assertThat(countries.get("NAYPYIDAW").provenance().file()).isEqualTo("countries.tsv");
  }

  @Test
  void countriesUseCameoCodesWhereTheyDifferFromIso() {
    assertThat(code(countries, "EAST TIMORESE")).contains(new ActorCode("TMP"));
    assertThat(code(countries, "PRISTINA")).contains(new ActorCode("KSV"));
    // Dependencies CAMEO codes under their sovereign (USAPRI) are left out.
    assertThat(countries).doesNotContainKey("PUERTO RICO");
  }

  @Test
  void leavesOutAmbiguousPhrases() {
    // North or South; Seychelles' Victoria is not the largest; Iceland's endonym is an English
    // word;
    // Anguilla's capital would take every "the valley".
    assertThat(countries).doesNotContainKeys("KOREAN", "VICTORIA", "ISLAND", "THE VALLEY");
    // Long forms split by the parse at "of" ("the Ambassador of Kingdom of Morocco").
    assertThat(countries)
        .doesNotContainKeys("KINGDOM OF MOROCCO", "REPUBLIC OF THE UNION OF MYANMAR");
    assertThat(countries).containsKey("EAST TIMORESE");
  }

  @Test
  void fallbackEntriesNeverReplaceAFileEntry() {
    ActorEntry file =
        new ActorEntry(
            List.of("JUBA"),
            List.of(DatedCode.always(new ActorCode("XXX"))),
            new DictionaryEntry("a.txt", 1, "JUBA_"));
    ActorDictionary d =
        ActorDictionary.read(List.of(), List.of(file), List.of(countries.get("JUBA")));
    assertThat(d.findPhrase("Juba")).contains(file);
    assertThat(d.findPhrase("Naypyidaw")).isEmpty();
  }
}
