package org.parley.coding.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.gazetteer.Gazetteer;
import org.parley.gazetteer.GeoCountry;
import org.parley.gazetteer.GeoPlace;

/**
 * Resolves a place name to one gazetteer entry, or says why it cannot. Candidates are the entries
 * whose name or alternate name folds to the same text; a qualifier ("Paris, Texas", "Vladivostok,
 * Russia") keeps those in the country or region it names; the rest are ranked by
 *
 * <ul>
 *   <li>the country context: the countries named in the same sentence count most, then the
 *       article's countries by how often they are named, then the countries of the article's other
 *       unambiguous places;
 *   <li>the kind of place: a country name is the country; a seat of government is its building; a
 *       national capital or region seat outranks a town of the same name;
 *   <li>population, on a log scale, so that Moscow, Russia outranks Moscow, Idaho unless the
 *       context says Idaho.
 * </ul>
 *
 * One unresolvable name never affects the others: each is resolved on its own, against a context
 * that holds only countries. Thread-safe; holds only the read-only gazetteer.
 */
public final class PlaceResolver {
  /** Below this margin over the runner-up a choice is reported as uncertain in its reason. */
  static final double CLEAR_MARGIN = 1.0;

  private static final Set<String> CAPITAL_CODES = Set.of("PPLC");
  private static final Set<String> SEAT_CODES = Set.of("PPLA", "PPLG");
  private static final Set<String> LEADING_ARTICLES = Set.of("the ");

  /** The weight of the sentence naming a place in the candidate's country. */
  static final double SENTENCE_COUNTRY = 3;

  /**
   * Below this population a town matched by its own name needs its country in the article: news
   * rarely names such a town without its country around it, and such names are often words
   * ("English", Indiana).
   */
  static final long SMALL_TOWN = 2_000;

  /**
   * A place matched only by an alternate name needs its country in the article or this many people:
   * exonyms of big cities ("Bombay", "Peking", "Kiev") are how news names them, while alternate
   * names of small places are often words or other places' names ("Kashmir" for Cashmere,
   * Washington; "Google" for Topeka).
   */
  static final long EXONYM_CITY = 150_000;

  private static final List<String> REGION_WORDS =
      List.of(
          "province",
          "region",
          "oblast",
          "state",
          "prefecture",
          "governorate",
          "county",
          "district",
          "territory",
          "krai",
          "republic");
  private static final List<String> BUILDING_WORDS = List.of("palace", "palacio", "palais");

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * The countries a document is about, for ranking: by sentence (what actors and places there name)
   * and over the article, with counts.
   */
  public static final class Context {
    private final Map<Integer, Map<String, Double>> bySentence = new HashMap<>();
    private final Map<String, Double> article = new HashMap<>();
    private double total;

    /**
     * Notes that sentence {@code sentence} names an actor of country {@code iso3} ("Russian
     * diplomats", "Seoul said"). Actors say less about where things happen than places do: talks
     * between Russians and Americans are often held in a third country.
     */
    public Context add(int sentence, String iso3) {
      return add(sentence, iso3, ACTOR_WEIGHT);
    }

    /**
     * Notes that sentence {@code sentence} names a place in country {@code iso3} ("in Atlanta").
     */
    public Context addPlace(int sentence, String iso3) {
      return add(sentence, iso3, 1.0);
    }

    private Context add(int sentence, String iso3, double weight) {
      Objects.requireNonNull(iso3, "iso3");
      bySentence.computeIfAbsent(sentence, k -> new HashMap<>()).merge(iso3, weight, Double::sum);
      article.merge(iso3, weight, Double::sum);
      total += weight;
      return this;
    }

    /** How strongly sentence {@code sentence} names {@code iso3}: 0, or up to 1. */
    double inSentence(int sentence, String iso3) {
      return Math.min(1.0, bySentence.getOrDefault(sentence, Map.of()).getOrDefault(iso3, 0.0));
    }

    double articleShare(String iso3) {
      return total == 0 ? 0 : article.getOrDefault(iso3, 0.0) / total;
    }
  }

  /** What an actor's country counts for beside a place's. */
  static final double ACTOR_WEIGHT = 0.5;

