package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.dictionary.PatternElement.NounPhrase;
import org.parley.coding.dictionary.PatternElement.PrepPhrase;
import org.parley.coding.dictionary.PatternElement.SynonymRef;
import org.parley.coding.dictionary.PatternElement.Target;
import org.parley.coding.dictionary.PatternElement.Word;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/** Reads the pack's CAMEO.2.0.txt, the PETRARCH2 verb dictionary of the Phoenix data set. */
class VerbDictionaryTest {

  private static VerbDictionary cameo;

  @BeforeAll
  static void readCameo() {
    Path file =
        Path.of(System.getProperty("parley.data"), "dictionaries", "phoenix", "CAMEO.2.0.txt");
    long start = System.nanoTime();
    cameo = VerbDictionary.read(file);
    System.out.printf("CAMEO.2.0.txt read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The pack README counts 40 sets, 397 blocks and 4,668 pattern lines. 13 of those lines cannot be
   * read and are skipped with a located error: 2 with unbalanced ')', 9 with "A/B" alternatives, 2
   * naming undefined sets (&WEATHER, &DEMONSTRATION). The other 4 diagnostics are warnings: [080!]
   * and +WIRE_TAP's braced forms.
   */
  @Test
  void readsEveryBlockAndSetAndAllButThirteenPatterns() {
    assertThat(cameo.synonymSets().size()).isEqualTo(40);
    assertThat(cameo.blockCount()).isEqualTo(397);
    assertThat(cameo.patternCount()).isEqualTo(4655);
    assertThat(cameo.formCount()).isEqualTo(1820);
    assertThat(cameo.transformations()).hasSize(8);
    List<String> errorLines =
        cameo.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .map(Diagnostic::record)
            .toList();
    assertThat(errorLines)
        .containsExactly(
            "2374", "5256", "5451", "7606", "7771", "8443", "8444", "8447", "8448", "8452", "8991",
            "9018", "9022");
    assertThat(cameo.diagnostics()).hasSize(17);
    assertThat(cameo.diagnostics().get(0).located())
        .endsWith(
            "CAMEO.2.0.txt:2194: verb: form +WIRE_TAPS does not fit +WIRE_TAP (other words or + position differ);"
                + " read as a verb of its own");
  }

  @Test
  void meetFindsMeetPeopleAndItsForTalksPattern() {
    List<VerbMatch> matches = cameo.lookup("meet");
    assertThat(matches).hasSize(1);
    VerbBlock block = matches.get(0).block();
    assertThat(block.name()).isEqualTo("MEET_PEOPLE");
    assertThat(block.code().flatMap(EventCodeSpec::primary)).contains("040");
    assertThat(matches.get(0).code().raw()).isEqualTo("040");

    VerbPattern forTalks =
        block.patterns().stream()
            .filter(p -> p.provenance().line() == 5443)
            .findFirst()
            .orElseThrow();
    assertThat(forTalks.before()).isEmpty();
    assertThat(forTalks.after()).containsExactly(new PrepPhrase("FOR", List.of(new Word("TALKS"))));
    assertThat(forTalks.code().primary()).contains("036");
    assertThat(forTalks.code().secondary()).contains("036");
    assertThat(forTalks.specificity()).isEqualTo(2);
    assertThat(forTalks.provenance().file()).isEqualTo("CAMEO.2.0.txt");
    assertThat(forTalks.provenance().entry()).startsWith("- * (FOR TALKS)").endsWith("# MEET");
    assertThat(forTalks).hasToString("* (FOR TALKS) [036:036]");
  }

  @Test
  void inflectedFormsFindTheirBlock() {
    List<VerbMatch> visited = cameo.lookup("visited");
    assertThat(visited).hasSize(1);
    assertThat(visited.get(0).block().name()).isEqualTo("VISIT");
    assertThat(visited.get(0).code()).isEqualTo(EventCodeSpec.parse("[042:043]").orElseThrow());
    assertThat(visited.get(0).block().provenance())
        .isEqualTo(new DictionaryEntry("CAMEO.2.0.txt", 5580, "---  VISIT   [042:043]  ---"));

    List<VerbMatch> met = cameo.lookup("MET");
    assertThat(met).extracting(m -> m.block().name()).containsExactly("MEET_PEOPLE");
    assertThat(met.get(0).form().lemma()).isEqualTo("MEET");
    // braced forms are complete: nothing regular is generated for MEET
    assertThat(cameo.lookup("meeted")).isEmpty();
  }

  @Test
  void lookupPhraseGivesMultiWordVerbsLongestFirst() {
    List<VerbMatch> found = cameo.lookupPhrase(List.of("met", "with", "rebels"), 0);
    assertThat(found)
        .extracting(m -> String.join("_", m.form().words()))
        .containsExactly("MEET_WITH", "MEET");
    assertThat(found.get(0).block().name()).isEqualTo("MEET_PEOPLE");

    List<VerbMatch> callOff = cameo.lookupPhrase(List.of("They", "called", "off", "talks"), 1);
    assertThat(callOff.get(0).form().words()).containsExactly("CALL", "OFF");
    assertThat(callOff.get(0).block().name()).isEqualTo("CANCEL");
    assertThat(callOff.get(0).code().raw()).isEqualTo("160");
    assertThat(cameo.lookupCompounds("called"))
        .extracting(m -> String.join("_", m.form().words()))
        .contains("CALL_OFF");
  }

  @Test
  void currencySetHasMembersAndPlurals() {
    SynonymSets.SynonymSet currency = cameo.synonymSets().require("&CURRENCY");
    assertThat(currency.members()).contains(List.of("MONEY"), List.of("CASH"), List.of("DOLLAR"));
    assertThat(currency.matchForms()).contains(List.of("DOLLARS"), List.of("CURRENCIES"));
    // CASH_ asks for no plural
    assertThat(currency.matchForms()).doesNotContain(List.of("CASHES"));
    assertThat(cameo.synonymSets().find("TOBEVERB")).isPresent();
  }

  @Test
  void readsNestedPhrasesSynonymsAndRoleMarkers() {
    VerbBlock meet = cameo.requireBlock("meet_people");
    VerbPattern engage =
        meet.patterns().stream()
            .filter(p -> p.provenance().line() == 5449)
            .findFirst()
            .orElseThrow();
    PrepPhrase in = (PrepPhrase) engage.after().get(0);
    assertThat(in.preposition()).isEqualTo("IN");
    NounPhrase verbalFight = (NounPhrase) in.elements().get(0);
    assertThat(verbalFight.elements().get(0)).isEqualTo(new Word("VERBAL"));
    assertThat(((SynonymRef) verbalFight.head()).name()).isEqualTo("FIGHT");
    // a braced phrase is a head with its modifiers, not a run of consecutive words
    assertThat(verbalFight.consecutive()).isFalse();

    VerbPattern byForces =
        cameo.requireBlock("SUPPORT").patterns().stream()
            .filter(p -> p.provenance().line() == 5785)
            .findFirst()
            .orElseThrow();
    assertThat(byForces.before()).containsExactly(new Target());
    assertThat(byForces.after()).containsExactly(new PrepPhrase("BY", List.of(new Word("FORCES"))));

    // &FIGHT_CRIM is no set: the longest defined name wins, the rest is a joined word
    VerbPattern crim =
        cameo.blocks().stream()
            .flatMap(b -> b.patterns().stream())
            .filter(p -> p.provenance().line() == 2406)
            .findFirst()
            .orElseThrow();
    NounPhrase joined = (NounPhrase) crim.after().get(0);
    assertThat(((SynonymRef) joined.elements().get(0)).name()).isEqualTo("FIGHT");
    assertThat(joined.head()).isEqualTo(new Word("CRIM"));
  }

  @Test
  void readsPetrarchValidationDictionary() {
    Path file =
        Path.of(
            System.getProperty("parley.data"),
            "gold",
            "petrarch-unit-tests",
            "PETR.Validate.verbs.txt");
    VerbDictionary d = VerbDictionary.read(file);
    // 261 headers, but SHOT is opened twice and merged; line 992's [###] is cut by the # comment
    assertThat(d.blockCount()).isEqualTo(260);
    assertThat(d.patternCount()).isEqualTo(473);
    assertThat(d.synonymSets().size()).isEqualTo(17);
    assertThat(
            d.diagnostics().stream()
                .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::record))
        .containsExactly("688", "1025", "992");

    assertThat(d.lookup("rst")).isEmpty();
    VerbMatch rst = d.lookupCompounds("rst").get(0);
    assertThat(rst.form().words()).containsExactly("KLM", "NOP", "RST");
    assertThat(rst.form().verbIndex()).isEqualTo(2);
    assertThat(rst.code().raw()).isEqualTo("002");

    VerbPattern suggested = d.requireBlock("ACCORD").patterns().get(0);
    assertThat(suggested.before()).containsExactly(new Word("SUGGESTED"), new Target());
    NounPhrase demand = (NounPhrase) suggested.after().get(0);
    assertThat(demand.elements()).hasSize(3);
    assertThat(demand.head()).isEqualTo(new Word("CONVENTIONS"));
    // DEMAND_&GENINT_CONVENTIONS: '_' joins consecutive words (TABARI's and PETRARCH-1's meaning)
    assertThat(demand.consecutive()).isTrue();
    assertThat(demand.toString()).isEqualTo("DEMAND_&GENINT_CONVENTIONS");

    // an embedded set stands for its members: &ACCORDSYN holds +&TIETYPES and +&CURRENCY
    assertThat(d.synonymSets().require("ACCORDSYN").members())
        .contains(List.of("MILITARY"), List.of("CLOSER"), List.of("SWISS", "FRANCS"));
    VerbPattern inStar = d.requireBlock("ACCORD").patterns().get(2);
    assertThat(inStar.before()).containsExactly(new Word("IN"));
    assertThat(inStar.after()).isEmpty();
  }
}
