package org.parley.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    gazetteer = Gazetteer.load();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        "gazetteer: %d places, %d names, %d countries, loaded in %d ms, heap +%d MB%n",
        gazetteer.size(),
        gazetteer.nameCount(),
        gazetteer.countries().size(),
        ms,
        (after - before) >> 20);
  }

  @Test
  void moscowIsTheRussianCapitalFirstAmongCities() {
    List<GeoPlace> moscow = gazetteer.byName("Moscow");
    GeoPlace first =
        moscow.stream().filter(p -> p.kind() == GeoPlace.Kind.CITY).findFirst().orElseThrow();
    assertThat(first.countryIso3()).isEqualTo("RUS");
    assertThat(first.lat()).isCloseTo(55.75, within(0.01));
    assertThat(first.lon()).isCloseTo(37.62, within(0.01));
    assertThat(first.featureCode()).isEqualTo("PPLC");
    assertThat(moscow).anyMatch(p -> p.countryIso3().equals("USA"));
  }

  @Test
  void parisHasCandidatesInFranceAndTexas() {
    List<GeoPlace> paris = gazetteer.byName("Paris");
    assertThat(paris.get(0).countryIso3()).isEqualTo("FRA");
    assertThat(paris)
        .anyMatch(p -> p.countryIso3().equals("USA") && p.admin1().orElse("").equals("Texas"));
  }

  @Test
  void findsCitiesByNameAndAlternateName() {
    assertThat(gazetteer.byName("Vladivostok").get(0).countryIso3()).isEqualTo("RUS");
    assertThat(gazetteer.byName("Hanoi").get(0).countryIso3()).isEqualTo("VNM");
    assertThat(gazetteer.byName("Ha Noi").get(0).countryIso3()).isEqualTo("VNM");
    assertThat(gazetteer.byName("Moskva").get(0).geonameId()).isEqualTo(524901);
    GeoPlace saoPaulo = gazetteer.byName("Sao Paulo").get(0);
    assertThat(saoPaulo.name()).isEqualTo("São Paulo");
    assertThat(saoPaulo.countryIso3()).isEqualTo("BRA");
    assertThat(gazetteer.byName("Washington")).anyMatch(p -> p.geonameId() == 4140963);
  }

  @Test
  void pyongyangIsNorthKoreasCapital() {
    assertThat(gazetteer.byName("Pyongyang").get(0).countryIso3()).isEqualTo("PRK");
    GeoPlace capital = gazetteer.capitalOf("PRK").orElseThrow();
    assertThat(capital.name()).isEqualTo("Pyongyang");
    assertThat(capital.featureCode()).isEqualTo("PPLC");
    assertThat(gazetteer.capitalOf("KOR").orElseThrow().name()).isEqualTo("Seoul");
  }

  @Test
  void seatsOfGovernmentNameTheirCity() {
    GeoPlace blueHouse = gazetteer.byName("Cheong Wa Dae").get(0);
    assertThat(blueHouse.kind()).isEqualTo(GeoPlace.Kind.SEAT);
    assertThat(blueHouse.countryIso3()).isEqualTo("KOR");
    assertThat(blueHouse.seatCity()).contains("Seoul");
    assertThat(gazetteer.byName("Blue House").get(0).seatCity()).contains("Seoul");
    assertThat(gazetteer.byName("Kremlin").get(0).seatCity()).contains("Moscow");
    assertThat(gazetteer.byName("Elysee Palace").get(0).countryIso3()).isEqualTo("FRA");
  }

  @Test
  void seatsSayWhichActorTheyStandFor() {
    GeoSeat kremlin =
        gazetteer.seats().stream()
            .filter(s -> s.name().equals("Kremlin"))
            .findFirst()
            .orElseThrow();
    assertThat(kremlin.actorCode()).contains("RUSGOV");
    assertThat(kremlin.sourceLine()).isPositive();
    GeoSeat blueHouse =
        gazetteer.seats().stream()
            .filter(s -> s.names().contains("Blue House"))
            .findFirst()
            .orElseThrow();
    assertThat(blueHouse.actorCode()).contains("KORGOV");
    assertThat(
            gazetteer.seats().stream()
                .filter(s -> s.name().equals("Panmunjom"))
                .findFirst()
                .orElseThrow()
                .actorCode())
        .isEmpty();
  }

  @Test
  void countriesAreFoundByNameAndDemonym() {
    assertThat(gazetteer.countryByName("South Korea").orElseThrow().iso3()).isEqualTo("KOR");
    assertThat(gazetteer.countryByName("Korea, Republic of").orElseThrow().iso3()).isEqualTo("KOR");
    assertThat(gazetteer.countryByName("Russian").orElseThrow().iso3()).isEqualTo("RUS");
    assertThat(gazetteer.countryByName("Kosovo").orElseThrow().iso3()).isEqualTo("XKX");
    assertThat(gazetteer.countryByName("Turkey").orElseThrow().iso3()).isEqualTo("TUR");
    assertThat(gazetteer.countryByName("UK").orElseThrow().iso3()).isEqualTo("GBR");
    assertThat(gazetteer.countriesByName("American"))
        .extracting(GeoCountry::iso3)
        .contains("USA", "MNP");
    assertThat(gazetteer.countryByName("American").orElseThrow().iso3()).isEqualTo("USA");
    assertThat(gazetteer.countryByName("Congolese")).isEmpty();
    assertThat(gazetteer.country("rus").orElseThrow().name()).isEqualTo("Russia");
    GeoPlace russia = gazetteer.byName("Russia").get(0);
    assertThat(russia.kind()).isEqualTo(GeoPlace.Kind.COUNTRY);
    assertThat(russia.featureCode()).isEqualTo("PCLI");
  }

  @Test
  void koreanIsAmbiguousBetweenTheTwoKoreas() {
    assertThat(gazetteer.countryByName("Korean")).isEmpty();
    assertThat(gazetteer.countriesByName("Korean"))
        .extracting(GeoCountry::iso3)
        .containsExactlyInAnyOrder("KOR", "PRK");
    assertThat(gazetteer.countriesByName("Atlantis")).isEmpty();
  }

  @Test
  void regionsAreIndexedWithTheCoordinatesOfTheirLargestCity() {
    assertThat(gazetteer.byName("Texas"))
        .anyMatch(p -> p.kind() == GeoPlace.Kind.ADMIN1 && p.countryIso3().equals("USA"));
    assertThat(gazetteer.byName("Tula"))
        .anyMatch(p -> p.kind() == GeoPlace.Kind.ADMIN1 && p.countryIso3().equals("RUS"));
  }

  @Test
  void foldIgnoresCaseAccentsAndPunctuation() {
    assertThat(Gazetteer.fold("  São   Paulo ")).isEqualTo("sao paulo");
    assertThat(Gazetteer.fold("Xi’an")).isEqualTo(Gazetteer.fold("Xian"));
    assertThat(Gazetteer.fold("St. Petersburg")).isEqualTo(Gazetteer.fold("Saint-Petersburg"));
    assertThat(Gazetteer.fold("Łódź")).isEqualTo("lodz");
    assertThat(Gazetteer.fold("Washington, D.C.")).isEqualTo("washington d c");
    assertThat(Gazetteer.fold("Ste-Foy")).isEqualTo("sainte foy");
    assertThat(Gazetteer.fold("Stuttgart")).isEqualTo("stuttgart");
    assertThat(Gazetteer.fold("N'Djamena")).isEqualTo("ndjamena");
    assertThat(Gazetteer.fold("Ḩalab")).isEqualTo("halab");
    assertThat(Gazetteer.fold("Hồ Chí Minh")).isEqualTo("ho chi minh");
    assertThat(Gazetteer.fold("...")).isEmpty();
  }

  @Test
  void sharedIsLoadedOnce() {
    assertThat(Gazetteer.shared()).isSameAs(Gazetteer.shared());
  }
}
