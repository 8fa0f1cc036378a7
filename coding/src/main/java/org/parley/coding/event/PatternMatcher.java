package org.parley.coding.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.parley.coding.dictionary.PatternElement;
import org.parley.coding.dictionary.VerbPattern;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Matches PETRARCH verb patterns ({@code - BEFORE * AFTER [code]}) against a predicate's clause in
 * a UD parse, as the dictionaries' own documentation reads them (PETRARCH's {@code PETRreader} and
 * the CAMEO.2.0 and validation dictionary headers, which follow TABARI's pattern language).
 *
 * <p>The words after the verb are the predicate's clause (its subtree without embedded clauses) in
 * word order. The words before it are the clause's own words before the verb and, as PETRARCH's
 * "upper sequence" runs back to the start of the sentence or a comma, the words before the verb of
 * the clauses it is embedded in ("Ethiopia <em>indicated</em> it <em>would</em> act": {@code -
 * INDICATED WOULD * [1010]}), up to the last comma before the clause.
 *
 * <ul>
 *   <li>Elements right of {@code *} are matched in order after the verb, the first within a few
 *       words of it; elements left of it are matched outwards from the verb, the nearest first, as
 *       PETRARCH matches its upper sequence in reverse. A blank between elements lets a few words
 *       stand between them.
 *   <li>Words joined with {@code _} must be consecutive in the sentence; a braced {@code {MOD
 *       HEAD}} allows one word between its parts.
 *   <li>A plain word matches a word of the sentence as written (case aside): PETRARCH matches whole
 *       word forms, not lemmas, which is why synonym sets generate plurals and verb lines list
 *       their forms; where a block has both forms ({@code * SANCTION}, {@code * SANCTIONS}), the
 *       one written wins. Deviation: when no pattern of the block matches by word forms, a pattern
 *       word may match a word's lemma ({@code * RESTRICTION} for "restrictions"), since CAMEO.2.0
 *       mostly writes nouns in the singular.
 *   <li>{@code $} and {@code +} mark the noun phrase standing there as source or target; the marked
 *       token is the actor named in that phrase when there is one ("an anti-Gondor parade" marks
 *       Gondor), else its head. {@code ^} passes over one noun phrase, {@code %} requires a
 *       conjoined one ("X and Y"). Temporal noun phrases ("next week") are passed over by all four,
 *       since they name no actor.
 *   <li>A parenthesised phrase {@code (WITH LEADERS)} matches where that preposition introduces a
 *       phrase; a bare locative phrase such as {@code (AT)} or {@code (IN)} with no words of its
 *       own does not match when its object is a place: where an event happened does not change what
 *       happened.
 *   <li>A passive clause is tried both as written ("X was freed from Y": {@code + * FROM $}) and in
 *       its active order, with the passive subject read as the object ("Evidence was presented":
 *       {@code * EVIDENCE}), when the caller gives the clause in that order.
 * </ul>
 */
public final class PatternMatcher {
  private static final int GAP = 5;
  private static final Set<String> LOCATIVE = Set.of("AT", "IN", "ON", "NEAR", "INSIDE");

  /** Relations inside a noun phrase, from a word to the phrase's head. */
  private static final Set<String> PHRASE_INTERNAL =
      Set.of(
          "compound",
          "flat",
          "flat:name",
          "fixed",
          "amod",
          "nummod",
          "det",
          "det:predet",
          "nmod:poss");

