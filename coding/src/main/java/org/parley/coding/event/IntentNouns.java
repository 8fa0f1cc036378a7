package org.parley.coding.event;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Nouns that make the act in their complement only intended: "discussed plans to attack", "efforts
 * to counter the militants", "a proposal to withdraw troops", "the threat to impose sanctions". The
 * act has not happened; CAMEO codes it as the intent (03) or threat (13) it expresses, or not at
 * all where no such code exists.
 */
final class IntentNouns {
  /** Nouns of planning, proposing, trying or deciding. */
  static final Set<String> INTENT_NOUNS =
      Set.of(
          "plan",
          "effort",
          "proposal",
          "intention",
          "plot",
          "scheme",
          "initiative",
          "offer",
          "pledge",
          "promise",
          "vow",
          "commitment",
          "readiness",
          "willingness",
          "decision",
          "agreement",
          "determination",
          "ambition",
          "aim",
          "goal");

  /** Nouns of threatening. */
  static final Set<String> THREAT_NOUNS = Set.of("threat", "ultimatum");

  private IntentNouns() {}

  /** The noun that makes the act at {@code v} intended or threatened, and whether it threatens. */
  record Governing(String word, boolean threat) {}

  /**
   * The planning or threatening noun whose complement the verb at {@code v} heads ("plans to
   * attack": acl of "plans"), if any.
   */
  static Optional<Governing> governing(Sentence s, int v) {
    if (!s.tokens().get(v).pos().startsWith("VB")) {
      return Optional.empty();
    }
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    if (up.isEmpty() || !up.get().relation().startsWith("acl")) {
      return Optional.empty();
    }
    if (up.get().relation().equals("acl:relcl")) {
      return Optional.empty();
    }
    int g = up.get().governor();
    if (!s.tokens().get(g).pos().startsWith("NN")) {
      return Optional.empty();
    }
    if (!Clauses.hasMark(s, v, "to")) {
      return Optional.empty();
    }
    String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
    String word = s.tokens().get(g).word();
    if (THREAT_NOUNS.contains(lemma)) {
      return Optional.of(new Governing(word, true));
    }
    if (INTENT_NOUNS.contains(lemma)) {
      return Optional.of(new Governing(word, false));
    }
    return Optional.empty();
  }
}
