package org.parley.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Clause structure read off a UD parse: the tokens that belong to a predicate's own clause, and its
 * chain.
 */
public final class Clauses {
  /**
   * Dependents that start a clause of their own: their words are not part of the predicate's
   * phrase.
   */
  private static final Set<String> CLAUSAL =
      Set.of(
          "ccomp",
          "advcl",
          "parataxis",
          "conj",
          "csubj",
          "acl:relcl",
          "punct",
          "dep",
          "list",
          "discourse");

  private Clauses() {}

  /** Tokens of {@code head}'s clause: its subtree without embedded clauses, sorted. */
  public static List<Integer> clauseTokens(Sentence s, int head) {
    TreeSet<Integer> out = new TreeSet<>();
    collect(s, head, out, true);
    return new ArrayList<>(out);
  }

  private static void collect(Sentence s, int t, TreeSet<Integer> out, boolean top) {
    out.add(t);
    for (Dependency d : s.children(t)) {
      if (CLAUSAL.contains(d.relation())
          || CLAUSAL.contains(d.baseRelation()) && !d.relation().equals("acl")) {
        continue;
      }
      collect(s, d.dependent(), out, false);
    }
  }

  /** Every token under {@code head}, sorted. */
  public static List<Integer> subtree(Sentence s, int head) {
    TreeSet<Integer> out = new TreeSet<>();
    all(s, head, out);
    return new ArrayList<>(out);
  }

  private static void all(Sentence s, int t, TreeSet<Integer> out) {
    if (!out.add(t)) {
      return;
    }
    for (Dependency d : s.children(t)) {
      all(s, d.dependent(), out);
    }
  }

  /** The first child of {@code token} with one of the relations, in token order. */
  public static Optional<Integer> child(Sentence s, int token, String... relations) {
    for (Dependency d : s.children(token)) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          return Optional.of(d.dependent());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * All children of {@code token} with one of the relations (exact, or base relation when no colon
   * given).
   */
  public static List<Integer> children(Sentence s, int token, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(token)) {
      for (String r : relations) {
        if (d.relation().equals(r) || (!r.contains(":") && d.baseRelation().equals(r))) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code pred} has a marker ({@code mark}) that is one of {@code words}, any case: "to"
   * of an infinitive, "that" of a complement, "if" or "unless" of a condition.
   */
  public static boolean hasMark(Sentence s, int pred, String... words) {
    for (Dependency d : s.children(pred)) {
      if (d.relation().equals("mark")) {
        String w = s.tokens().get(d.dependent()).word();
        for (String x : words) {
          if (w.equalsIgnoreCase(x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The preposition (case marker) of a nominal, lower case: "in" for "in Moscow"; multiword joined
   * by space.
   */
  public static Optional<String> preposition(Sentence s, int nominal) {
    StringBuilder sb = new StringBuilder();
    for (Dependency d : s.children(nominal)) {
      if (d.relation().equals("case") && d.dependent() < nominal) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("'s") || w.equals("'") || w.equals("’s")) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
        for (Dependency f : s.children(d.dependent())) {
          if (f.relation().equals("fixed")) {
            sb.append(' ')
                .append(s.tokens().get(f.dependent()).word().toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
  }

  /** The governing edge of {@code token}, if any (not the root edge). */
  public static Optional<Dependency> governor(Sentence s, int token) {
    return s.headEdge(token).filter(e -> e.governor() >= 0);
  }

  public static boolean isVerb(Sentence s, int t) {
    String pos = s.tokens().get(t).pos();
    return pos.startsWith("VB") || pos.equals("VERB") || pos.equals("MD");
  }

  public static boolean isNoun(Sentence s, int t) {
    String pos = s.tokens().get(t).pos();
    return pos.startsWith("NN") || pos.equals("NOUN") || pos.equals("PROPN");
  }

  public static String lemma(Sentence s, int t) {
    return s.tokens().get(t).lemma().toLowerCase(java.util.Locale.ROOT);
  }
}
