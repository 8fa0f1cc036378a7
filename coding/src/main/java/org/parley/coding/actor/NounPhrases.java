package org.parley.coding.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Groups the tokens of a sentence into noun phrases from the UD parse: a nominal head with its
 * compounds, flat name parts, adjectives, determiners and numbers. A possessor ("South Korea's" in
 * "South Korea's adviser") is its own phrase, linked to the phrase it modifies, so that it can both
 * be an actor in its own right and lend its country to a role noun.
 */
final class NounPhrases {
  private static final Set<String> INTERNAL =
      Set.of(
          "compound",
          "flat",
          "amod",
          "det",
          "nummod",
          "compound:prt",
          "fixed",
          "goeswith",
          "nmod:npmod");

  /** One phrase: its head token and all its tokens, sorted. */
  record Phrase(int head, TreeSet<Integer> tokens) {
    int start() {
      return tokens.first();
    }

    int end() {
      return tokens.last() + 1;
    }
  }

  private NounPhrases() {}

  static boolean internal(Dependency d) {
    String r = d.relation();
    return INTERNAL.contains(r)
        || r.startsWith("flat")
        || r.startsWith("compound")
        || r.startsWith("det");
  }

  /** The head of the phrase {@code token} belongs to (climbing internal relations). */
  static int phraseHead(Sentence s, int token) {
    int t = token;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      var edge = s.headEdge(t);
      if (edge.isEmpty() || edge.get().governor() < 0 || !internal(edge.get())) {
        return t;
      }
      t = edge.get().governor();
    }
    return t;
  }

  /**
   * The phrase headed by {@code head}: head plus internal dependents, recursively; possessive 's
   * kept.
   */
  static Phrase phrase(Sentence s, int head) {
    TreeSet<Integer> toks = new TreeSet<>();
    collect(s, head, toks);
    return new Phrase(head, toks);
  }

  private static void collect(Sentence s, int t, TreeSet<Integer> out) {
    out.add(t);
    for (Dependency d : s.children(t)) {
      if (internal(d)) {
        collect(s, d.dependent(), out);
      } else if ("case".equals(d.relation()) && isPossessiveMarker(s, d.dependent())) {
        out.add(d.dependent());
      } else if ("punct".equals(d.relation())
          && d.dependent() > out.first()
          && d.dependent() < t
          && s.tokens().get(d.dependent()).word().equals("-")) {
        out.add(d.dependent());
      }
    }
  }

  static boolean isPossessiveMarker(Sentence s, int t) {
    String w = s.tokens().get(t).word();
    return w.equals("'s") || w.equals("'") || w.equals("’s") || w.equals("’");
  }

  /** Heads of phrases joined to {@code head} by conjunction ("South Korea and Russia"). */
  static List<Integer> conjuncts(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (Dependency d : s.children(head)) {
      if ("conj".equals(d.baseRelation())) {
        out.addAll(conjuncts(s, d.dependent()));
      }
    }
    return out;
  }
}
