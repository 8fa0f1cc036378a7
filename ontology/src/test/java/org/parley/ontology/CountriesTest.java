package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;

class CountriesTest {
  private static DataPack pack;
  private static Countries countries;

  @BeforeAll
  static void readPack() {
    pack = DataPack.fromEnvironment();
    countries = Countries.read(pack);
  }

  @Test
  void findsTheKoreasAndRussiaByEveryCode() {
    Country kor = countries.findByCameo("KOR").orElseThrow();
    assertThat(kor.name()).isEqualTo("South Korea");
    assertThat(kor.iso3()).contains("KOR");
    assertThat(kor.cowCode()).isEqualTo(OptionalInt.of(732));
    Country prk = countries.findByIso3("PRK").orElseThrow();
    assertThat(prk.name()).isEqualTo("North Korea");
    assertThat(prk.cowCode()).isEqualTo(OptionalInt.of(731));
    Country rus = countries.findByCameo("RUS").orElseThrow();
    assertThat(rus.name()).isEqualTo("Russian Federation");
    assertThat(rus.names()).startsWith("Russian Federation", "Russia");
    assertThat(rus.cowCode()).isEqualTo(OptionalInt.of(365));
    assertThat(countries.findByIso3("rus")).contains(rus);
  }

  @Test
  void findsNamesIgnoringCaseAccentsAndPunctuation() {
    assertThat(countries.findByName("south korea").map(Country::cameoCode)).contains("KOR");
    assertThat(countries.findByName("RUSSIA").map(Country::cameoCode)).contains("RUS");
    assertThat(countries.findByName("Cote d’Ivoire").map(Country::cameoCode)).contains("CIV");
    assertThat(countries.findByName("curacao").map(Country::cameoCode)).contains("CUW");
    assertThat(countries.findByName("U.S. Virgin Islands").map(Country::cameoCode))
        .contains("USAVIR");
    assertThat(countries.findByName("Narnia")).isEmpty();
  }

  @Test
  void addsPetrarchSynonymsAsFurtherNames() {
    assertThat(countries.findByName("Afghan").map(Country::cameoCode)).contains("AFG");
    assertThat(countries.findByName("Islamic Republic of Afghanistan").map(Country::cameoCode))
        .contains("AFG");
    assertThat(countries.requireByCameo("AFG").name()).isEqualTo("Afghanistan");
    Country ddr = countries.requireByCameo("DDR");
    assertThat(ddr.name()).isEqualTo("GERMAN DEMOCRATIC REPUBLIC");
    assertThat(ddr.iso3()).isEmpty();
  }

  @Test
  void codesTerritoriesUnderTheirSovereignOrAsDependencies() {
    assertThat(countries.findByName("Mayotte").map(Country::cameoCode)).contains("FRA");
    assertThat(countries.findByName("Jersey").map(Country::cameoCode)).contains("GBR");
    assertThat(countries.requireByCameo("GBR").cowCode()).isEqualTo(OptionalInt.of(200));
    Country guam = countries.findByIso3("GUM").orElseThrow();
    assertThat(guam.cameoCode()).isEqualTo("USAGUM");
    assertThat(guam.cowCode()).isEmpty();
    assertThat(countries.findByIso3("USA").map(Country::cameoCode)).contains("USA");
  }

  @Test
  void mapsCameoCodesThatAreNotIsoCodes() {
    assertThat(countries.requireByCameo("TMP").iso3()).contains("TLS");
    assertThat(countries.findByIso3("TLS").map(Country::cameoCode)).contains("TMP");
    assertThat(countries.requireByCameo("ANT").iso3()).contains("ATA");
    assertThat(countries.requireByCameo("GBRIMY").iso3()).contains("IMN");
    assertThat(countries.requireByCameo("FRNWLF").iso3()).contains("WLF");
    Country kosovo = countries.requireByCameo("KSV");
    assertThat(kosovo.iso3()).isEmpty();
    assertThat(kosovo.cowCode()).isEqualTo(OptionalInt.of(347));
    assertThat(countries.requireByCameo("NLDANT").iso3()).isEmpty();
    assertThat(countries.requireByCameo("PSEGZA").iso3()).isEmpty();
    long notIso =
        countries.all().stream().filter(c -> !c.iso3().equals(Optional.of(c.cameoCode()))).count();
    assertThat(notIso).isEqualTo(28);
  }

  @Test
  void readsEveryCountryOfThePackAndReportsItsGaps() {
    assertThat(countries.all()).hasSize(241);
    String icews = pack.require("dictionaries/icews/countrynames.txt").toString();
    String phoenix = pack.require("dictionaries/phoenix/Phoenix.Countries.actors.txt").toString();
    assertThat(countries.diagnostics())
        .containsExactly(
            Diagnostic.warning(icews, "94", "no COW code for Guinea (000 would mean none)"),
            Diagnostic.warning(
                phoenix,
                "2360",
                "name 'CHRISTMAS ISLAND' of AUS already names CXR; findByName gives CXR"),
            Diagnostic.warning(
                phoenix,
                "2361",
                "name 'COCOS ISLANDS' of AUS already names CCK; findByName gives CCK"),
            Diagnostic.warning(
                phoenix,
                "31743",
                "name 'WESTERN SAHARA' of MAR already names ESH; findByName gives ESH"));
    assertThat(countries.requireByCameo("GIN").cowCode()).isEmpty();
  }

  @Test
  void misuseFailsNamingTheArgument() {
    assertThatThrownBy(() -> countries.findByName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> countries.requireByCameo("XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cameoCode: 'XYZ' is not a known country");
  }

  @Test
  void badLinesBecomeDiagnosticsAndTheRestIsRead(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("countrynames.txt");
    Files.writeString(
        names,
        "NULL\t---\t000\n"
            + "Korea\tKOR\t732\n"
            + "Korea, Republic of\tKOR\t999\n"
            + "Atlantis\tatl\t000\n"
            + "Two fields\tTWO\n"
            + "Lemuria\tLEM\tx12\n"
            + "\tNON\t000\n");
    Path phoenix = dir.resolve("actors.txt");
    Files.writeString(
        phoenix, "# header\nKOREA_  [KOR]\n+HANGUK_ \n+KOREA_ # again\nSEOUL_\n+NOT_A_SYNONYM\n");
    Countries c = Countries.read(names, Optional.of(phoenix));
    String f = names.toString();
    assertThat(c.diagnostics())
        .containsExactly(
            Diagnostic.warning(f, "3", "COW code 999 for KOR differs from 732; keeps 732"),
            Diagnostic.error(f, "4", "CAMEO code 'atl' is not 3 or 6 upper-case letters"),
            Diagnostic.error(f, "5", "expected name, CAMEO code, COW code; found 2 fields"),
            Diagnostic.error(f, "6", "COW code 'x12' is not a number"),
            Diagnostic.error(f, "7", "no country name"));
    assertThat(c.all()).hasSize(2);
    assertThat(c.requireByCameo("KOR").names())
        .containsExactly("Korea", "Korea, Republic of", "HANGUK");
    assertThat(c.requireByCameo("LEM").cowCode()).isEmpty();
    assertThat(c.findByName("not a synonym")).isEmpty();
  }
}