  private static final Set<String> TEMPORAL = Set.of("obl:tmod", "nmod:tmod");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":");

  /** What one pattern matched: the pattern, and the target/source tokens it marked, if any. */
  public record Match(
      VerbPattern pattern, Optional<Integer> target, Optional<Integer> source, int matchedWords) {}

  private record State(int pos, Integer target, Integer source, int words) {}

  private final Sentence sentence;
  private final int predicate;
  private final IntPredicate isPlace;
  private final IntPredicate isActor;
  private final List<View> views = new ArrayList<>();
  private boolean byLemma;

  /** Each token's word with curly apostrophes straightened, and its lemma: compared many times. */
  private final String[] words;

  private final String[] lemmas;

  /** Pattern word texts split into words, once per text ("ALLIED_WITH" -> [ALLIED, WITH]). */
  private static final java.util.concurrent.ConcurrentMap<String, List<String>> SPLIT =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param clause the predicate's clause tokens (see {@link Clauses#clauseTokens}), in word order
   *     or in the active order of a passive clause
   * @param predicate the trigger token (must be in {@code clause})
   * @param isPlace whether a token heads a place name (for the locative rule)
   */
  public PatternMatcher(
      Sentence sentence, List<Integer> clause, int predicate, IntPredicate isPlace) {
    this(sentence, clause, predicate, isPlace, t -> false);
  }

  /**
   * @param isActor whether a token is part of a coded actor mention: {@code $} and {@code +} mark
   *     the actor of the noun phrase they stand on
   */
  public PatternMatcher(
      Sentence sentence,
      List<Integer> clause,
      int predicate,
      IntPredicate isPlace,
      IntPredicate isActor) {
    this.sentence = sentence;
    this.predicate = predicate;
    this.isPlace = isPlace;
    this.isActor = isActor;
    int n = sentence.tokens().size();
    this.words = new String[n];
    this.lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      var tok = sentence.tokens().get(i);
      words[i] = tok.word().replace('’', '\'');
      lemmas[i] = tok.lemma();
    }
    if (!clause.contains(predicate)) {
      throw new IllegalArgumentException(
          "predicate " + predicate + " is not in its clause " + clause);
    }
    List<Integer> upper = governingWords(clause, predicate);
    views.add(view(clause, predicate, upper));
    List<Integer> sorted = new ArrayList<>(new TreeSet<>(clause));
    if (!sorted.equals(clause)) {
      views.add(view(sorted, predicate, upper));
    }
  }

  /**
   * The most specific of {@code patterns} that matches, if any (ties: the one matching more words,
   * then the one written for the trigger verb, then the earlier pattern). CAMEO.2.0 notes after a
   * pattern the verb it was written for ("- * &TREATY [057] # RATIFY" in the block of APPROVE):
   * "ratified a treaty" takes RATIFY's code, not APPROVE's, as TABARI's per-verb lists did.
   * Patterns that match the word forms as written win; only when none does is a pattern word also
   * allowed to match a word's lemma ({@code * SANCTION} for "sanctions"), since CAMEO.2.0 often
   * writes only the singular.
   */
  public Optional<Match> best(List<VerbPattern> patterns) {
    Optional<Match> exact = best(patterns, false);
    return exact.isPresent() ? exact : best(patterns, true);
  }

  private Optional<Match> best(List<VerbPattern> patterns, boolean lemmas) {
    Match best = null;
    for (VerbPattern p : patterns) {
      if (!possible(p, lemmas)) {
        continue;
      }
      Optional<Match> m = match(p, lemmas);
      if (m.isPresent()
          && (best == null
              || p.specificity() > best.pattern().specificity()
              || p.specificity() == best.pattern().specificity()
                  && (m.get().matchedWords() > best.matchedWords()
                      || m.get().matchedWords() == best.matchedWords()
                          && writtenForTrigger(p)
                          && !writtenForTrigger(best.pattern())))) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * False when {@code p} cannot match because a plain word it requires (a top-level {@link
   * PatternElement.Word}, which every reading must match to some token by {@link #same}) is not
   * among the sentence's words (or, by lemma, its lemmas): a cheap test before the backtracking
   * match. Only ASCII pattern words are tested, whose case folding is the one {@code
   * equalsIgnoreCase} applies.
   */
  private boolean possible(VerbPattern p, boolean lemmas) {
    return possible(p.before(), lemmas) && possible(p.after(), lemmas);
  }

  private boolean possible(List<PatternElement> els, boolean lemmas) {
    for (PatternElement e : els) {
      if (e instanceof PatternElement.Word w) {
        for (String piece : split(w.text())) {
          if (ascii(piece)
              && !folded(false).contains(fold(piece))
              && !(lemmas && folded(true).contains(fold(piece)))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private java.util.Set<String> foldedWords;
  private java.util.Set<String> foldedLemmas;

  /** The sentence's words (or lemmas), folded as {@link #fold}; built on first use. */
  private java.util.Set<String> folded(boolean ofLemmas) {
    if (ofLemmas) {
      if (foldedLemmas == null) {
        foldedLemmas = new HashSet<>();
        for (String l : lemmas) {
          if (l != null) {
            foldedLemmas.add(fold(l));
          }
        }
      }
      return foldedLemmas;
    }
    if (foldedWords == null) {
      foldedWords = new HashSet<>();
      for (String w : words) {
        foldedWords.add(fold(w));
      }
    }
    return foldedWords;
  }

  /**
   * Each char mapped to lower(upper(c)): two strings {@code equalsIgnoreCase} calls equal fold to
   * the same string.
   */
  private static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(out);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pattern's comment names the trigger verb ("# RATIFY" for "ratified"). */
  private boolean writtenForTrigger(VerbPattern p) {
    String entry = p.provenance().entry();
    int hash = entry.indexOf('#');
    if (hash < 0) {
      return false;
    }
    List<String> names =
        List.of(entry.substring(hash + 1).strip().toUpperCase(Locale.ROOT).split("[^A-Z_]+"));
    var tok = sentence.tokens().get(predicate);
    return names.contains(tok.lemma().toUpperCase(Locale.ROOT))
        || names.contains(tok.word().toUpperCase(Locale.ROOT));
  }

  /**
   * {@code p} matched against the clause, in the first reading of it where it matches: by word
   * forms, else by lemmas.
   */
  public Optional<Match> match(VerbPattern p) {
    Optional<Match> exact = match(p, false);
    return exact.isPresent() ? exact : match(p, true);
  }

  private Optional<Match> match(VerbPattern p, boolean lemmas) {
    byLemma = lemmas;
    for (View v : views) {
      Optional<Match> m = v.match(p);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * Words of the clauses {@code predicate} is embedded in that stand before it and after the last
   * comma before its own clause, in word order.
   */
  private List<Integer> governingWords(List<Integer> clause, int predicate) {
    Set<Integer> own = new HashSet<>(clause);
    int first = predicate;
    for (int t : clause) {
      if (t == predicate) {
        break;
      }
      first = Math.min(first, t);
    }
    int cut = -1;
    for (int t = first - 1; t >= 0; t--) {
      if (CLAUSE_BREAKS.contains(sentence.tokens().get(t).word())) {
        cut = t;
        break;
      }
    }
    TreeSet<Integer> out = new TreeSet<>();
    Set<Integer> seen = new HashSet<>();
    for (Optional<Integer> g = governor(predicate); g.isPresent(); g = governor(g.get())) {
      if (!seen.add(g.get())) {
        break;
      }
      for (int t : Clauses.clauseTokens(sentence, g.get())) {
        if (t > cut && t < predicate && !own.contains(t)) {
          out.add(t);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private Optional<Integer> governor(int token) {
    return sentence.headEdge(token).filter(d -> d.governor() >= 0).map(Dependency::governor);
  }

  private View view(List<Integer> order, int predicate, List<Integer> upper) {
    int at = order.indexOf(predicate);
    TreeSet<Integer> before = new TreeSet<>(upper);
    before.addAll(order.subList(0, at));
    List<Integer> tokens = new ArrayList<>(before);
    int predicateIndex = tokens.size();
    tokens.addAll(order.subList(at, order.size()));
    return new View(tokens, predicateIndex);
  }

  /** One reading of the clause: its tokens in the order patterns are matched against. */
  private final class View {
    private final List<Integer> clause;
    private final int predicateIndex;

    View(List<Integer> clause, int predicateIndex) {
      this.clause = clause;
      this.predicateIndex = predicateIndex;
    }

    Optional<Match> match(VerbPattern p) {
      State start = new State(0, null, null, 0);
      Optional<State> before = backward(p.before(), p.before().size() - 1, start, predicateIndex);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      State b = before.get();
      Optional<State> after =
          forward(
              p.after(),
              0,
              new State(predicateIndex + 1, b.target, b.source, b.words),
              clause.size());
      return after.map(
          st ->
              new Match(
                  p, Optional.ofNullable(st.target), Optional.ofNullable(st.source), st.words));
    }

    /** Elements after the verb, left to right, each within {@link #GAP} of the one before. */
    private Optional<State> forward(List<PatternElement> els, int i, State st, int limit) {
      if (i == els.size()) {
        return Optional.of(st);
      }
      PatternElement e = els.get(i);
      int maxStart = Math.min(limit - 1, st.pos + GAP);
      for (int k = st.pos; k <= maxStart; k++) {
        Optional<State> next = element(e, k, st, limit);
        if (next.isPresent()) {
          Optional<State> rest = forward(els, i + 1, next.get(), limit);
          if (rest.isPresent()) {
            return rest;
          }
        }
      }
      return Optional.empty();
    }

    /**
     * Elements before the verb, right to left: element {@code i} must end by {@code end}; the one
     * nearest the verb may stand anywhere before it, the others within {@link #GAP} of the next.
     */
    private Optional<State> backward(List<PatternElement> els, int i, State st, int end) {
      if (i < 0) {
        return Optional.of(st);
      }
      PatternElement e = els.get(i);
      boolean nearest = i == els.size() - 1;
      for (int k = end - 1; k >= 0; k--) {
        Optional<State> next = element(e, k, st, end);
        if (next.isEmpty()) {
          if (!nearest && end - k > 2 * GAP) {
            break;
          }
          continue;
        }
        if (!nearest && end - next.get().pos > GAP) {
          break;
        }
        Optional<State> rest = backward(els, i - 1, next.get(), k);
        if (rest.isPresent()) {
          return rest;
        }
      }
      return Optional.empty();
    }

    /** Matches one element starting at clause position {@code k}, ending by {@code limit}. */
    private Optional<State> element(PatternElement e, int k, State st, int limit) {
      if (k >= limit) {
        return Optional.empty();
      }
      if (e instanceof PatternElement.Word w) {
        return words(split(w.text()), k, limit)
            .map(end -> new State(end, st.target, st.source, st.words + 1));
      }
      if (e instanceof PatternElement.SynonymRef syn) {
        for (List<String> member : syn.members()) {
          Optional<Integer> end = words(member, k, limit);
          if (end.isPresent()) {
            return Optional.of(new State(end.get(), st.target, st.source, st.words + 1));
          }
        }
        return Optional.empty();
      }
      if (e instanceof PatternElement.Target) {
        return phraseAt(k, limit).map(ph -> new State(ph.end, ph.actor, st.source, st.words));
      }
      if (e instanceof PatternElement.Source) {
        return phraseAt(k, limit).map(ph -> new State(ph.end, st.target, ph.actor, st.words));
      }
      if (e instanceof PatternElement.Skip) {
        return phraseAt(k, limit).map(ph -> new State(ph.end, st.target, st.source, st.words));
      }
      if (e instanceof PatternElement.Compound) {
        return phraseAt(k, limit)
            .filter(ph -> conjoined(ph.head))
            .map(ph -> new State(ph.end, st.target, st.source, st.words));
      }
      if (e instanceof PatternElement.NounPhrase np) {
        return nounPhrase(np, k, st, limit);
      }
      if (e instanceof PatternElement.PrepPhrase pp) {
        return prepPhrase(pp, k, st, limit);
      }
      return Optional.empty();
    }

    private Optional<State> nounPhrase(PatternElement.NounPhrase np, int k, State st, int limit) {
      State cur = new State(k, st.target, st.source, st.words);
      boolean first = true;
      for (PatternElement inner : np.elements()) {
        Optional<State> next = Optional.empty();
        if (np.consecutive()) {
          if (!first && !adjacent(cur.pos, limit)) {
            return Optional.empty();
          }
          next = element(inner, cur.pos, cur, limit);
        } else {
          int last = first ? cur.pos : Math.min(limit - 1, cur.pos + 1);
          for (int j = cur.pos; j <= last && next.isEmpty(); j++) {
            next = element(inner, j, cur, limit);
          }
        }
        if (next.isEmpty()) {
          return Optional.empty();
        }
        cur = next.get();
        first = false;
      }
      return Optional.of(cur);
    }

    private Optional<Integer> words(List<String> ws, int k, int limit) {
      return PatternMatcher.this.words(clause, ws, k, limit);
    }

    /** Whether clause position {@code pos} holds the sentence word right after position pos-1. */
    private boolean adjacent(int pos, int limit) {
      return pos > 0 && pos < limit && clause.get(pos) == clause.get(pos - 1) + 1;
    }

    private Optional<State> prepPhrase(PatternElement.PrepPhrase pp, int k, State st, int limit) {
      List<String> prep = split(pp.preposition());
      Optional<Integer> afterPrep = words(prep, k, limit);
      if (afterPrep.isEmpty()) {
        return Optional.empty();
      }
      int prepToken = clause.get(k);
      int object = governor(prepToken).orElse(prepToken);
      boolean hasWords =
          pp.elements().stream()
              .anyMatch(
                  x ->
                      x instanceof PatternElement.Word
                          || x instanceof PatternElement.SynonymRef
                          || x instanceof PatternElement.NounPhrase);
      if (!hasWords
          && LOCATIVE.contains(pp.preposition().toUpperCase(Locale.ROOT))
          && isPlace.test(object)) {
        return Optional.empty();
      }
      if (!hasWords && when(object)) {
        // "(ON)" is "called on Syria", not "telephoned Kozyrev on Tuesday".
        return Optional.empty();
      }
      State cur = new State(afterPrep.get(), st.target, st.source, st.words + 1);
      for (PatternElement inner : pp.elements()) {
        if (inner instanceof PatternElement.Target) {
          cur = new State(cur.pos, actorOf(phraseHead(object)), cur.source, cur.words);
          continue;
        }
        if (inner instanceof PatternElement.Source) {
          cur = new State(cur.pos, cur.target, actorOf(phraseHead(object)), cur.words);
          continue;
        }
        Optional<State> next = Optional.empty();
        for (int j = cur.pos; j <= Math.min(limit - 1, cur.pos + GAP) && next.isEmpty(); j++) {
          next = element(inner, j, cur, limit);
        }
        if (next.isEmpty()) {
          return Optional.empty();
        }
        cur = next.get();
      }
      return Optional.of(cur);
    }

    /** A noun phrase found at or after {@code k}: its head, its actor token, where it ends. */
    private record Phrase(int head, int actor, int end) {}

    /**
     * The first noun phrase (not a temporal one) that starts within {@link #GAP} words of clause
     * position {@code k} and ends before {@code limit}.
     */
    private Optional<Phrase> phraseAt(int k, int limit) {
      for (int j = k; j < Math.min(limit, k + GAP); j++) {
        int t = clause.get(j);
        if (!nominal(t)) {
          continue;
        }
        int head = phraseHead(t);
        int at = clause.indexOf(head);
        if (at < j || at >= limit) {
          // the head lies outside the words we may read: the run of nouns from here is the phrase
          at = j;
          while (at + 1 < limit
              && sentence.tokens().get(clause.get(at + 1)).pos().startsWith("NN")
              && clause.get(at + 1) == clause.get(at) + 1) {
            at++;
          }
          head = clause.get(at);
        }
        if (temporal(head)) {
          j = at;
          continue;
        }
        return Optional.of(new Phrase(head, actorOf(head), at + 1));
      }
      return Optional.empty();
    }
  }

  private boolean nominal(int t) {
    String pos = sentence.tokens().get(t).pos();
    return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD");
  }

  /** The head of the noun phrase {@code t} belongs to (climbing compounds, modifiers, owners). */
  private int phraseHead(int t) {
    int cur = t;
    for (int depth = 0; depth < 8; depth++) {
      Optional<Dependency> e = sentence.headEdge(cur).filter(d -> d.governor() >= 0);
      if (e.isEmpty()
          || !PHRASE_INTERNAL.contains(e.get().relation())
          || !nominal(e.get().governor())) {
        break;
      }
      cur = e.get().governor();
    }
    return cur;
  }

  private static final Set<String> DAY_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "today",
          "yesterday",
          "tomorrow",
          "tonight");

  /** Whether the nominal {@code t} says when: "on Tuesday", "in March". */
  private boolean when(int t) {
    Token tok = sentence.tokens().get(t);
    return Set.of("DATE", "TIME", "DURATION").contains(tok.ner())
        || DAY_WORDS.contains(tok.word().toLowerCase(Locale.ROOT));
  }

  private boolean temporal(int head) {
    return sentence.headEdge(head).map(d -> TEMPORAL.contains(d.relation())).orElse(false);
  }

  /** Whether the phrase headed by {@code head} is conjoined: "X and Y". */
  private boolean conjoined(int head) {
    if (sentence.headEdge(head).map(d -> d.relation().equals("conj")).orElse(false)) {
      return true;
    }
    return sentence.children(head).stream()
        .anyMatch(d -> d.relation().equals("conj") && nominal(d.dependent()));
  }

  /**
   * The token a {@code $} or {@code +} on the phrase headed by {@code head} marks: the first actor
   * among the phrase's own words (head and modifiers before it), else among the words that follow
   * it ("the Prince of Dol Amroth"), else the head.
   */
  private int actorOf(int head) {
    List<Integer> words = Clauses.clauseTokens(sentence, head);
    for (int t : words) {
      if (t <= head && isActor.test(t)) {
        return t;
      }
    }
    for (int t : words) {
      if (t > head && isActor.test(t)) {
        return t;
      }
    }
    return head;
  }

  /** Matches consecutive clause words at {@code k}; returns the clause position after them. */
  private Optional<Integer> words(List<Integer> clause, List<String> ws, int k, int limit) {
    if (ws.isEmpty() || k + ws.size() > limit) {
      return Optional.empty();
    }
    for (int n = 0; n < ws.size(); n++) {
      int t = clause.get(k + n);
      if (n > 0 && t != clause.get(k + n - 1) + 1) {
        return Optional.empty();
      }
      if (!same(ws.get(n), t)) {
        return Optional.empty();
      }
    }
    return Optional.of(k + ws.size());
  }

  /** A pattern word matches the word form as written, case and apostrophe style aside. */
  private boolean same(String patternWord, int token) {
    return patternWord.equalsIgnoreCase(words[token])
        || byLemma && patternWord.equalsIgnoreCase(lemmas[token]);
  }

  private static List<String> split(String text) {
    List<String> known = SPLIT.get(text);
    if (known != null) {
      return known;
    }
    return SPLIT.computeIfAbsent(
        text, t -> java.util.Arrays.stream(t.split("[_ ]+")).filter(x -> !x.isEmpty()).toList());
  }
}
