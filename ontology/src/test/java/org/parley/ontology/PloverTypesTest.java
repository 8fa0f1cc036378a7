package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;
import org.parley.model.EventType;

class PloverTypesTest {
  private static PloverTypes plover;
  private static CameoCodebook codebook;

  @BeforeAll
  static void readPack() {
    DataPack pack = DataPack.fromEnvironment();
    plover = PloverTypes.read(pack);
    codebook = CameoCodebook.read(pack);
  }

  @Test
  void readsTheSixteenTypesInManualOrderWithoutProblems() {
    assertThat(plover.types())
        .containsExactly(
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT");
    assertThat(plover.diagnostics()).isEmpty();
  }

  @Test
  void readsConsultWithItsModesAndScores() {
    PloverType consult = plover.require("CONSULT");
    assertThat(consult.quadCategory()).isEqualTo("VERBAL COOPERATION");
    assertThat(consult.requiresRecipient()).isFalse();
    assertThat(consult.modes()).containsExactly("multilateral", "phone", "third-party", "visit");
    assertThat(consult.score()).isEqualTo(OptionalDouble.of(2.5));
    assertThat(consult.modeScores())
        .isEqualTo(Map.of("visit", 4.0, "third-party", 1.0, "multilateral", 4.0, "phone", 1.5));
    assertThat(plover.isMode("CONSULT", "visit")).isTrue();
    assertThat(plover.isMode("CONSULT", "riot")).isFalse();
    assertThat(plover.require("COOPERATE").requiresRecipient()).isTrue();
    assertThat(plover.require("AGREE").modes()).isEmpty();
  }

  @Test
  void readsTheContexts() {
    assertThat(plover.contexts())
        .hasSize(37)
        .startsWith("military", "intelligence")
        .endsWith("trafficking");
    assertThat(plover.isContext("economic")).isTrue();
    assertThat(plover.isContext("democracy")).isFalse();
    assertThat(plover.findContextDefinition("disasters"))
        .contains("disasters including both ``natural\" and accidents/spills etc.");
  }

  @Test
  void unknownTypesFailNamingTheValidOnes() {
    assertThat(plover.find("CONSUL")).isEmpty();
    assertThatThrownBy(() -> plover.require("CONSUL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("type: 'CONSUL' is not a PLOVER type; valid: [AGREE, CONSULT,");
  }

  @Test
  void everyCameoCodeMapsToAPloverTypeTheManualLists() {
    for (String code : codebook.codes()) {
      codebook
          .require(code)
          .ploverType()
          .ifPresent(t -> assertThat(plover.isType(t)).as(code).isTrue());
    }
  }

  /**
   * The 2021 map predates the manual's mode lists; these are the pairs the manual no longer has.
   */
  @Test
  void namesTheMapModesTheManualDoesNotList() {
    Set<String> stale = new TreeSet<>();
    for (String code : codebook.codes()) {
      EventType t = codebook.require(code);
      if (t.ploverMode().isPresent()
          && !plover.isMode(t.ploverType().get(), t.ploverMode().get())) {
        stale.add(t.ploverType().get() + "/" + t.ploverMode().get());
      }
    }
    assertThat(stale)
        .containsExactly(
            "ASSAULT/assassinate",
            "ASSAULT/cleansing",
            "ASSAULT/massacre",
            "ASSAULT/pro_autocracy",
            "ASSAULT/seize",
            "COERCE/ban",
            "RETREAT/ease",
            "RETREAT/return",
            "THREATEN/ban",
            "THREATEN/political");
  }

  @Test
  void badRowsBecomeDiagnostics(@TempDir Path dir) throws IOException {
    Path types = dir.resolve("types.tsv");
    Files.writeString(
        types,
        "event\tquad_category\trequires_recipient\tmodes\tplover_score\tmode_scores\tdefinition_tex\n"
            + "AID\tMATERIAL COOPERATION\tYes\t\t10.0\t\tGive.\n"
            + "aid\tMATERIAL COOPERATION\tYes\t\t10.0\t\tGive.\n"
            + "ASSAULT\tMATERIAL CONFLICT\tmaybe\tbeat;firearms\tlow\tbeat=-7.5;firearms\tHit.\n"
            + "AID\tshort\n");
    Path contexts = dir.resolve("contexts.tsv");
    Files.writeString(contexts, "context\tdefinition\nmilitary\tarmies\n\tnothing\n");
    PloverTypes p = PloverTypes.read(types, contexts);
    String f = types.toString();
    assertThat(p.diagnostics())
        .containsExactly(
            Diagnostic.error(f, "3", "event 'aid' is not a PLOVER type name"),
            Diagnostic.warning(f, "4", "requires_recipient 'maybe' is not Yes or No; taken as No"),
            Diagnostic.error(f, "4", "plover_score 'low' is not a number"),
            Diagnostic.error(f, "4", "mode score 'firearms' is not MODE=SCORE"),
            Diagnostic.error(f, "5", "expected 7 tab-separated fields, found 2"),
            Diagnostic.error(contexts.toString(), "3", "no context name"));
    assertThat(p.types()).containsExactly("AID", "ASSAULT");
    assertThat(p.require("ASSAULT").modeScores()).isEqualTo(Map.of("beat", -7.5));
    assertThat(p.contexts()).containsExactly("military");
  }
}
