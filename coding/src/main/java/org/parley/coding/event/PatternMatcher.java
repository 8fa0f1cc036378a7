package org.parley.coding.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.parley.coding.dictionary.PatternElement;
import org.parley.coding.dictionary.VerbPattern;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Matches PETRARCH2 verb patterns against a predicate's clause in a UD parse.
 *
 * <p>The clause is the predicate's subtree without embedded clauses, in word order. Elements right
 * of {@code *} are matched in order after the predicate, those left of it before; each element may
 * skip a few words (adjectives, determiners) but never leaves the clause. A parenthesised phrase
 * {@code (WITH LEADERS)} matches where that preposition introduces a phrase; {@code +} and {@code
 * $} mark where the target and source stand. A bare locative phrase such as {@code (AT)} or {@code
 * (IN)} with no words of its own does not match when its object is a place: where an event happened
 * does not change what happened.
 */
public final class PatternMatcher {
  private static final int GAP = 5;
  private static final Set<String> LOCATIVE = Set.of("AT", "IN", "ON", "NEAR", "INSIDE");

  /** What one pattern matched: the pattern, and the target/source tokens it marked, if any. */
  public record Match(
      VerbPattern pattern, Optional<Integer> target, Optional<Integer> source, int matchedWords) {}

  private record State(int pos, Integer target, Integer source, int words) {}

  private final Sentence sentence;
  private final List<Integer> clause;
  private final int predicateIndex;
  private final IntPredicate isPlace;

  /**
   * @param clause the predicate's clause tokens, sorted (see {@link Clauses#clauseTokens})
   * @param predicate the trigger token (must be in {@code clause})
   * @param isPlace whether a token heads a place name (for the locative rule)
   */
  public PatternMatcher(
      Sentence sentence, List<Integer> clause, int predicate, IntPredicate isPlace) {
    this.sentence = sentence;
    this.clause = clause;
    this.predicateIndex = clause.indexOf(predicate);
    if (predicateIndex < 0) {
      throw new IllegalArgumentException(
          "predicate " + predicate + " is not in its clause " + clause);
    }
    this.isPlace = isPlace;
  }

  /** The most specific of {@code patterns} that matches, if any (ties: the earlier pattern). */
  public Optional<Match> best(List<VerbPattern> patterns) {
    Match best = null;
    for (VerbPattern p : patterns) {
      Optional<Match> m = match(p);
      if (m.isPresent()
          && (best == null
              || p.specificity() > best.pattern().specificity()
              || p.specificity() == best.pattern().specificity()
                  && m.get().matchedWords() > best.matchedWords())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  public Optional<Match> match(VerbPattern p) {
    Optional<State> before = Optional.of(new State(0, null, null, 0));
    if (!p.before().isEmpty()) {
      before = seq(p.before(), 0, new State(0, null, null, 0), predicateIndex, false);
    }
    if (before.isEmpty()) {
      return Optional.empty();
    }
    State b = before.get();
    Optional<State> after =
        seq(
            p.after(),
            0,
            new State(predicateIndex + 1, b.target, b.source, b.words),
            clause.size(),
            true);
    return after.map(
        st ->
            new Match(p, Optional.ofNullable(st.target), Optional.ofNullable(st.source), st.words));
  }

  private Optional<State> seq(List<PatternElement> els, int i, State st, int limit, boolean after) {
    if (i == els.size()) {
      return Optional.of(st);
    }
    PatternElement e = els.get(i);
    int maxStart = Math.min(limit - 1, st.pos + (after || i > 0 ? GAP : limit));
    for (int k = st.pos; k <= maxStart; k++) {
      Optional<State> next = element(e, k, st, limit);
      if (next.isPresent()) {
        Optional<State> rest = seq(els, i + 1, next.get(), limit, after);
        if (rest.isPresent()) {
          return rest;
        }
      }
    }
    return Optional.empty();
  }

  /** Matches one element starting exactly at clause position {@code k}. */
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
      return nominalAt(k, limit).map(t -> new State(clause.indexOf(t) + 1, t, st.source, st.words));
    }
    if (e instanceof PatternElement.Source) {
      return nominalAt(k, limit).map(t -> new State(clause.indexOf(t) + 1, st.target, t, st.words));
    }
    if (e instanceof PatternElement.Skip) {
      return nominalAt(k, limit)
          .map(t -> new State(clause.indexOf(t) + 1, st.target, st.source, st.words));
    }
    if (e instanceof PatternElement.NounPhrase np) {
      State cur = new State(k, st.target, st.source, st.words);
      for (PatternElement inner : np.elements()) {
        Optional<State> next = Optional.empty();
        for (int j = cur.pos; j <= Math.min(limit - 1, cur.pos + 1) && next.isEmpty(); j++) {
          next = element(inner, j, cur, limit);
        }
        if (next.isEmpty()) {
          return Optional.empty();
        }
        cur = next.get();
      }
      return Optional.of(cur);
    }
    if (e instanceof PatternElement.PrepPhrase pp) {
      return prepPhrase(pp, k, st, limit);
    }
    return Optional.empty();
  }

  private Optional<State> prepPhrase(PatternElement.PrepPhrase pp, int k, State st, int limit) {
    List<String> prep = split(pp.preposition());
    Optional<Integer> afterPrep = words(prep, k, limit);
    if (afterPrep.isEmpty()) {
      return Optional.empty();
    }
    int prepToken = clause.get(k);
    int object =
        sentence
            .headEdge(prepToken)
            .filter(d -> d.governor() >= 0)
            .map(Dependency::governor)
            .orElse(prepToken);
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
    State cur = new State(afterPrep.get(), st.target, st.source, st.words + 1);
    for (PatternElement inner : pp.elements()) {
      if (inner instanceof PatternElement.Target) {
        cur = new State(cur.pos, object, cur.source, cur.words);
        continue;
      }
      if (inner instanceof PatternElement.Source) {
        cur = new State(cur.pos, cur.target, object, cur.words);
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

  /** The first nominal token at or after clause position {@code k} (within the gap). */
  private Optional<Integer> nominalAt(int k, int limit) {
    for (int j = k; j < Math.min(limit, k + GAP); j++) {
      int t = clause.get(j);
      String pos = sentence.tokens().get(t).pos();
      if (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD")) {
        // Move to the last token of a run of nominal words: the phrase head in English.
        int end = j;
        while (end + 1 < limit
            && sentence.tokens().get(clause.get(end + 1)).pos().startsWith("NN")) {
          end++;
        }
        return Optional.of(clause.get(end));
      }
    }
    return Optional.empty();
  }

  /** Matches consecutive clause words at {@code k}; returns the clause position after them. */
  private Optional<Integer> words(List<String> ws, int k, int limit) {
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

  private boolean same(String patternWord, int token) {
    String w = sentence.tokens().get(token).word();
    String l = sentence.tokens().get(token).lemma();
    return patternWord.equalsIgnoreCase(w) || patternWord.equalsIgnoreCase(l);
  }

  private static List<String> split(String text) {
    return java.util.Arrays.stream(text.split("[_ ]+")).filter(x -> !x.isEmpty()).toList();
  }
}
