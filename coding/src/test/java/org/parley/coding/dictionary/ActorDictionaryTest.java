package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

class ActorDictionaryTest {
  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(ActorDictionaryTest.class.getResource("/dictionary/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  private static Optional<String> codeOn(ActorDictionary d, String phrase, String date) {
    return d.findPhrase(phrase)
        .orElseThrow()
        .codeOn(Optional.of(LocalDate.parse(date)))
        .map(c -> c.code().code());
  }

  @Test
  void malformedEntriesBecomeLocatedDiagnosticsAndTheRestLoads() throws IOException {
    Path file =
        write(
            "bad.actors.txt",
            "[USA]",
            "+ORPHAN",
            "GOOD_ONE_ [ABC]",
            "BAD_CODE [AB]",
            "BAD_DATE [ABCGOV 991399-000101]",
            "UNCLOSED [ABC",
            "SECOND_GOOD",
            "+SECOND_SYNONYM",
            "\t[DEF >20100101]",
            "\t[DEF 20120101-20110101]",
            "LAST_WITHOUT_CODE");
    ActorDictionary d = ActorDictionary.read(List.of(file));
    assertThat(d.diagnostics())
        .extracting(Diagnostic::located)
        .containsExactly(
            "bad.actors.txt:1: code '[USA]' has no actor phrase before it",
            "bad.actors.txt:2: synonym '+ORPHAN' has no actor entry before it",
            "bad.actors.txt:4: invalid actor code 'AB': letters or digits in groups of three expected",
            "bad.actors.txt:4: actor 'BAD_CODE' has no valid code; its 1 phrase(s) were skipped",
            "bad.actors.txt:5: bad date restriction '991399-000101' of ABCGOV: '991399' is not a calendar date",
            "bad.actors.txt:5: actor 'BAD_DATE' has no valid code; its 1 phrase(s) were skipped",
            "bad.actors.txt:6: code '[ABC' has no closing ']'",
            "bad.actors.txt:6: actor 'UNCLOSED' has no valid code; its 1 phrase(s) were skipped",
            "bad.actors.txt:10: date range '20120101-20110101' of DEF ends before it begins",
            "bad.actors.txt:11: actor 'LAST_WITHOUT_CODE' has no code; its 1 phrase(s) were skipped");
    assertThat(d.size()).isEqualTo(3);
    assertThat(codeOn(d, "good one", "2020-01-01")).contains("ABC");
    assertThat(codeOn(d, "second synonym", "2011-01-01")).contains("DEF");
    assertThat(d.findPhrase("second synonym").orElseThrow().provenance())
        .hasToString("bad.actors.txt:8 +SECOND_SYNONYM");
  }

  @Test
  void hyphenatedAndUnderscoredEntriesMatchHyphenatedAndSpacedText() throws IOException {
    ActorDictionary d = ActorDictionary.read(List.of(resource("hyphens.actors.txt")));
    assertThat(d.diagnostics()).isEmpty();
    for (String text :
        List.of("Kim Jong-un visited", "KIM JONG UN visited", "kim jong-Un visited")) {
      List<String> t = List.of(text.split(" "));
      PhraseMatch<ActorEntry> m = d.longestMatch(t, 0).orElseThrow();
      assertThat(m.end()).as(text).isEqualTo(t.size() - 1);
      assertThat(m.entry().codeOn(Optional.of(LocalDate.of(2019, 1, 1))).map(c -> c.code().code()))
          .as(text)
          .contains("PRKGOV");
    }
  }

  @Test
  void neverMatchesPartOfAToken() throws IOException {
    ActorDictionary d = ActorDictionary.read(List.of(resource("hyphens.actors.txt")));
    // MOON_JAE is an entry but covers only half of "Jae-in"; MOON alone is the match.
    PhraseMatch<ActorEntry> m = d.longestMatch(List.of("Moon", "Jae-in"), 0).orElseThrow();
    assertThat(m.end()).isEqualTo(1);
    assertThat(m.entry().provenance().entry()).isEqualTo("MOON_");
    assertThat(d.longestMatch(List.of("Jae-in"), 0)).isEmpty();
  }

  @Test
  void laterFilesWinOnIdenticalPhrases() throws IOException {
    Path first = write("first.actors.txt", "ATLANTIS_ [ATL]", "+ATLANTEAN [ATL]");
    Path second = write("second.actors.txt", "ATLANTIS [ATLGOV]");
    ActorDictionary d = ActorDictionary.read(List.of(first, second));
    assertThat(codeOn(d, "Atlantis", "2020-01-01")).contains("ATLGOV");
    assertThat(codeOn(d, "Atlantean", "2020-01-01")).contains("ATL");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::located)
        .containsExactly(
            "second.actors.txt:1: 'ATLANTIS' [ATLGOV] replaces the entry at first.actors.txt:1 ATLANTIS_ [ATL]");
  }

