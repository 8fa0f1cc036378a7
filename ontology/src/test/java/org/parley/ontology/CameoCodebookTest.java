package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;
import org.parley.model.EventType;

class CameoCodebookTest {
  private static DataPack pack;
  private static CameoCodebook codebook;

  @BeforeAll
  static void readPack() {
    pack = DataPack.fromEnvironment();
    codebook = CameoCodebook.read(pack);
  }

  @Test
  void readsMakeAVisitAsConsultVisit() {
    assertThat(codebook.require("042"))
        .isEqualTo(
            new EventType(
                "042", "Make a visit", Optional.of("CONSULT"), Optional.of("visit"), 1.9, 1, 1));
    assertThat(codebook.name("042")).isEqualTo("Make a visit");
    assertThat(codebook.ploverContexts("042")).isEmpty();
  }

  @Test
  void mapsIntentToEaseEconomicSanctionsToAgree() {
    EventType t = codebook.require("0354");
    assertThat(t.ploverType()).contains("AGREE");
    assertThat(t.ploverMode()).isEmpty();
    assertThat(t.goldstein()).isEqualTo(7.0);
    assertThat(t.quadClass()).isEqualTo(1);
    assertThat(codebook.ploverContexts("0354")).containsExactly("economic");
  }

  @Test
  void conventionalForceIsMaterialConflictWithTheLowestGoldstein() {
    EventType t = codebook.require("190");
    assertThat(t.quadClass()).isEqualTo(4);
    assertThat(t.pentaClass()).isEqualTo(4);
    assertThat(t.goldstein()).isEqualTo(-10.0);
    assertThat(t.ploverType()).contains("ASSAULT");
    assertThat(t.root()).isEqualTo("19");
  }

  @Test
  void everyCodeInTheTableResolvesInFileOrder() throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> lines = Files.readAllLines(pack.require("codebooks/cameo_event_codes.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      expected.add(line.substring(0, line.indexOf('\t')));
    }
    assertThat(codebook.codes()).containsExactlyElementsOf(expected).hasSize(318);
    for (String code : expected) {
      EventType t = codebook.require(code);
      assertThat(t.cameoCode()).isEqualTo(code);
      assertThat(t.name()).as(code).isNotBlank();
      assertThat(t.goldstein()).as(code).isBetween(-10.0, 10.0);
      assertThat(t.quadClass()).as(code).isEqualTo(CameoCodebook.quadOfRoot(t.root()));
      assertThat(codebook.isKnown(code)).isTrue();
    }
  }

  @Test
  void keepsPhoenixPentaClassesWhereTheyDepartFromTheRootRule() {
    assertThat(codebook.require("091").pentaClass()).isEqualTo(3);
    assertThat(codebook.require("1411").pentaClass()).isEqualTo(4);
    assertThat(codebook.require("163").pentaClass()).isEqualTo(3);
    assertThat(codebook.require("010").pentaClass()).isZero();
    assertThat(codebook.require("0211").pentaClass()).isZero();
  }

  @Test
  void prefersGdeltGoldsteinAndFallsBackToPhoenix() {
    assertThat(codebook.require("163").goldstein()).isEqualTo(-8.0); // Phoenix says -6.5
    assertThat(codebook.require("016").goldstein()).isEqualTo(-2.0); // Phoenix says 3.4
    assertThat(codebook.require("1213").goldstein()).isEqualTo(-4.0); // GDELT has none
  }

