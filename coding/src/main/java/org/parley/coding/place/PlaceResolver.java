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

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * The countries a document is about, for ranking: by sentence (what actors and places there name)
   * and over the article, with counts.
   */
  public static final class Context {
    private final Map<Integer, Map<String, Integer>> bySentence = new HashMap<>();
    private final Map<String, Integer> article = new HashMap<>();
    private int total;

    /** Notes that sentence {@code sentence} names country {@code iso3} (an actor, a place). */
    public Context add(int sentence, String iso3) {
      Objects.requireNonNull(iso3, "iso3");
      bySentence.computeIfAbsent(sentence, k -> new HashMap<>()).merge(iso3, 1, Integer::sum);
      article.merge(iso3, 1, Integer::sum);
      total++;
      return this;
    }

    boolean inSentence(int sentence, String iso3) {
      return bySentence.getOrDefault(sentence, Map.of()).containsKey(iso3);
    }

    double articleShare(String iso3) {
      return total == 0 ? 0 : (double) article.getOrDefault(iso3, 0) / total;
    }

    /** The article's countries, most named first, for reasons. */
    List<String> leading() {
      return article.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(Map.Entry::getKey)
          .limit(3)
          .toList();
    }
  }

  /** The outcome for one name: the chosen entry, or none, and why. */
  public record Resolution(Optional<GeoPlace> place, String reason, int candidates) {
    public Resolution {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(reason, "reason");
    }
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
    if (candidates.isEmpty()) {
      return new Resolution(Optional.empty(), "no gazetteer entry named '" + cleaned + "'", 0);
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
    if (ranked.size() > 1) {
      double gap = best.score() - ranked.get(1).score();
      margin =
          gap < CLEAR_MARGIN
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
            + qualifierNote
            + (candidates.size() > 1 ? "; " + candidates.size() + " candidates" : "")
            + margin;
    return new Resolution(Optional.of(best.place()), reason, candidates.size());
  }

  private record Scored(GeoPlace place, double score, String why) {}

  private Scored score(GeoPlace c, int sentence, Context context) {
    double score = 0;
    StringBuilder why = new StringBuilder();
    String country = c.countryIso3();
    if (context.inSentence(sentence, country)) {
      score += 4;
      why.append(", country in sentence ").append(country);
    } else if (context.articleShare(country) > 0) {
      score += 3 * context.articleShare(country) + 1;
      why.append(", country context ").append(country);
    }
    switch (c.kind()) {
      case COUNTRY -> score += 9;
      case SEAT -> score += 9;
      case ADMIN1 -> score += 2.5;
      case CITY -> {
        if (CAPITAL_CODES.contains(c.featureCode())) {
          score += 2.5;
        } else if (SEAT_CODES.contains(c.featureCode())) {
          score += 1;
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
