package org.parley.coding.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.gazetteer.Gazetteer;
import org.parley.gazetteer.GeoCountry;
import org.parley.gazetteer.GeoPlace;
import org.parley.gazetteer.GeoSeat;
import org.parley.model.ActorCode;
import org.parley.model.DictionaryEntry;
import org.parley.ontology.Countries;
import org.parley.ontology.Country;

/**
 * Actor entries made from Parley's gazetteer rather than from a dictionary file: the seats of
 * government of {@code seats.tsv} ("the Kremlin": RUSGOV) and the names, demonyms and capitals of
 * countries ("Naypyidaw": MMR). Their provenance is {@code seats.tsv:LINE} (the line of {@code
 * gazetteer/npm/seats.tsv}) or {@code countries.tsv:LINE} (the gazetteer's country table).
 */
public final class GazetteerActors {
  /** The file name in the provenance of seat entries; the resolver reads these as metonyms. */
  public static final String SEATS = "seats.tsv";

  /** The file name in the provenance of country entries. */
  public static final String COUNTRIES = "countries.tsv";

  /**
   * Countries whose CAMEO code is neither their ISO 3166 code nor found from it in the CAMEO
   * country list: Kosovo is XKX in ISO's user-assigned range and KSV in CAMEO.
   */
  private static final Map<String, String> CAMEO_BY_ISO3 = Map.of("XKX", "KSV");

  private GazetteerActors() {}