  @Test
  void codesWithoutAnyGoldsteinTakeTheirParentsAndSaySo() {
    assertThat(codebook.require("155").goldstein())
        .isEqualTo(codebook.require("15").goldstein())
        .isEqualTo(-7.2);
    assertThat(codebook.require("1952").goldstein()).isEqualTo(-10.0);
    String tsv = pack.require("codebooks/cameo_event_codes.tsv").toString();
    String map = pack.require("codebooks/CAMEO2PLOVER-2021.txt").toString();
    assertThat(codebook.diagnostics())
        .containsExactly(
            Diagnostic.warning(
                map, "82", "code 08 mapped again (RETREAT); keeps line 70 (CONCEDE)"),
            Diagnostic.warning(tsv, "187", "code 1214 has no Goldstein score; uses 121's -4.0"),
            Diagnostic.warning(tsv, "258", "code 155 has no Goldstein score; uses 15's -7.2"),
            Diagnostic.warning(tsv, "280", "code 176 has no Goldstein score; uses 17's -7.0"),
            Diagnostic.warning(tsv, "301", "code 1834 has no Goldstein score; uses 183's -10.0"),
            Diagnostic.warning(tsv, "310", "code 1951 has no Goldstein score; uses 195's -10.0"),
            Diagnostic.warning(tsv, "311", "code 1952 has no Goldstein score; uses 195's -10.0"));
  }

  @Test
  void codesAbsentFromThePloverMapInheritTheirNearestParentsEntry() {
    EventType locationBombing = codebook.require("1834");
    assertThat(locationBombing.ploverType()).contains("ASSAULT");
    assertThat(locationBombing.ploverMode()).contains("suicide-attack");
    EventType cyberForces = codebook.require("155");
    assertThat(cyberForces.ploverType()).contains("MOBILIZE");
    assertThat(cyberForces.ploverMode()).isEmpty();
    assertThat(codebook.require("1951").ploverMode()).contains("heavy-weapons");
    assertThat(codebook.ploverContexts("1951")).containsExactly("military");
  }

  @Test
  void rootsTakeTheirTypeFromTheMapAndRoot08KeepsItsFirstEntry() {
    assertThat(codebook.require("03").ploverType()).contains("AGREE");
    assertThat(codebook.require("08").ploverType()).contains("CONCEDE");
    assertThat(codebook.require("084").ploverType()).contains("RETREAT");
    assertThat(codebook.require("20").ploverType()).contains("ASSAULT");
  }

  @Test
  void statementsAndAppealsHaveNoPloverType() {
    for (String code : List.of("01", "010", "019", "02", "0211", "028")) {
      assertThat(codebook.require(code).ploverType()).as(code).isEmpty();
    }
    long withType =
        codebook.codes().stream().filter(c -> codebook.require(c).ploverType().isPresent()).count();
    assertThat(withType).isEqualTo(318 - 39);
  }

  @Test
  void splitsSeveralContexts() {
    assertThat(codebook.ploverContexts("1124")).containsExactly("military", "legal");
    assertThat(codebook.ploverContexts("196")).containsExactly("legal", "military");
  }