  @Test
  void skipsMultiLineAndInlineComments() throws IOException {
    Path file =
        write(
            "c.actors.txt",
            "<!-- a comment",
            "NOT_AN_ACTOR [XXX]",
            "-->",
            "REAL [ABC] <!-- inline --> # and more",
            "# HIDDEN [YYY]");
    ActorDictionary d = ActorDictionary.read(List.of(file));
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.findPhrase("real")).isPresent();
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void readsThePetrarchValidationActorsAndReportsItsLegacyCodes() {
    Path file =
        DataPack.fromEnvironment().gold().resolve("petrarch-unit-tests/PETR.Validate.actors.txt");
    ActorDictionary d = ActorDictionary.read(List.of(file));
    assertThat(d.diagnostics())
        .extracting(Diagnostic::located)
        .containsExactly(
            "PETR.Validate.actors.txt:32: code 'pse' is not upper case; read as PSE",
            "PETR.Validate.actors.txt:112: invalid actor code '+++': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:112: actor 'ISILDUR' has no valid code; its 1 phrase(s) were skipped",
            "PETR.Validate.actors.txt:118: invalid actor code 'ITHTV': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:118: actor 'ITHILEN TELEVISION' has no valid code; its 1 phrase(s) were skipped",
            "PETR.Validate.actors.txt:130: invalid actor code 'ELR/GAL': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:130: actor 'LORIEN' has no valid code; its 1 phrase(s) were skipped",
            "PETR.Validate.actors.txt:146: invalid actor code 'YEMNO': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:146: actor 'NORTH_YEMEN' has no valid code; its 1 phrase(s) were skipped",
            "PETR.Validate.actors.txt:159: 'PALESTINIAN' [PAL] replaces the entry at PETR.Validate.actors.txt:32 PALESTINIAN [PSE]",
            "PETR.Validate.actors.txt:161: invalid actor code 'PALPL': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:161: actor 'PLO' has no valid code; its 1 phrase(s) were skipped",
            "PETR.Validate.actors.txt:164: null code with a date restriction '[--- <950630]' is not supported; dropped",
            "PETR.Validate.actors.txt:188: invalid actor code 'FRO/BIL/SAM': letters or digits in groups of three expected",
            "PETR.Validate.actors.txt:188: actor 'THE_SHIRE' has no valid code; its 1 phrase(s) were skipped");
    // Spaced date restrictions: [HOB < 950601] [HOBGOV 19950601 - 19990815] [HOBREB > 990816]
    assertThat(codeOn(d, "SMEAGOL", "1990-01-01")).contains("HOB");
    assertThat(codeOn(d, "SMEAGOL", "1997-01-01")).contains("HOBGOV");
    assertThat(codeOn(d, "SMEAGOL", "2001-01-01")).contains("HOBREB");
    // "This should override the next restriction": the narrower range wins.
    assertThat(codeOn(d, "SAM_GAMGEE", "2010-01-10")).contains("ORCHOB");
    assertThat(codeOn(d, "SAM_GAMGEE", "2009-01-10")).contains("HOBMIL");
    assertThat(codeOn(d, "ENT", "2009-01-10")).contains("ENT");
    assertThat(d.findPhrase("BOROMIR").orElseThrow().codes()).isEmpty();
  }

  @Test
  void rejectsAStartOutsideTheTokens() {
    ActorDictionary d = ActorDictionary.read(List.of());
    assertThatThrownBy(() -> d.longestMatch(List.of("a"), 2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("start");
    assertThat(d.longestMatch(List.of("a"), 1)).isEmpty();
  }
}
