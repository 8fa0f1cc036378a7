package org.parley.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Diagnostic;

/**
 * Countries and territories by CAMEO code, ISO3 code and name.
 *
 * <p>Read from the ICEWS country list ({@code dictionaries/icews/countrynames.txt}: name, CAMEO
 * code, COW code, tab-separated, {@code 000} for no COW code), with the country-level entries of
 * PETRARCH's {@code Phoenix.Countries.actors.txt} ({@code AFGHANISTAN_ [AFG]} and its {@code +}
 * synonyms) added as further names, and as countries of their own for codes the ICEWS list lacks
 * (DDR, and KNT for the fictional Kinakuta). Several names may share one CAMEO code (Russia,
 * Russian Federation; Mayotte is coded FRA).
 *
 * <p>CAMEO country codes are ISO 3166-1 alpha-3 codes except where CAMEO kept an old or made-up
 * code. The ISO code is the CAMEO code when the JDK's ISO 3166 table knows it, else the last three
 * letters of a six-letter dependency code (GBRGIB is GIB), else the code of the JDK country whose
 * English name matches one of the names. The exceptions in the pack: TMP (ISO TLS, Timor-Leste),
 * ANT for Antarctica (ISO ATA; ISO's ANT was the Netherlands Antilles), GBRIMY (ISO IMN, Isle of
 * Man), FRNWLF (Wallis and Futuna, ISO WLF, under a non-code FRN); no ISO code at all for KSV
 * (Kosovo, a World Bank code), NLDANT (Netherlands Antilles, dissolved), PSEGZA (Gaza), DDR and
 * KNT.
 */