  @Test
  void unknownCodesAreEmptyForFindAndFailForRequire() {
    assertThat(codebook.find("999")).isEmpty();
    assertThat(codebook.find("")).isEmpty();
    assertThat(codebook.isKnown("0999")).isFalse();
    assertThatThrownBy(() -> codebook.require("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code: '999' is not a CAMEO event code");
    assertThatThrownBy(() -> codebook.find(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void parentsRunFromNearestToRoot() {
    assertThat(CameoCodebook.parents("1834")).containsExactly("183", "18");
    assertThat(CameoCodebook.parents("042")).containsExactly("04");
    assertThat(CameoCodebook.parents("04")).isEmpty();
  }

  @Test
  void derivesClassesFromTheRootRuleWhenTheTableHasNone() {
    assertThat(
            List.of("01", "02", "03", "05", "06", "09", "10", "14", "15", "20").stream()
                .map(r -> CameoCodebook.quadOfRoot(r) + "/" + CameoCodebook.pentaOfRoot(r)))
        .containsExactly("1/0", "1/0", "1/1", "1/1", "2/2", "2/2", "3/3", "3/3", "4/4", "4/4");
  }

  private static final String HEADER =
      "code\tlevel\troot\troot_name\tname_manual\tname_gdelt\tgoldstein_gdelt\tgoldstein_parus_phoenix\t"
          + "quadclass_gdelt\tpentaclass_phoenix\tplover_event\tplover_mode\tplover_context\n";

  private static String row(
      String code,
      String name,
      String gdelt,
      String phoenix,
      String quad,
      String penta,
      String type,
      String mode) {
    return String.join(
            "\t",
            code,
            Integer.toString(code.length()),
            code.substring(0, 2),
            "ROOT",
            name,
            "",
            gdelt,
            phoenix,
            quad,
            penta,
            type,
            mode,
            "")
        + "\n";
  }

  @Test
  void badRecordsBecomeLocatedDiagnosticsAndTheRestIsRead(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("codes.tsv");
    Files.writeString(
        tsv,
        HEADER
            + row("14", "PROTEST", "-6.5", "", "", "", "", "") // 2
            + row("4x2", "Bad code", "1.0", "", "1", "1", "", "") // 3
            + "141\tonly\tthree\n" // 4
            + row("141", "Demonstrate", "lots", "-6.5", "9", "", "", "") // 5
            + "142\t3\t14\tROOT\t\"unclosed\t\t-4.5\t\t3\t4\t\t\t\n" // 6
            + row("141", "Again", "1.0", "", "3", "3", "", "") // 7
            + row("1411", "Demonstrate for leadership change", "", "", "", "", "", "") // 8
            + row("2105", "Not CAMEO", "1.0", "", "1", "1", "", "")); // 9
    Path map = dir.resolve("map.txt");
    Files.writeString(
        map,
        "# comment\n14: PROTEST\n141: PROTEST, demo,   # Demonstrate\nthis is not a mapping\n"
            + "1411: PROTEST, demo, executive; rights_freedoms, extra\n~~~~\n");
    CameoCodebook cb = CameoCodebook.read(tsv, map);
    String f = tsv.toString();
    assertThat(cb.diagnostics())
        .containsExactly(
            Diagnostic.error(
                map.toString(),
                "4",
                "not a 'CODE: TYPE, MODE, CONTEXT' line: this is not a mapping"),
            Diagnostic.error(
                map.toString(), "5", "more than three comma-separated fields after 1411"),
            Diagnostic.error(f, "3", "code '4x2' is not 2 to 4 digits"),
            Diagnostic.error(f, "4", "expected 13 tab-separated fields, found 3"),
            Diagnostic.error(f, "5", "goldstein_gdelt 'lots' is not a number"),
            Diagnostic.error(f, "5", "quadclass_gdelt '9' is not 1 to 4; derived from the root"),
            Diagnostic.error(f, "6", "quoted field opened at column 15 is not closed"),
            Diagnostic.warning(f, "7", "code 141 again; keeps line 5"),
            Diagnostic.error(f, "9", "code 2105 has no CAMEO root 01-20"),
            Diagnostic.warning(f, "8", "code 1411 has no Goldstein score; uses 141's -6.5"));
    assertThat(cb.codes()).containsExactly("14", "141", "1411");
    assertThat(cb.require("14"))
        .isEqualTo(
            new EventType("14", "PROTEST", Optional.of("PROTEST"), Optional.empty(), -6.5, 3, 3));
    assertThat(cb.require("141"))
        .isEqualTo(
            new EventType(
                "141", "Demonstrate", Optional.of("PROTEST"), Optional.of("demo"), -6.5, 3, 3));
    assertThat(cb.require("1411").ploverMode()).contains("demo");
  }

  @Test
  void aHeaderWithoutTheCodeColumnFailsNamingTheFile(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("codes.tsv");
    Files.writeString(tsv, "cameo\tname\n01\tSTATEMENT\n");
    Path map = dir.resolve("map.txt");
    Files.writeString(map, "");
    assertThatThrownBy(() -> CameoCodebook.read(tsv, map))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(tsv + ": header lacks column(s) [code, root,");
  }
}
