package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

class DiscardDictionaryTest {
  private static DiscardDictionary phoenix;

  @BeforeAll
  static void load() {
    phoenix =
        DiscardDictionary.read(
            List.of(DataPack.fromEnvironment().phoenix().resolve("Phoenix.discards.txt")));
  }

  private static List<String> tokens(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void readsThePhoenixDiscardsWithoutDiagnostics() {
    assertThat(phoenix.diagnostics()).isEmpty();
    assertThat(phoenix.size()).isEqualTo(505);
  }

  @Test
  void aLaterFileWithdrawsAnEarlierPhrase(@TempDir Path dir) throws IOException {
    Path parley = dir.resolve("Parley.discards.txt");
    Files.writeString(parley, "-WEEKS AGO\n-NO SUCH PHRASE\n");
    DiscardDictionary both =
        DiscardDictionary.read(
            List.of(DataPack.fromEnvironment().phoenix().resolve("Phoenix.discards.txt"), parley));
    assertThat(phoenix.findIn(tokens("they took him hostage two weeks ago"))).isPresent();
    assertThat(both.findIn(tokens("they took him hostage two weeks ago"))).isEmpty();
    assertThat(both.size()).isEqualTo(504);
    assertThat(both.diagnostics())
        .extracting(Diagnostic::reason)
        .containsExactly("withdrawn discard 'NO SUCH PHRASE' is not listed in an earlier file");
  }

  @Test
  void findsASentenceDiscardAndItsTokenRange() {
    PhraseMatch<DiscardEntry> m =
        phoenix.findIn(tokens("Egypt won the African Nations Cup on Sunday")).orElseThrow();
    assertThat(m.start()).isEqualTo(3);
    assertThat(m.end()).isEqualTo(6);
    assertThat(m.entry().scope()).isEqualTo(DiscardEntry.Scope.SENTENCE);
    assertThat(m.entry().provenance().line()).isEqualTo(134);
  }

  @Test
  void prefersAStoryDiscardOverAnEarlierSentenceDiscard() {
    PhraseMatch<DiscardEntry> m =
        phoenix.findIn(tokens("a baseball fan went golfing")).orElseThrow();
    assertThat(m.entry().scope()).isEqualTo(DiscardEntry.Scope.STORY);
    assertThat(m.entry().provenance().entry()).isEqualTo("+GOLFING");
  }

  @Test
  void matchesTheLastWordAsAStemUnlessTheEntryEndsWithAnUnderscore() {
    assertThat(phoenix.findIn(tokens("two baseballs")).map(m -> m.entry().provenance().line()))
        .contains(163);
    assertThat(phoenix.findIn(tokens("Group A will meet")))
        .map(m -> m.entry().provenance().line())
        .contains(267);
    assertThat(phoenix.findIn(tokens("Group Alpha will meet"))).isEmpty();
  }

  @Test
  void findsNothingInAPoliticalSentence() {
    assertThat(phoenix.findIn(tokens("The minister met the ambassador in Seoul"))).isEmpty();
  }

  @Test
  void readsThePetrarchValidationDiscards() {
    Path file =
        DataPack.fromEnvironment().gold().resolve("petrarch-unit-tests/PETR.Validate.discards.txt");
    DiscardDictionary d = DiscardDictionary.read(List.of(file));
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.size()).isEqualTo(9);
    PhraseMatch<DiscardEntry> m =
        d.findIn(tokens("at the World Golf Championships today")).orElseThrow();
    assertThat(m.entry().scope()).isEqualTo(DiscardEntry.Scope.STORY);
    assertThat(m.start()).isEqualTo(2);
    assertThat(m.end()).isEqualTo(5);
  }

  @Test
  void reportsLinesThatAreNotDiscards(@TempDir Path dir) throws IOException {
    Path file =
        Files.write(dir.resolve("x.discards.txt"), List.of("CRICKET", "+ [ABC]", "+", "TENNIS_"));
    DiscardDictionary d = DiscardDictionary.read(List.of(file));
    assertThat(d.diagnostics())
        .extracting(Diagnostic::located)
        .containsExactly(
            "x.discards.txt:2: discard '[ABC]' holds a code; discards have none",
            "x.discards.txt:3: empty discard phrase");
    assertThat(d.size()).isEqualTo(2);
  }
}
