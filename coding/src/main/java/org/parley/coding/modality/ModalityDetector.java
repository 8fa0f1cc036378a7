package org.parley.coding.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Modality;
import org.parley.model.Sentence;

/**
 * Reads the modality of a trigger from its own dependents and from the predicates above it.
 *
 * <p>Cues, strongest first: negation ("not", "never"; governed by "decline", "fail", "refuse" ...
 * to) gives negated; "may", "might", "could", "would", "whether", "if" give hypothetical; "will",
 * "plan to", "is expected to", "seek to", "hope to" give intended; "reportedly", "allegedly", "is
 * said to" give reported. The walk goes up through complement and adverbial clauses, where a
 * governing "whether" or "decline" still scopes over the trigger, but it stops at a reporting
 * verb's complement: "X said Y met Z" asserts the meeting on X's word.
 */
public final class ModalityDetector {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEG_GOVERNORS =
      Set.of("decline", "fail", "refuse", "deny", "avoid", "reject", "cancel", "halt", "postpone");
  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("may", "might", "could", "would", "should", "can");
  private static final Set<String> HYPOTHETICAL_MARK = Set.of("whether", "if", "unless");
  private static final Set<String> INTENDED_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> INTENT_GOVERNORS =
      Set.of(
          "plan",
          "intend",
          "expect",
          "aim",
          "hope",
          "want",
          "seek",
          "prepare",
          "try",
          "propose",
          "agree",
          "promise",
          "vow",
          "pledge",
          "wish",
          "schedule",
          "consider",
          "push",
          "urge",
          "call",
          "ask",
          "offer",
          "attempt",
          "strive",
          "move",
          "set",
          "discuss",
          "mull",
          "weigh",
          "need",
          "desire",
          "look");
  private static final Set<String> REPORTED_ADV =
      Set.of("reportedly", "allegedly", "purportedly", "supposedly");
  private static final Set<String> REPORT_VERBS =
      Set.of("say", "report", "believe", "rumor", "rumour", "allege");
  private static final Set<String> UPWARD =
      Set.of("xcomp", "ccomp", "advcl", "acl", "csubj", "conj");

  /** A modality with the words that set it. */
  public record Reading(Modality modality, List<String> cues) {
    public Reading {
      cues = List.copyOf(cues);
    }
  }

  /** The modality of the predicate at {@code token}. */
  public Reading read(Sentence s, int token) {
    List<String> neg = new ArrayList<>();
    List<String> hyp = new ArrayList<>();
    List<String> intent = new ArrayList<>();
    List<String> rep = new ArrayList<>();
    int t = token;
    boolean first = true;
    for (int depth = 0; depth < 5; depth++) {
      for (Dependency d : s.children(t)) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        String rel = d.relation();
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && NEGATORS.contains(w)
            && (rel.equals("advmod") || rel.equals("neg"))) {
          neg.add(w);
        } else if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
          hyp.add(w);
        } else if (rel.equals("mark") && HYPOTHETICAL_MARK.contains(w)) {
          hyp.add(w);
        } else if (rel.startsWith("aux") && INTENDED_AUX.contains(w)) {
          intent.add(w);
        } else if (rel.equals("advmod") && REPORTED_ADV.contains(w)) {
          rep.add(w);
        }
      }
      var up = s.headEdge(t).filter(e -> e.governor() >= 0);
      if (up.isEmpty()) {
        break;
      }
      Dependency edge = up.get();
      String rel = edge.relation();
      if (!UPWARD.contains(rel) && !UPWARD.contains(edge.baseRelation())) {
        break;
      }
      int g = edge.governor();
      String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
      if (rel.equals("conj")) {
        // A coordinated predicate shares its first conjunct's auxiliaries only when it has none of
        // its own.
        if (!s.children(t).stream()
            .anyMatch(x -> x.relation().startsWith("aux") || x.relation().startsWith("nsubj"))) {
          t = g;
          continue;
        }
        break;
      }
      if (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("acl")) {
        if (NEG_GOVERNORS.contains(lemma)) {
          neg.add(s.tokens().get(g).word());
        } else if (INTENT_GOVERNORS.contains(lemma)) {
          intent.add(s.tokens().get(g).word());
        } else if (REPORT_VERBS.contains(lemma) && isPassive(s, g)) {
          rep.add("is " + s.tokens().get(g).word());
        }
      }
      if (rel.equals("ccomp") && REPORT_VERBS.contains(lemma) && !first) {
        break;
      }
      if (rel.equals("ccomp") && REPORT_VERBS.contains(lemma)) {
        break;
      }
      first = false;
      t = g;
    }
    if (!neg.isEmpty()) {
      return new Reading(Modality.NEGATED, neg);
    }
    if (!hyp.isEmpty()) {
      return new Reading(Modality.HYPOTHETICAL, hyp);
    }
    if (!intent.isEmpty()) {
      return new Reading(Modality.INTENDED, intent);
    }
    if (!rep.isEmpty()) {
      return new Reading(Modality.REPORTED, rep);
    }
    return new Reading(Modality.ASSERTED, List.of());
  }

  private static boolean isPassive(Sentence s, int t) {
    return s.children(t).stream()
        .anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
  }

  /**
   * Whether {@code lemma} is a verb whose object names something planned, proposed or discussed.
   */
  public static boolean isIntentGovernor(String lemma) {
    return INTENT_GOVERNORS.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