  /** The outcome for one name: the chosen entry, or none, and why. */
  public record Resolution(Optional<GeoPlace> place, String reason, int candidates, boolean clear) {
    public Resolution {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** What a resolved entry's coordinates are of, as events.jsonl says it. */
  public static String precision(GeoPlace p) {
    return switch (p.kind()) {
      case COUNTRY -> "country";
      case SEAT -> "seat";
      case ADMIN1 -> "admin1";
      case CITY -> "city";
    };
  }

  /**
   * Resolves {@code name} (as the text writes it) in sentence {@code sentence}, with an optional
   * qualifier written after it ("Texas" in "Paris, Texas").
   */
  public Resolution resolve(
      String name, Optional<String> qualifier, int sentence, Context context) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(context, "context");
    String cleaned = clean(name);
    List<GeoPlace> candidates = gazetteer.byName(cleaned);
    String regionWord = "";
    Optional<String> withoutRegionWord = stripWord(cleaned, REGION_WORDS);
    if (withoutRegionWord.isPresent()) {
      // "Idlib province", "Donetsk region", "Gyeonggi Province": the region, not a town.
      List<GeoPlace> regions =
          gazetteer.byName(withoutRegionWord.get()).stream()
              .filter(p -> p.kind() == GeoPlace.Kind.ADMIN1)
              .toList();
      if (!regions.isEmpty()) {
        candidates = regions;
        regionWord = "; region named with '" + cleaned + "'";
      }
    }
    if (candidates.isEmpty()) {
      // "Planalto Palace" for the Planalto: a building named with a generic word.
      candidates =
          stripWord(cleaned, BUILDING_WORDS).map(gazetteer::byName).orElse(List.of()).stream()
              .filter(p -> p.kind() == GeoPlace.Kind.SEAT)
              .toList();
    }
    candidates = plausible(cleaned, candidates, sentence, context);
    if (candidates.isEmpty()) {
      return new Resolution(
          Optional.empty(), "no gazetteer entry named '" + cleaned + "'", 0, false);
    }
    String qualifierNote = "";
    if (qualifier.isPresent()) {
      List<GeoPlace> kept = withinQualifier(candidates, qualifier.get());
      if (kept.isEmpty()) {
        qualifierNote = "; qualifier '" + qualifier.get() + "' matched no candidate";
      } else {
        candidates = kept;
        qualifierNote = "; qualified by '" + qualifier.get() + "'";
      }
    }
    List<Scored> ranked = new ArrayList<>();
    for (GeoPlace c : candidates) {
      ranked.add(score(c, sentence, context));
    }
    ranked.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> -s.place().population()));
    Scored best = ranked.get(0);
    String margin = "";
    boolean clear = true;
    if (ranked.size() > 1) {
      double gap = best.score() - ranked.get(1).score();
      clear = gap >= CLEAR_MARGIN;
      margin =
          !clear
              ? String.format(
                  Locale.ROOT,
                  "; uncertain over %s (%s)",
                  describe(ranked.get(1).place()),
                  ranked.get(1).place().countryIso3())
              : "";
    }
    String reason =
        kind(best.place())
            + best.why()
            + regionWord
            + qualifierNote
            + (candidates.size() > 1 ? "; " + candidates.size() + " candidates" : "")
            + margin;
    return new Resolution(Optional.of(best.place()), reason, candidates.size(), clear);
  }

  private record Scored(GeoPlace place, double score, String why) {}

  private Scored score(GeoPlace c, int sentence, Context context) {
    double score = 0;
    StringBuilder why = new StringBuilder();
    String country = c.countryIso3();
    double here = context.inSentence(sentence, country);
    if (here > 0) {
      score += SENTENCE_COUNTRY * here;
      why.append(", country in sentence ").append(country);
    } else if (context.articleShare(country) > 0) {
      score += 1 + 1.5 * context.articleShare(country);
      why.append(", country context ").append(country);
    }
    switch (c.kind()) {
      case COUNTRY -> score += 9;
      case SEAT -> score += 9;
        // A first-level region has no population of its own here: it ranks like a city of a few
        // million, above towns that share its name ("California", Maryland) and below a national
        // capital.
      case ADMIN1 -> score += 7.5;
      case CITY -> {
        if (CAPITAL_CODES.contains(c.featureCode())) {
          score += 3;
        } else if (SEAT_CODES.contains(c.featureCode())) {
          score += 1.5;
        }
      }
    }
    if (c.population() > 0) {
      score += Math.log10(c.population());
      why.append(", pop ").append(population(c.population()));
    }
    return new Scored(c, score, why.toString());
  }

  /**
   * The candidates inside what the qualifier names: a country ("Russia", "Russian Federation"),
   * else a first-level region by name ("Texas", "Ontario") or by US postal abbreviation.
   */
  private List<GeoPlace> withinQualifier(List<GeoPlace> candidates, String qualifier) {
    Optional<GeoCountry> country = gazetteer.countryByName(qualifier);
    if (country.isPresent()) {
      String iso3 = country.get().iso3();
      List<GeoPlace> kept = candidates.stream().filter(c -> c.countryIso3().equals(iso3)).toList();
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    String folded = Gazetteer.fold(qualifier);
    String state = UsStates.byAbbreviation(folded).map(Gazetteer::fold).orElse(folded);
    return candidates.stream()
        .filter(c -> c.admin1().map(a -> Gazetteer.fold(a).equals(state)).orElse(false))
        .toList();
  }

  /**
   * The candidates news would plausibly mean by the name: a city sharing its name with its own
   * region is the city ("New York", "Tokyo"); small towns and places known by another main name
   * need their country in the article (see {@link #SMALL_TOWN}, {@link #EXONYM_CITY}).
   */
  private List<GeoPlace> plausible(
      String name, List<GeoPlace> candidates, int sentence, Context context) {
    String folded = Gazetteer.fold(name);
    List<GeoPlace> kept = new ArrayList<>();
    for (GeoPlace c : candidates) {
      boolean known = context.articleShare(c.countryIso3()) > 0;
      boolean byOwnName = Gazetteer.fold(c.name()).equals(folded);
      if (c.kind() == GeoPlace.Kind.CITY) {
        if (!byOwnName
            && c.population() < EXONYM_CITY
            && !CAPITAL_CODES.contains(c.featureCode())
            && !known) {
          continue;
        }
        if (byOwnName && c.population() < SMALL_TOWN && !known) {
          continue;
        }
      }
      if (c.kind() == GeoPlace.Kind.ADMIN1 && hasCityOfRegion(candidates, c)) {
        continue;
      }
      kept.add(c);
    }
    return kept;
  }

  /** Whether a city among the candidates lies in the region {@code region} of the same name. */
  private static boolean hasCityOfRegion(List<GeoPlace> candidates, GeoPlace region) {
    String regionName = Gazetteer.fold(region.name());
    return candidates.stream()
        .anyMatch(
            c ->
                c.kind() == GeoPlace.Kind.CITY
                    && c.countryIso3().equals(region.countryIso3())
                    && c.admin1().map(a -> Gazetteer.fold(a).equals(regionName)).orElse(false));
  }

  /** The name without a trailing (or leading) generic word from {@code words}, if it has one. */
  private static Optional<String> stripWord(String name, List<String> words) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (lower.endsWith(" " + w)) {
        return Optional.of(name.substring(0, name.length() - w.length() - 1).strip());
      }
      if (lower.startsWith(w + " ")) {
        return Optional.of(name.substring(w.length() + 1).strip());
      }
    }
    return Optional.empty();
  }

  private static String clean(String name) {
    String s = name.strip();
    for (String article : LEADING_ARTICLES) {
      if (s.toLowerCase(Locale.ROOT).startsWith(article)) {
        s = s.substring(article.length());
      }
    }
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static String kind(GeoPlace p) {
    return switch (p.kind()) {
      case COUNTRY -> "country " + p.countryIso3() + " (centroid)";
      case SEAT -> "seat of government in " + p.seatCity().orElse(p.countryIso3());
      case ADMIN1 -> "region of " + p.countryIso3();
      case CITY -> "city in " + p.countryIso3() + p.admin1().map(a -> ", " + a).orElse("");
    };
  }

  private static String describe(GeoPlace p) {
    return p.name() + (p.admin1().isPresent() ? ", " + p.admin1().get() : "");
  }

  private static String population(long n) {
    if (n >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }
    if (n >= 1_000) {
      return String.format(Locale.ROOT, "%dk", n / 1000);
    }
    return Long.toString(n);
  }
}
