package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorCode;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

/** The three Phoenix actor files of the data pack, read as Parley reads them in production. */
class PhoenixActorDictionaryTest {
  private static ActorDictionary actors;

  @BeforeAll
  static void load() {
    Path ph = DataPack.fromEnvironment().phoenix();
    long t0 = System.nanoTime();
    actors =
        ActorDictionary.read(
            List.of(
                ph.resolve("Phoenix.Countries.actors.txt"),
                ph.resolve("Phoenix.International.actors.txt"),
                ph.resolve("Phoenix.MilNonState.actors.txt")));
    System.out.printf(
        "Phoenix actors: %d phrases, %d diagnostics, loaded in %d ms%n",
        actors.size(), actors.diagnostics().size(), (System.nanoTime() - t0) / 1_000_000);
  }

  private static Optional<ActorCode> codeOn(ActorEntry e, LocalDate date) {
    return e.codeOn(Optional.of(date)).map(DatedCode::code);
  }

  private static List<String> tokens(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void vladimirPutinIsRussianGovernmentIn2015() {
    ActorEntry putin = actors.findPhrase("VLADIMIR_PUTIN_").orElseThrow();
    assertThat(putin.provenance())
        .hasToString("Phoenix.Countries.actors.txt:39559 VLADIMIR_PUTIN_");
    assertThat(codeOn(putin, LocalDate.of(2015, 6, 1))).contains(new ActorCode("RUSGOV"));
    assertThat(codeOn(putin, LocalDate.of(1995, 6, 1))).contains(new ActorCode("RUSELI"));
  }

  @Test
  void moonJaeInHasACodeOnlyWithinHisRestriction() {
    ActorEntry moon = actors.findPhrase("Moon Jae-in").orElseThrow();
    assertThat(moon.words()).containsExactly("MOON", "JAE", "IN");
    assertThat(codeOn(moon, LocalDate.of(2008, 1, 1))).contains(new ActorCode("KORGOV"));
    // The 2014 dictionary knows him only as a 2007-08 official: no code in 2019, but the former
    // role is there.
    assertThat(codeOn(moon, LocalDate.of(2019, 4, 25))).isEmpty();
    assertThat(moon.lastCodeBefore(LocalDate.of(2019, 4, 25)).map(DatedCode::toString))
        .contains("KORGOV 20070501-20080731");
    assertThat(moon.codeOn(Optional.empty()).map(DatedCode::toString))
        .contains("KORGOV 20070501-20080731");
  }

  @Test
  void matchesMoonJaeInAcrossAHyphenatedToken() {
    List<String> t = tokens("President Moon Jae-in arrived");
    PhraseMatch<ActorEntry> m = actors.longestMatch(t, 1).orElseThrow();
    assertThat(m.start()).isEqualTo(1);
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.entry().provenance().line()).isEqualTo(43496);
  }

  @Test
  void russianPresidentVladimirPutinMatchesAsTheLongestPhrase() {
    List<String> t = tokens("Russian President Vladimir Putin said on Monday");
    PhraseMatch<ActorEntry> m = actors.longestMatch(t, 0).orElseThrow();
    assertThat(m.start()).isEqualTo(0);
    assertThat(m.end()).isEqualTo(4);
    assertThat(m.entry().provenance())
        .hasToString("Phoenix.Countries.actors.txt:39565 +RUSSIAN_PRESIDENT_VLADIMIR_PUTIN");
    assertThat(codeOn(m.entry(), LocalDate.of(2015, 6, 1))).contains(new ActorCode("RUSGOV"));
    assertThat(actors.longestMatch(t, 2).map(PhraseMatch::end)).contains(4);
  }

  @Test
  void unSecurityCouncilIsTheUnitedNations() {
    List<String> t = tokens("UN Security Council members");
    PhraseMatch<ActorEntry> m = actors.longestMatch(t, 0).orElseThrow();
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.entry().provenance())
        .hasToString("Phoenix.International.actors.txt:142 UN_SECURITY_COUNCIL_");
    assertThat(m.entry().codeOn(Optional.empty()).map(DatedCode::code))
        .contains(new ActorCode("IGOUNO"));
  }

  @Test
  void matchesAbbreviationsWithPeriodsCaseInsensitively() {
    PhraseMatch<ActorEntry> m = actors.longestMatch(tokens("the U.S. said"), 1).orElseThrow();
    assertThat(m.end()).isEqualTo(2);
    assertThat(m.entry().codeOn(Optional.empty()).map(DatedCode::code))
        .contains(new ActorCode("USA"));
    assertThat(actors.longestMatch(tokens("france"), 0).map(x -> x.entry().provenance().entry()))
        .contains("FRANCE_");
  }

  @Test
  void nullCodedPhrasesBlockShorterMatchesWithoutACode() {
    PhraseMatch<ActorEntry> m = actors.longestMatch(tokens("Indian Ocean"), 0).orElseThrow();
    assertThat(m.end()).isEqualTo(2);
    assertThat(m.entry().codes()).isEmpty();
  }

  @Test
  void consecutiveRootsShareTheCodesThatFollowThem() {
    ActorEntry brezhnev = actors.findPhrase("LEONID_BREZHNEV_").orElseThrow();
    assertThat(codeOn(brezhnev, LocalDate.of(1975, 1, 1))).contains(new ActorCode("RUSGOV"));
  }

  @Test
  void reportsTheMalformedEntriesOfThePhoenixFilesAndLoadsTheRest() {
    assertThat(actors.size()).isEqualTo(34256);
    assertThat(
            actors.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::located))
        .containsExactly(
            "Phoenix.Countries.actors.txt:2039: bad date restriction '9008223-911221' of ARMUNR: '9008223' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.Countries.actors.txt:14190: date range '20121207-20120802' of EGYGOV ends before it begins",
            "Phoenix.Countries.actors.txt:18010: bad date restriction '>201005011' of GBRGOV: '201005011' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.Countries.actors.txt:18007: actor 'DAVID_CAMERON_' has no valid code; its 3 phrase(s) were skipped",
            "Phoenix.Countries.actors.txt:22508: bad date restriction '1920030320-20060520' of IRQOCC: '1920030320' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.Countries.actors.txt:22519: bad date restriction '1920030320-20060520' of IRQOCC: '1920030320' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.Countries.actors.txt:43613: bad date restriction '1920050709-20110709' of SDNSSDAUT: '1920050709' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.International.actors.txt:40: bad date restriction '2004017-20061201' of KORGOVBUS: '2004017' is neither YYMMDD nor YYYYMMDD",
            "Phoenix.International.actors.txt:1842: invalid actor code 'NGOEEURENV': letters or digits in groups of three expected",
            "Phoenix.International.actors.txt:1842: actor 'ASSOCIATION_FOR_SUSTAINABLE_HUMAN_DEVELOPMENT_' has no valid code; its 1 phrase(s) were skipped",
            "Phoenix.International.actors.txt:3589: invalid actor code 'NGOEEURENV': letters or digits in groups of three expected",
            "Phoenix.International.actors.txt:3589: actor 'ASSOCIATION_FOR_SUSTAINABLE_HUMAN_DEVELOPMENT_' has no valid code; its 1 phrase(s) were skipped");
  }
}
