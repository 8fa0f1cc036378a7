package org.parley.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

class AgentDictionaryTest {
  private static AgentDictionary phoenix;

  @BeforeAll
  static void load() {
    phoenix =
        AgentDictionary.read(
            List.of(DataPack.fromEnvironment().phoenix().resolve("Phoenix.agents.txt")));
  }

  private static PhraseMatch<AgentEntry> match(AgentDictionary d, String text) {
    return d.longestMatch(List.of(text.split(" ")), 0)
        .orElseThrow(() -> new AssertionError("no agent in: " + text));
  }

  @Test
  void ambassadorIsGovernment() {
    PhraseMatch<AgentEntry> m = match(phoenix, "ambassador");
    assertThat(m.entry().sectors()).containsExactly("GOV");
    assertThat(m.entry().precedesActor()).isFalse();
    assertThat(m.entry().provenance()).hasToString("Phoenix.agents.txt:561 AMBASSADOR");
  }

  @Test
  void ambassadorsIsTheGeneratedPlural() {
    PhraseMatch<AgentEntry> m = match(phoenix, "Ambassadors");
    assertThat(m.entry().words()).containsExactly("AMBASSADORS");
    assertThat(m.entry().sectors()).containsExactly("GOV");
    assertThat(m.entry().provenance().line()).isEqualTo(561);
  }

  @Test
  void nationalSecurityAdviserIsGovernmentAndMilitary() {
    PhraseMatch<AgentEntry> m = match(phoenix, "national security adviser Bolton");
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.entry().sectors()).containsExactly("GOV", "MIL");
  }

  @Test
  void aPhraseBeforeEmptyBracesIsTheAgentWithoutAPlural() {
    PhraseMatch<AgentEntry> m = match(phoenix, "ambassador to Seoul");
    assertThat(m.end()).isEqualTo(2);
    assertThat(m.entry().provenance()).hasToString("Phoenix.agents.txt:564 AMBASSADOR_TO {}");
    assertThat(phoenix.findPhrase("AMBASSADORS_TO")).isEmpty();
  }

  @Test
  void expandsSubstitutionSets() {
    assertThat(match(phoenix, "foreign ministry").entry().provenance().line()).isEqualTo(726);
    assertThat(match(phoenix, "policewomen").entry().sectors()).containsExactly("COP");
  }

  @Test
  void reportsThePhoenixAgentsMalformedLines() {
    assertThat(
            phoenix.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::located))
        .containsExactly(
            "Phoenix.agents.txt:544: code '[~ENV}' has no closing ']'",
            "Phoenix.agents.txt:1927: agent 'ISLAMIC_EXTREMIST' has no code; agents need one such as [~GOV]");
    assertThat(phoenix.size()).isEqualTo(5126);
  }

  @Test
  void readsThePetrarchValidationAgentsWithoutDiagnostics() {
    Path file =
        DataPack.fromEnvironment().gold().resolve("petrarch-unit-tests/PETR.Validate.agents.txt");
    AgentDictionary d = AgentDictionary.read(List.of(file));
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.findPhrase("CONGRESSES").orElseThrow().sectors()).containsExactly("LEG");
    assertThat(d.findPhrase("MINISTRIES_OF_SILLY_WALKS").orElseThrow().sectors())
        .containsExactly("GOV");
    assertThat(d.findPhrase("human rights organization").orElseThrow().precedesActor()).isTrue();
    assertThat(d.findPhrase("GOLDEN_GEESE").orElseThrow().sectors()).containsExactly("GGS");
    assertThat(d.findPhrase("GOLDEN_GOOSES")).isEmpty();
  }

  @Test
  void readsEveryAgentFormAndLocatesTheMalformedOnes() {
    AgentDictionary d =
        AgentDictionary.read(List.of(ActorDictionaryTest.resource("substitutions.agents.txt")));
    assertThat(d.diagnostics())
        .extracting(Diagnostic::located)
        .containsExactly(
            "substitutions.agents.txt:10: agent 'ISLAMIC_EXTREMIST' has no code; agents need one such as [~GOV]",
            "substitutions.agents.txt:11: code '[~MIL' has no closing ']'",
            "substitutions.agents.txt:12: substitution set !NOBODY! is not defined (defined: [PERSON, MINST])",
            "substitutions.agents.txt:13: agent code [~GO] is not sector codes of three letters");
    assertThat(d.findPhrase("congresswomen").orElseThrow().sectors()).containsExactly("LEG");
    assertThat(d.findPhrase("CONGRESSMANS")).isEmpty();
    assertThat(d.findPhrase("ministry of silly walks")).isPresent();
    assertThat(d.findPhrase("attorneys general").orElseThrow().sectors())
        .containsExactly("GOV", "JUD");
    assertThat(d.findPhrase("attorney generals")).isEmpty();
    assertThat(d.findPhrase("police").orElseThrow().sectors()).containsExactly("COP");
    assertThat(d.findPhrase("polices")).isEmpty();
    assertThat(d.findPhrase("peacekeeping troops").orElseThrow().precedesActor()).isTrue();
    assertThat(d.findPhrase("secretaries").orElseThrow().sectors()).containsExactly("GOV");
    assertThat(d.size()).isEqualTo(12);
  }

  @Test
  void formsRegularEnglishPlurals() {
    assertThat(AgentDictionary.plural("ATTORNEY")).contains("ATTORNEYS");
    assertThat(AgentDictionary.plural("SECRETARY")).contains("SECRETARIES");
    assertThat(AgentDictionary.plural("CONGRESS")).contains("CONGRESSES");
    assertThat(AgentDictionary.plural("CHURCH")).contains("CHURCHES");
    assertThat(AgentDictionary.plural("MONARCH")).contains("MONARCHS");
    assertThat(AgentDictionary.plural("MILITIAMAN")).contains("MILITIAMEN");
    assertThat(AgentDictionary.plural("HUMAN")).contains("HUMANS");
    assertThat(AgentDictionary.plural("OFFICIAL")).contains("OFFICIALS");
    assertThat(AgentDictionary.plural("'S")).isEmpty();
  }
}