  /**
   * One entry for each name and alternate name of every seat with an actor code, and the same with
   * "the" before it ("the Kremlin"), all coded with the seat's actor code.
   */
  public static List<ActorEntry> seats(Gazetteer gazetteer) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    List<ActorEntry> out = new ArrayList<>();
    for (GeoSeat seat : gazetteer.seats()) {
      if (seat.actorCode().isEmpty()) {
        continue;
      }
      List<DatedCode> codes = List.of(DatedCode.always(new ActorCode(seat.actorCode().get())));
      boolean first = true;
      for (String name : seat.names()) {
        List<String> words = PhraseWords.of(name);
        if (words.isEmpty()) {
          continue;
        }
        String written = (first ? "" : "+") + String.join("_", words) + "_";
        DictionaryEntry provenance = new DictionaryEntry(SEATS, seat.sourceLine(), written);
        out.add(new ActorEntry(words, codes, provenance));
        if (!words.get(0).equals("THE")) {
          List<String> withThe = new ArrayList<>(words.size() + 1);
          withThe.add("THE");
          withThe.addAll(words);
          out.add(
              new ActorEntry(
                  withThe,
                  codes,
                  new DictionaryEntry(
                      SEATS, seat.sourceLine(), "+THE_" + String.join("_", words) + "_")));
        }
        first = false;
      }
    }
    return out;
  }

  /**
   * Country names, demonyms and capitals coded with the country's CAMEO code, meant as the lowest
   * priority entries ({@link ActorDictionary#read(List, List, List)}'s fallback): the dictionaries'
   * own entries win. A country is included only when its CAMEO code is a three-letter country code
   * of {@code cameoCountries} equal to its ISO code (or mapped from it by that list, as
   * Timor-Leste's TLS to TMP, or Kosovo's XKX to KSV); dependencies that CAMEO codes under their
   * sovereign (Puerto Rico, USAPRI) are left out. A phrase is included only when it stands for this
   * one country in the gazetteer ("Korean", North or South, never is), and:
   *
   * <ul>
   *   <li>a name: the common name, or another name of two or more words ("Republic of the Union of
   *       Myanmar"), or of one word with a letter outside ASCII ("Türkiye"), so that no endonym is
   *       an English word ("Island" is Iceland's); none with a comma ("Korea, Republic of");
   *   <li>a demonym: without a comma or "or" ("Antiguan, Barbudan");
   *   <li>a capital: of this country alone, and the most populous city of that name is in it
   *       (Seychelles' Victoria is not, so "Victoria" is left out).
   * </ul>
   *
   * No phrase starts with "the": matching ignores case, and "The Valley" (Anguilla's capital) would
   * take every "the valley".
   */
  public static List<ActorEntry> countries(Gazetteer gazetteer, Countries cameoCountries) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(cameoCountries, "cameoCountries");
    Map<String, Integer> capitalCount = new HashMap<>();
    for (GeoCountry c : gazetteer.countries()) {
      for (String capital : c.capitals()) {
        capitalCount.merge(Gazetteer.fold(capital), 1, Integer::sum);
      }
    }
    List<ActorEntry> out = new ArrayList<>();
    List<GeoCountry> countries = gazetteer.countries();
    for (int i = 0; i < countries.size(); i++) {
      GeoCountry c = countries.get(i);
      Optional<String> cameo = cameoCode(c.iso3(), cameoCountries);
      if (cameo.isEmpty()) {
        continue;
      }
      List<DatedCode> codes = List.of(DatedCode.always(new ActorCode(cameo.get())));
      int line = i + 2; // countries.tsv has a header line and one country a line, in this order
      List<String> phrases = new ArrayList<>();
      for (String name : c.names()) {
        List<String> words = PhraseWords.of(name);
        boolean nameOk =
            name.equals(c.name())
                || words.size() >= 2 && capitalised(name)
                || words.size() == 1 && !isAscii(name) && name.length() >= 4;
        if (nameOk && !name.contains(",") && standsFor(gazetteer, name, c)) {
          phrases.add(name);
        }
      }
      for (String demonym : c.demonyms()) {
        if (!demonym.contains(",")
            && !PhraseWords.of(demonym).contains("OR")
            && standsFor(gazetteer, demonym, c)) {
          phrases.add(demonym);
        }
      }
      for (String capital : c.capitals()) {
        if (capitalCount.getOrDefault(Gazetteer.fold(capital), 0) == 1
            && largestCityIn(gazetteer, capital, c)
            && gazetteer.countryByName(capital).map(o -> o.equals(c)).orElse(true)) {
          phrases.add(capital);
        }
      }
      boolean first = true;
      for (String phrase : phrases) {
        List<String> words = PhraseWords.of(phrase);
        if (words.isEmpty() || words.get(0).equals("THE")) {
          continue; // "The Valley" (Anguilla's capital) would take every "the valley"
        }
        String written = (first ? "" : "+") + String.join("_", words) + "_";
        out.add(new ActorEntry(words, codes, new DictionaryEntry(COUNTRIES, line, written)));
        first = false;
      }
    }
    return out;
  }

  /** The CAMEO code of a country by its ISO alpha-3 code, if it is a three-letter CAMEO country. */
  static Optional<String> cameoCode(String iso3, Countries cameoCountries) {
    String mapped = CAMEO_BY_ISO3.get(iso3);
    Optional<String> code =
        mapped != null
            ? cameoCountries.findByCameo(mapped).map(Country::cameoCode)
            : cameoCountries.findByIso3(iso3).map(Country::cameoCode);
    return code.filter(k -> k.length() == 3);
  }

  private static boolean standsFor(Gazetteer gazetteer, String phrase, GeoCountry country) {
    return gazetteer.countryByName(phrase).map(c -> c.iso3().equals(country.iso3())).orElse(false);
  }

  private static boolean largestCityIn(Gazetteer gazetteer, String name, GeoCountry country) {
    return gazetteer.byName(name).stream()
        .filter(p -> p.kind() == GeoPlace.Kind.CITY)
        .findFirst()
        .map(p -> p.countryIso3().equals(country.iso3()))
        .orElse(false);
  }

  /**
   * Whether every word starts with a capital letter or holds an apostrophe ("Côte d'Ivoire"): long
   * forms with "of" ("Kingdom of Morocco") are split by the parse at "of", and a phrase spanning
   * two noun phrases would take the place of the country in "the Ambassador of Kingdom of Morocco".
   */
  private static boolean capitalised(String name) {
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && w.indexOf('\'') < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(ch -> ch < 0x80);
  }
}