public final class Countries {
  private static final Pattern ICEWS_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})?");
  private static final Pattern PHOENIX_COUNTRY =
      Pattern.compile("([^\\s#+\\[][^\\[#]*?)\\s*\\[([A-Z]{3})\\]\\s*(#.*)?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ISO3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final Map<String, String> ISO3_BY_NAME = isoByEnglishName();

  private final Map<String, Country> byCameo;
  private final Map<String, Country> byIso3;
  private final Map<String, Country> byName;
  private final List<Diagnostic> diagnostics;

  private Countries(Map<String, Country> byCameo, List<Diagnostic> diagnostics) {
    this.byCameo = byCameo;
    this.byIso3 = new HashMap<>();
    this.byName = new HashMap<>();
    for (Country c : byCameo.values()) {
      // A three-letter code is the country itself; a dependency coded under its sovereign does not
      // displace
      // it.
      c.iso3()
          .ifPresent(
              iso ->
                  byIso3.merge(
                      iso, c, (a, b) -> a.cameoCode().length() <= b.cameoCode().length() ? a : b));
    }
    this.diagnostics = diagnostics;
  }

  /** Reads the ICEWS country list and, when the pack has it, PETRARCH's country dictionary. */
  public static Countries read(DataPack pack) {
    Objects.requireNonNull(pack, "pack");
    Path phoenix = pack.phoenix().resolve("Phoenix.Countries.actors.txt");
    return read(
        pack.require("dictionaries/icews/countrynames.txt"),
        Files.isRegularFile(phoenix) ? Optional.of(phoenix) : Optional.empty());
  }

  public static Countries read(Path countryNames, Optional<Path> phoenixCountries) {
    Objects.requireNonNull(countryNames, "countryNames");
    Objects.requireNonNull(phoenixCountries, "phoenixCountries");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    readIcews(countryNames, drafts, diagnostics);
    phoenixCountries.ifPresent(p -> readPhoenix(p, drafts, diagnostics));

    Map<String, Country> byCameo = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      byCameo.put(
          d.code, new Country(d.code, iso3Of(d.code, d.names), d.cow, d.names.get(0), d.names));
    }
    Countries countries = new Countries(byCameo, diagnostics);
    countries.indexNames(countryNames, phoenixCountries, drafts);
    return countries;
  }

  public Optional<Country> findByCameo(String cameoCode) {
    Objects.requireNonNull(cameoCode, "cameoCode");
    return Optional.ofNullable(byCameo.get(cameoCode.toUpperCase(Locale.ROOT)));
  }

  public Country requireByCameo(String cameoCode) {
    return findByCameo(cameoCode)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cameoCode: '" + cameoCode + "' is not a known country"));
  }

  public Optional<Country> findByIso3(String iso3) {
    Objects.requireNonNull(iso3, "iso3");
    return Optional.ofNullable(byIso3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /**
   * The country with this name, ignoring case, accents, punctuation and spacing ("cote d'ivoire"
   * finds CIV). When two countries share a name the first listed holds it (see {@link
   * #diagnostics}).
   */
  public Optional<Country> findByName(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(key(name)));
  }

  public boolean isCameoCountry(String cameoCode) {
    return findByCameo(cameoCode).isPresent();
  }

  /** Every country in list order. */
  public List<Country> all() {
    return List.copyOf(byCameo.values());
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /**
   * Indexes every ICEWS name before any PETRARCH synonym, so a country's own name is never taken by
   * a synonym.
   */
  private void indexNames(Path icews, Optional<Path> phoenix, Map<String, Draft> drafts) {
    for (Source source : Source.values()) {
      for (Draft d : drafts.values()) {
        Country c = byCameo.get(d.code);
        for (int i = 0; i < d.names.size(); i++) {
          String k = key(d.names.get(i));
          if (d.sources.get(i) != source || k.isEmpty()) {
            continue;
          }
          Country earlier = byName.putIfAbsent(k, c);
          if (earlier != null && earlier != c) {
            Path file = source == Source.ICEWS ? icews : phoenix.orElse(icews);
            diagnostics.add(
                Diagnostic.warning(
                    file.toString(),
                    Integer.toString(d.lines.get(i)),
                    "name '"
                        + d.names.get(i)
                        + "' of "
                        + c.cameoCode()
                        + " already names "
                        + earlier.cameoCode()
                        + "; findByName gives "
                        + earlier.cameoCode()));
          }
        }
      }
    }
  }

  private static void readIcews(
      Path file, Map<String, Draft> drafts, List<Diagnostic> diagnostics) {
    String f = file.toString();
    List<String> lines = TabularFile.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = Integer.toString(i + 1);
      if (line.isBlank()) {
        continue;
      }
      String[] v = line.split("\t", -1);
      if (v.length != 3) {
        diagnostics.add(
            Diagnostic.error(
                f, where, "expected name, CAMEO code, COW code; found " + v.length + " fields"));
        continue;
      }
      String name = v[0].strip();
      String code = v[1].strip();
      String cow = v[2].strip();
      if (code.equals("---")) {
        continue; // the list's "NULL --- 000" placeholder for no country
      }
      if (name.isEmpty()) {
        diagnostics.add(Diagnostic.error(f, where, "no country name"));
        continue;
      }
      if (!ICEWS_CODE.matcher(code).matches()) {
        diagnostics.add(
            Diagnostic.error(
                f, where, "CAMEO code '" + code + "' is not 3 or 6 upper-case letters"));
        continue;
      }
      OptionalInt cowCode = OptionalInt.empty();
      if (cow.isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(f, where, "no COW code for " + name + " (000 would mean none)"));
      } else if (!cow.matches("\\d{1,4}")) {
        diagnostics.add(Diagnostic.error(f, where, "COW code '" + cow + "' is not a number"));
      } else if (Integer.parseInt(cow) > 0) {
        cowCode = OptionalInt.of(Integer.parseInt(cow));
      }
      Draft d = drafts.computeIfAbsent(code, Draft::new);
      d.add(name, Source.ICEWS, i + 1);
      if (cowCode.isPresent()) {
        if (d.cow.isEmpty()) {
          d.cow = cowCode;
        } else if (d.cow.getAsInt() != cowCode.getAsInt()) {
          diagnostics.add(
              Diagnostic.warning(
                  f,
                  where,
                  "COW code "
                      + cowCode.getAsInt()
                      + " for "
                      + code
                      + " differs from "
                      + d.cow.getAsInt()
                      + "; keeps "
                      + d.cow.getAsInt()));
        }
      }
    }
  }

  /**
   * The country-level blocks of a TABARI/PETRARCH actor dictionary: a bare-code header and +
   * synonyms.
   */
  private static void readPhoenix(
      Path file, Map<String, Draft> drafts, List<Diagnostic> diagnostics) {
    List<String> lines = TabularFile.lines(file);
    Draft current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (current != null && line.startsWith("+")) {
        String synonym = phrase(line.substring(1));
        if (!synonym.isEmpty()) {
          current.add(synonym, Source.PHOENIX, i + 1);
        }
        continue;
      }
      current = null;
      Matcher m = PHOENIX_COUNTRY.matcher(line);
      if (m.matches()) {
        String name = phrase(m.group(1));
        if (name.isEmpty()) {
          diagnostics.add(
              Diagnostic.error(
                  file.toString(), Integer.toString(i + 1), "country entry without a name"));
          continue;
        }
        current = drafts.computeIfAbsent(m.group(2), Draft::new);
        current.add(name, Source.PHOENIX, i + 1);
      }
    }
  }

  /**
   * A TABARI phrase as words: {@code SOVIET_OCCUPIED_AFGHANISTAN_ # note} is "SOVIET OCCUPIED
   * AFGHANISTAN".
   */
  private static String phrase(String s) {
    int hash = s.indexOf('#');
    String body = hash >= 0 ? s.substring(0, hash) : s;
    return body.replace('_', ' ').strip().replaceAll("\\s+", " ");
  }

  static Optional<String> iso3Of(String cameo, List<String> names) {
    if (ISO3.contains(cameo)) {
      return Optional.of(cameo);
    }
    if (cameo.length() == 6 && ISO3.contains(cameo.substring(3))) {
      return Optional.of(cameo.substring(3));
    }
    return names.stream().map(n -> ISO3_BY_NAME.get(key(n))).filter(Objects::nonNull).findFirst();
  }

  /** A name as compared: no accents, lower case, words separated by one space. */
  static String key(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static Map<String, String> isoByEnglishName() {
    Map<String, String> out = new HashMap<>();
    for (String two : Locale.getISOCountries()) {
      Locale l = new Locale("", two);
      out.put(key(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
    }
    return out;
  }

  private enum Source {
    ICEWS,
    PHOENIX
  }

  /** A country while its lines are being gathered. */
  private static final class Draft {
    final String code;
    final List<String> names = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    OptionalInt cow = OptionalInt.empty();

    Draft(String code) {
      this.code = code;
    }

    void add(String name, Source source, int line) {
      if (keys.add(key(name))) {
        names.add(name);
        sources.add(source);
        lines.add(line);
      }
    }
  }
}
