package org.parley.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Places, regions, countries and seats of government by name, from the files {@code
 * gazetteer/npm/build.js} writes into this package's resources (see NOTICE.txt there for sources
 * and licences). Immutable and safe to share between threads; {@link #shared()} loads it once.
 */
public final class Gazetteer {
  private static final String RESOURCES = "/org/parley/gazetteer/";

  /**
   * Candidates come in this order: countries, seats, cities, regions; within a kind the most
   * populous first, then by GeoNames id so that the order is the same on every run.
   */
  private static final Comparator<GeoPlace> CANDIDATE_ORDER =
      Comparator.comparingInt((GeoPlace p) -> kindRank(p.kind()))
          .thenComparing(Comparator.comparingLong(GeoPlace::population).reversed())
          .thenComparingLong(GeoPlace::geonameId)
          .thenComparing(GeoPlace::name);

  private final Map<String, GeoPlace[]> placesByName;
  private final Map<String, GeoCountry> countriesByIso3;
  private final Map<String, List<GeoCountry>> countriesByName;
  private final Map<String, List<GeoCountry>> countriesByDemonym;
  private final List<GeoCountry> countries;
  private final List<GeoSeat> seats;
  private final Set<String> independent;
  private final int placeCount;

  private Gazetteer(
      Map<String, GeoPlace[]> placesByName,
      List<GeoCountry> countries,
      List<GeoSeat> seats,
      Set<String> independent,
      int placeCount) {
    this.placesByName = placesByName;
    this.seats = List.copyOf(seats);
    this.independent = Set.copyOf(independent);
    this.countries = List.copyOf(countries);
    this.placeCount = placeCount;
    Map<String, GeoCountry> byIso3 = new HashMap<>();
    Map<String, List<GeoCountry>> byName = new HashMap<>();
    Map<String, List<GeoCountry>> byDemonym = new HashMap<>();
    for (GeoCountry c : countries) {
      byIso3.put(c.iso3(), c);
      for (String n : c.names()) {
        addDistinct(byName, fold(n), c);
      }
      for (String d : c.demonyms()) {
        addDistinct(byDemonym, fold(d), c);
      }
    }
    this.countriesByIso3 = Map.copyOf(byIso3);
    this.countriesByName = freeze(byName);
    this.countriesByDemonym = freeze(byDemonym);
  }

  /** The gazetteer of this build, loaded on first use. */
  public static Gazetteer shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final Gazetteer SHARED = load();
  }

  /** Loads a new copy from the class path (about a second; prefer {@link #shared()}). */
  public static Gazetteer load() {
    List<GeoCountry> countries = new ArrayList<>();
    Set<String> independent = new HashSet<>();
    Map<String, String> interned = new HashMap<>();
    readTsv(
        "countries.tsv",
        false,
        (Row r) -> {
          if (r.get("independent").equals("true")) {
            independent.add(r.get("iso3"));
          }
          countries.add(
              new GeoCountry(
                  r.get("iso3"),
                  r.get("iso2"),
                  r.get("name"),
                  distinct(r.get("name"), r.get("official_name"), r.list("alt_names")),
                  r.list("demonyms"),
                  r.list("capitals"),
                  r.number("lat"),
                  r.number("lon")));
        });
    Map<String, List<GeoPlace>> index = new HashMap<>(1 << 20);
    int[] count = {0};
    for (GeoCountry c : countries) {
      GeoPlace place =
          new GeoPlace(
              0,
              c.name(),
              "PCLI",
              c.iso3(),
              Optional.empty(),
              c.lat(),
              c.lon(),
              0,
              GeoPlace.Kind.COUNTRY,
              Optional.empty());
      addNames(index, place, c.names());
      count[0]++;
    }
    readTsv(
        "places.tsv.gz",
        true,
        (Row r) -> {
          String featureCode = intern(interned, r.get("feature_code"));
          boolean region = featureCode.equals("ADM1");
          String admin1 = intern(interned, r.get("admin1_name"));
          GeoPlace place =
              new GeoPlace(
                  Long.parseLong(r.get("geonameid")),
                  r.get("name"),
                  featureCode,
                  intern(interned, r.get("country_iso3")),
                  admin1.isEmpty() ? Optional.empty() : Optional.of(admin1),
                  r.number("lat"),
                  r.number("lon"),
                  Long.parseLong(r.get("population")),
                  region ? GeoPlace.Kind.ADMIN1 : GeoPlace.Kind.CITY,
                  Optional.empty());
          List<String> names = new ArrayList<>();
          names.add(r.get("name"));
          names.add(r.get("ascii_name"));
          names.addAll(r.list("alt_names"));
          addNames(index, place, names);
          count[0]++;
        });
    List<GeoSeat> seats = new ArrayList<>();
    readTsv(
        "seats.tsv",
        false,
        (Row r) -> {
          String actorCode = r.get("actor_code");
          seats.add(
              new GeoSeat(
                  r.get("name"),
                  r.list("alt_names"),
                  r.get("country_iso3"),
                  actorCode.isEmpty() ? Optional.empty() : Optional.of(actorCode),
                  r.get("note"),
                  Integer.parseInt(r.get("source_line"))));
          GeoPlace place =
              new GeoPlace(
                  Long.parseLong(r.get("city_geonameid")),
                  r.get("name"),
                  "SEAT",
                  r.get("country_iso3"),
                  Optional.empty(),
                  r.number("lat"),
                  r.number("lon"),
                  0,
                  GeoPlace.Kind.SEAT,
                  Optional.of(r.get("city")));
          List<String> names = new ArrayList<>();
          names.add(r.get("name"));
          names.addAll(r.list("alt_names"));
          addNames(index, place, names);
          count[0]++;
        });
    Map<String, GeoPlace[]> frozen = new HashMap<>(index.size() * 4 / 3 + 1);
    for (Map.Entry<String, List<GeoPlace>> e : index.entrySet()) {
      GeoPlace[] candidates = e.getValue().toArray(GeoPlace[]::new);
      Arrays.sort(candidates, CANDIDATE_ORDER);
      frozen.put(e.getKey(), candidates);
    }
    return new Gazetteer(frozen, countries, seats, independent, count[0]);
  }

  /**
   * Every place one of whose names folds ({@link #fold}) to the same key as {@code name}: cities,
   * first-level regions, countries (feature code PCLI, at their centroid) and seats of government,
   * in the order countries, seats, cities, regions, each most populous first. Empty when none.
   */
  public List<GeoPlace> byName(String name) {
    GeoPlace[] found = placesByName.get(fold(name));
    return found == null ? List.of() : List.of(found);
  }

  /** The country with this ISO 3166-1 alpha-3 code (upper case; Kosovo: XKX). */
  public Optional<GeoCountry> country(String iso3) {
    return Optional.ofNullable(countriesByIso3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /**
   * The one country a name or demonym stands for: "South Korea", "Korea, Republic of", "Russian".
   * Where a sovereign state shares it with dependent territories, the state ("American": the United
   * States, not the Northern Mariana Islands). Empty when there is none or more than one state
   * ("Korean" could be North or South Korean, "Congolese" either Congo: see {@link
   * #countriesByName}).
   */
  public Optional<GeoCountry> countryByName(String nameOrDemonym) {
    List<GeoCountry> found = countriesByName(nameOrDemonym);
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    List<GeoCountry> states = found.stream().filter(c -> independent.contains(c.iso3())).toList();
    return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
  }

  /**
   * All countries a name or demonym may stand for. A name (common, official or alternate spelling)
   * is looked up first, then a demonym; when neither matches, a word that ends the demonyms of
   * countries ("Korean" in "South Korean" and "North Korean") gives all of those.
   */
  public List<GeoCountry> countriesByName(String nameOrDemonym) {
    String key = fold(nameOrDemonym);
    if (key.isEmpty()) {
      return List.of();
    }
    List<GeoCountry> byName = countriesByName.get(key);
    if (byName != null) {
      return byName;
    }
    List<GeoCountry> byDemonym = countriesByDemonym.get(key);
    if (byDemonym != null) {
      return byDemonym;
    }
    Set<GeoCountry> byLastWord = new LinkedHashSet<>();
    for (Map.Entry<String, List<GeoCountry>> e : countriesByDemonym.entrySet()) {
      if (e.getKey().endsWith(" " + key)) {
        byLastWord.addAll(e.getValue());
      }
    }
    return List.copyOf(byLastWord);
  }

  /**
   * The country's (first) capital as a city of the gazetteer: the city of that name in the country,
   * the national capital (PPLC) if there is one, else the most populous.
   */
  public Optional<GeoPlace> capitalOf(String iso3) {
    Optional<GeoCountry> country = country(iso3);
    if (country.isEmpty() || country.get().capitals().isEmpty()) {
      return Optional.empty();
    }
    String code = country.get().iso3();
    List<GeoPlace> cities =
        byName(country.get().capitals().get(0)).stream()
            .filter(p -> p.kind() == GeoPlace.Kind.CITY && p.countryIso3().equals(code))
            .toList();
    return cities.stream()
        .filter(p -> p.featureCode().equals("PPLC"))
        .findFirst()
        .or(() -> cities.stream().findFirst());
  }

  /** All countries, by ISO alpha-3 code. */
  public List<GeoCountry> countries() {
    return countries;
  }

  /**
   * The seats of government of {@code seats.tsv}, in its order, with the actor each stands for (see
   * {@link GeoSeat#actorCode}).
   */
  public List<GeoSeat> seats() {
    return seats;
  }

  /** How many places (cities, regions, countries and seats) the index holds. */
  public int size() {
    return placeCount;
  }

  /** How many distinct folded names the index holds. */
  public int nameCount() {
    return placesByName.size();
  }

  /**
   * The key names are compared by: lower case, without accents or diacritics (also ø, ł, đ, ß, æ,
   * œ, ı), without apostrophes ("Xi'an" = "Xian"), with hyphens, dots and other punctuation as
   * spaces, spaces collapsed, and "St"/"Ste" as "saint"/"sainte" ("St. Petersburg" =
   * "Saint-Petersburg").
   */
  public static String fold(String name) {
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length() + 8);
    boolean pendingSpace = false;
    int wordStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0 || isMark(c)) {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        pendingSpace = b.length() > 0;
        continue;
      }
      if (pendingSpace) {
        saint(b, wordStart);
        b.append(' ');
        wordStart = b.length();
        pendingSpace = false;
      }
      c = Character.toLowerCase(c);
      switch (c) {
        case 'ø' -> b.append('o');
        case 'ł' -> b.append('l');
        case 'đ', 'ð' -> b.append('d');
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ı' -> b.append('i');
        case 'þ' -> b.append("th");
        case 'ħ' -> b.append('h');
        default -> b.append(c);
      }
    }
    saint(b, wordStart);
    return b.toString();
  }

  private static final String APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4";

  /** Spells out the word from {@code start} to the end of {@code b} if it is "st" or "ste". */
  private static void saint(StringBuilder b, int start) {
    int length = b.length() - start;
    if (length == 2 && b.indexOf("st", start) == start) {
      b.setLength(start);
      b.append("saint");
    } else if (length == 3 && b.indexOf("ste", start) == start) {
      b.setLength(start);
      b.append("sainte");
    }
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int kindRank(GeoPlace.Kind kind) {
    return switch (kind) {
      case COUNTRY -> 0;
      case SEAT -> 1;
      case CITY -> 2;
      case ADMIN1 -> 3;
    };
  }

  private static void addNames(
      Map<String, List<GeoPlace>> index, GeoPlace place, List<String> names) {
    for (String n : names) {
      String key = fold(n);
      if (key.isEmpty()) {
        continue;
      }
      List<GeoPlace> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (list.isEmpty() || list.get(list.size() - 1) != place) {
        list.add(place);
      }
    }
  }

  private static <T> void addDistinct(Map<String, List<T>> map, String key, T value) {
    if (key.isEmpty()) {
      return;
    }
    List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static List<String> distinct(String first, String second, List<String> rest) {
    Set<String> all = new LinkedHashSet<>();
    all.add(first);
    all.add(second);
    all.addAll(rest);
    all.remove("");
    return List.copyOf(all);
  }

  private static String intern(Map<String, String> interned, String s) {
    return interned.computeIfAbsent(s, k -> k);
  }

  /** One line of a TSV file with a header, read by column name. */
  private static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] fields;

    Row(String file, int line, Map<String, Integer> columns, String[] fields) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalStateException(file + ": no column " + column);
      }
      return i < fields.length ? fields[i] : "";
    }

    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : List.of(v.split("\\|"));
    }

    double number(String column) {
      String v = get(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            file + " line " + line + ": " + column + " is not a number: " + v, e);
      }
    }
  }

  private static void readTsv(String file, boolean gzip, Consumer<Row> sink) {
    InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCES + file);
    if (raw == null) {
      throw new IllegalStateException(
          "gazetteer data "
              + RESOURCES
              + file
              + " is not on the class path: build the gazetteer module (it needs node and npm)");
    }
    try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalStateException(file + " is empty");
      }
      Map<String, Integer> columns = new HashMap<>();
      String[] names = header.split("\t", -1);
      for (int i = 0; i < names.length; i++) {
        columns.put(names[i], i);
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty()) {
          continue;
        }
        Row row = new Row(file, number, columns, line.split("\t", -1));
        try {
          sink.accept(row);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading gazetteer data " + file, e);
    }
  }
}
