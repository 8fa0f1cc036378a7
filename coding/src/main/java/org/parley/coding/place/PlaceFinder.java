package org.parley.coding.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.coding.actor.MentionIndex;
import org.parley.coding.event.Clauses;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.Dependency;
import org.parley.model.ParsedDocument;
import org.parley.model.Place;
import org.parley.model.ResolvedBy;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Finds places as the text names them: where an event happened, in a locative phrase of its trigger
 * ("arrived in Moscow", "met ... at Cheong Wa Dae", "a summit in Vladivostok, Russia"), and every
 * place a document names ({@link #all}), for a resolver that weighs places mentioned together and
 * the countries an article is about. Names and qualifiers only: coordinates come from a gazetteer.
 */
public final class PlaceFinder {
  /** Prepositions that say where: "in Moscow", "at Cheong Wa Dae", "outside Kyiv". */
  public static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside");

  /**
   * Prepositions before a building or site: "at the Élysée", "outside Downing Street". Not "in",
   * whose capitalised objects are as often companies, currencies or languages ("invested in Tesla",
   * "replied in English").
   */
  private static final Set<String> SITE_PREPOSITIONS = Set.of("at", "near", "inside", "outside");

  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

  /** Whether a token with this NER tag names a place this finder reads. */
  public static boolean isPlaceTag(String ner) {
    return PLACE_NER.contains(ner);
  }

  /** Tags of a larger place that can qualify a smaller one after a comma: "Paris, Texas". */
  private static final Set<String> REGION_NER = Set.of("COUNTRY", "STATE_OR_PROVINCE");

  /**
   * Tags that say a capitalised name is not a site: people, times and quantities, demonyms and
   * other descriptive names (CoreNLP's KBP tag set).
   */
  private static final Set<String> NOT_SITE_NER =
      Set.of(
          "PERSON",
          "DATE",
          "TIME",
          "DURATION",
          "SET",
          "NUMBER",
          "ORDINAL",
          "MONEY",
          "PERCENT",
          "NATIONALITY",
          "TITLE",
          "RELIGION",
          "IDEOLOGY",
          "CRIMINAL_CHARGE",
          "CAUSE_OF_DEATH",
          "MISC",
          "EMAIL",
          "URL",
          "HANDLE");

  private static final Set<String> LIST_WORDS = Set.of("and", "or", "&");

  private final MentionIndex mentions;
  private final Optional<Locator> locator;

  public PlaceFinder(MentionIndex mentions) {
    this(mentions, Optional.empty());
  }

  public PlaceFinder(List<ActorMention> mentions) {
    this(new MentionIndex(mentions));
  }

  private PlaceFinder(MentionIndex mentions, Optional<Locator> locator) {
    this.mentions = mentions;
    this.locator = locator;
  }

  /** This finder, placing what it finds with {@code locator} ({@link #place}). */
  public PlaceFinder locatedBy(Locator locator) {
    return new PlaceFinder(mentions, Optional.of(locator));
  }

  /**
   * The event location a found phrase names: placed by the locator when there is one (and none when
   * the gazetteer does not confirm a name only the syntax proposed), else the name alone.
   */
  public Optional<Place> place(PlaceMention mention) {
    return locator.isPresent() ? locator.get().locate(mention) : Optional.of(mention.toPlace());
  }

  /**
   * Whether the token heads a place name: tagged as a place, or an actor mention that is a place, a
   * country, or a seat of government standing for one.
   */
  public boolean isPlace(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (PLACE_NER.contains(t.ner())) {
      return true;
    }
    return knownByActors(s, token);
  }

  /** Whether the token heads a country name (not a city or building standing for it). */
  public boolean isCountry(Sentence s, int token) {
    Optional<ActorMention> m = mentions.at(s.index(), token);
    return "COUNTRY".equals(s.tokens().get(token).ner())
        || m.isPresent() && m.get().kind().equals("country");
  }

  /**
   * The first locative phrase naming a place on any of {@code hosts} (the trigger, then its light
   * verb); failing that, the first capitalised name after "at", "outside", ... that no dictionary
   * knows as an actor ("at the Élysée", "at Bankova"), which a gazetteer has to confirm.
   */
  public Optional<PlaceMention> find(Sentence s, String body, List<Integer> hosts) {
    for (int h : hosts) {
      for (int obl : Clauses.children(s, h, "obl", "nmod")) {
        Optional<String> p = Clauses.preposition(s, obl);
        if (p.isPresent() && LOCATIVE.contains(p.get()) && isPlace(s, obl)) {
          return Optional.of(
              mention(
                  s,
                  body,
                  obl,
                  basisOf(s, obl),
                  "locative phrase '" + p.get() + "' of the trigger"));
        }
      }
    }
    for (int h : hosts) {
      for (int obl : Clauses.children(s, h, "obl", "nmod")) {
        Optional<String> p = Clauses.preposition(s, obl);
        if (p.isPresent() && SITE_PREPOSITIONS.contains(p.get()) && isSiteName(s, obl)) {
          return Optional.of(
              mention(
                  s,
                  body,
                  obl,
                  PlaceMention.Basis.NAME,
                  "locative phrase '"
                      + p.get()
                      + "' of the trigger; a capitalised name not tagged as a place"));
        }
      }
    }
    return Optional.empty();
  }

  /** The place named by the object of a movement or visit ("visited Washington"). */
  public Optional<PlaceMention> objectPlace(Sentence s, String body, int host) {
    for (int obj : Clauses.children(s, host, "obj")) {
      if (isPlace(s, obj)) {
        return Optional.of(mention(s, body, obj, basisOf(s, obj), "destination of the trigger"));
      }
    }
    return Optional.empty();
  }

  /**
   * Every place {@code doc} names, in reading order: runs of tokens the tagger marks as one kind of
   * place ("New York", "South Korea"), and actor mentions that are places or seats of government
   * the tagger missed ("Cheong Wa Dae"). A place followed by a comma and a country or state carries
   * it as its qualifier ("Vladivostok, Russia"); the qualifier is listed as a place of its own too,
   * since it says which countries the article is about.
   */
  public List<PlaceMention> all(ParsedDocument doc) {
    String body = doc.article().body();
    List<PlaceMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<int[]> runs = nerRuns(s);
      for (ActorMention m : mentions.inSentence(s.index())) {
        if (!actorPlace(s, m)) {
          continue;
        }
        int start = m.startToken();
        while (start < m.endToken() - 1 && s.tokens().get(start).pos().equals("DT")) {
          start++;
        }
        int from = start;
        if (runs.stream().noneMatch(r -> r[0] < m.endToken() && from < r[1])) {
          runs.add(new int[] {from, m.endToken()});
        }
      }
      runs.sort(Comparator.comparingInt(r -> r[0]));
      for (int[] r : runs) {
        int head = headOf(s, r[0], r[1]);
        CharSpan span = s.spanOf(r[0], r[1]);
        Optional<int[]> q = qualifierAfter(s, head, r[1]);
        PlaceMention.Basis basis =
            PLACE_NER.contains(s.tokens().get(head).ner())
                ? PlaceMention.Basis.NER
                : PlaceMention.Basis.ACTOR;
        String reason =
            basis == PlaceMention.Basis.NER
                ? "tagged " + s.tokens().get(head).ner()
                : "actor dictionaries: "
                    + mentions.at(s.index(), head).map(ActorMention::reason).orElse("a place");
        out.add(withQualifier(s, body, span, q, basis, reason));
      }
    }
    return List.copyOf(out);
  }

  private PlaceMention mention(
      Sentence s, String body, int head, PlaceMention.Basis basis, String reason) {
    int[] range = nameRange(s, head);
    return withQualifier(
        s, body, s.spanOf(range[0], range[1]), qualifierAfter(s, head, range[1]), basis, reason);
  }

  private static PlaceMention withQualifier(
      Sentence s,
      String body,
      CharSpan span,
      Optional<int[]> q,
      PlaceMention.Basis basis,
      String reason) {
    Optional<CharSpan> qSpan = q.map(r -> s.spanOf(r[0], r[1]));
    Optional<String> qText = qSpan.map(x -> x.of(body));
    return new PlaceMention(
        s.index(),
        span.of(body),
        span,
        qText,
        qSpan,
        basis,
        reason + qText.map(x -> "; qualified by '" + x + "'").orElse(""));
  }

  private PlaceMention.Basis basisOf(Sentence s, int token) {
    return PLACE_NER.contains(s.tokens().get(token).ner())
        ? PlaceMention.Basis.NER
        : PlaceMention.Basis.ACTOR;
  }

  private boolean knownByActors(Sentence s, int token) {
    Optional<ActorMention> m = mentions.at(s.index(), token);
    return m.isPresent()
        && (m.get().resolvedBy() == ResolvedBy.METONYMY
            || m.get().kind().equals("place")
            || m.get().kind().equals("country"));
  }

  /**
   * An actor mention that names a place: a seat of government or place standing for an actor, or a
   * country named by a proper noun ("Russia", not the demonym in "Russian President").
   */
  private static boolean actorPlace(Sentence s, ActorMention m) {
    Token head = s.tokens().get(m.head());
    if (m.resolvedBy() == ResolvedBy.METONYMY || m.kind().equals("place")) {
      return true;
    }
    return m.kind().equals("country")
        && head.pos().startsWith("NNP")
        && !head.ner().equals("NATIONALITY");
  }

  /**
   * A capitalised name that may be a building or site: not tagged as a person, date, quantity or
   * demonym, and not an actor the dictionaries know other than as a place ("at the Security
   * Council" is an organisation, "at the Kremlin" a seat of government).
   */
  private boolean isSiteName(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (!t.pos().startsWith("NNP")
        || t.word().isEmpty()
        || !Character.isUpperCase(t.word().codePointAt(0))
        || NOT_SITE_NER.contains(t.ner())) {
      return false;
    }
    Optional<ActorMention> m = mentions.at(s.index(), token);
    return m.isEmpty() || m.get().code().isEmpty() || knownByActors(s, token);
  }

  /** Runs of consecutive tokens with the same place tag, as {@code [start, end)} token ranges. */
  private static List<int[]> nerRuns(Sentence s) {
    List<int[]> runs = new ArrayList<>();
    List<Token> ts = s.tokens();
    int i = 0;
    while (i < ts.size()) {
      String ner = ts.get(i).ner();
      if (!PLACE_NER.contains(ner)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < ts.size() && ts.get(j).ner().equals(ner)) {
        j++;
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    return runs;
  }

  /** The token of {@code [start, end)} whose governor lies outside it (the first such). */
  private static int headOf(Sentence s, int start, int end) {
    for (int t = start; t < end; t++) {
      int g = s.headEdge(t).map(Dependency::governor).orElse(-1);
      if (g < start || g >= end) {
        return t;
      }
    }
    return end - 1;
  }

  /**
   * The tokens of the name headed by {@code head}: the proper nouns compounded with it ("White
   * House", "Gaza City") and an "of" phrase of proper nouns after it ("Great Hall of the People",
   * "Democratic Republic of Congo").
   */
  private static int[] nameRange(Sentence s, int head) {
    int start = head;
    int end = head + 1;
    while (start > 0
        && s.tokens().get(start - 1).pos().startsWith("NNP")
        && s.headEdge(start - 1)
            .map(e -> e.governor() == head || e.governor() == head - 1)
            .orElse(false)) {
      start--;
    }
    while (end < s.tokens().size()
        && s.tokens().get(end).pos().startsWith("NNP")
        && s.headEdge(end)
            .map(
                e ->
                    e.governor() == head
                        && (e.relation().startsWith("flat") || e.relation().startsWith("compound")))
            .orElse(false)) {
      end++;
    }
    if (s.tokens().get(head).pos().startsWith("NNP")) {
      for (Dependency d : s.children(head)) {
        int n = d.dependent();
        if (n >= end
            && d.baseRelation().equals("nmod")
            && s.tokens().get(n).pos().startsWith("NNP")
            && Clauses.preposition(s, n).filter("of"::equals).isPresent()) {
          List<Integer> sub = Clauses.subtree(s, n);
          if (sub.get(0) == end && sub.get(sub.size() - 1) - sub.get(0) == sub.size() - 1) {
            end = sub.get(sub.size() - 1) + 1;
          }
          break;
        }
      }
    }
    return new int[] {start, end};
  }

  /**
   * The larger place that follows a place name after a comma and qualifies it: "Russia" in
   * "Vladivostok, Russia", "Texas" in "Paris, Texas", "D.C." in "Washington, D.C.". It is a run of
   * proper nouns either in apposition to the name or tagged as a country or state, and not one item
   * of a list ("in Moscow, Beijing and Paris") nor the subject of what follows.
   */
  private Optional<int[]> qualifierAfter(Sentence s, int head, int end) {
    List<Token> ts = s.tokens();
    int q0 = end + 1;
    if (q0 >= ts.size() || !ts.get(end).word().equals(",") || !proper(ts.get(q0))) {
      return Optional.empty();
    }
    String ner = ts.get(q0).ner();
    int r = q0 + 1;
    while (r < ts.size() && proper(ts.get(r)) && ts.get(r).ner().equals(ner)) {
      r++;
    }
    if (NOT_SITE_NER.contains(ner)
        || r < ts.size() && LIST_WORDS.contains(ts.get(r).word().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int qh = headOf(s, q0, r);
    Optional<Dependency> edge = s.headEdge(qh);
    String rel = edge.map(Dependency::baseRelation).orElse("root");
    if (rel.equals("nsubj") || rel.equals("csubj") || rel.equals("conj") && inList(s, qh)) {
      return Optional.empty();
    }
    boolean appos = rel.equals("appos") && edge.get().governor() == head;
    boolean region =
        REGION_NER.contains(ts.get(qh).ner())
            || mentions.at(s.index(), qh).filter(m -> m.kind().equals("country")).isPresent();
    return appos || region ? Optional.of(new int[] {q0, r}) : Optional.empty();
  }

  /** Whether a conjunct is one of a coordinated list: some conjunct of its governor has a "cc". */
  private static boolean inList(Sentence s, int conjunct) {
    int g = s.headEdge(conjunct).map(Dependency::governor).orElse(-1);
    if (g < 0) {
      return false;
    }
    for (int c : Clauses.children(s, g, "conj")) {
      if (Clauses.child(s, c, "cc").isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean proper(Token t) {
    return t.pos().startsWith("NNP")
        && !t.word().isEmpty()
        && Character.isUpperCase(t.word().codePointAt(0));
  }
}
