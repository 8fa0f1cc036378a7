package org.parley.coding.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * CAMEO's codes for a commitment to act rather than the act: "agreed to withdraw its troops",
 * "offered to release", "is willing to meet", "Finland will give Tanzania a grant" are 03 (express
 * intent to cooperate), with the sub-code of what is intended (033 aid, 035 yield, 036 meet);
 * "threatened to attack" is 13 (threaten: 138 with military force); a refused or negated act of
 * cooperation is 12 (reject: "would not provide aid" 122, "refused to meet" 125). CAMEO manual
 * 1.1b3, chapters 03, 12 and 13; PLOVER AGREE, REJECT and THREATEN.
 */
final class IntentCodes {
  /** Verbs that commit their subject to the act in their complement. */
  static final Set<String> COMMIT_VERBS =
      Set.of(
          "agree",
          "offer",
          "promise",
          "pledge",
          "vow",
          "commit",
          "undertake",
          "volunteer",
          "decide",
          "resolve",
          "plan",
          "intend",
          "seek",
          "consent");

  /** Verbs of wanting, which commit their subject to an act it is to do itself. */
  static final Set<String> WANT_VERBS = Set.of("want", "wish");

  /** Adjectives that do the same with "be": "is willing to", "ready to", "prepared to". */
  static final Set<String> COMMIT_ADJECTIVES =
      Set.of("willing", "ready", "prepared", "determined", "committed", "poised");

  /** Verbs that make the act in their complement a threat. */
  static final Set<String> THREAT_VERBS = Set.of("threaten", "vow", "warn");

  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll");
  static final Set<String> REPORT_VERBS =
      Set.of("say", "announce", "state", "declare", "tell", "confirm", "indicate", "add");

  /** 0xy intended, by the act's code: the most specific first. */
  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("07", "033"),
          Map.entry("08", "035"));

  /**
   * 13x threatened, by the act's code (CAMEO 1.1b3, chapter 13): "threaten to reduce or stop aid"
   * 1311 (peacekeeping included), "to impose martial law" 1324, "to halt negotiations" 134.
   */
  private static final Map<String, String> THREAT =
      Map.ofEntries(
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("1661", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("16", "131"),
          Map.entry("15", "138"),
          Map.entry("1721", "1321"),
          Map.entry("1722", "1322"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("172", "132"),
          Map.entry("173", "137"),
          Map.entry("175", "137"),
          Map.entry("17", "130"),
          Map.entry("18", "138"),
          Map.entry("19", "138"),
          Map.entry("20", "138"));

  /**
   * CAMEO 12 (reject) for a refused or negated act of cooperation: "would not provide aid" is 122,
   * "refused to meet" 125, "will not lift the sanctions" 1244.
   */
  private static final Map<String, String> REJECT =
      Map.ofEntries(
          Map.entry("0311", "1211"),
          Map.entry("0312", "1212"),
          Map.entry("031", "121"),
          Map.entry("0331", "1221"),
          Map.entry("0332", "1222"),
          Map.entry("0333", "1223"),
          Map.entry("0334", "1224"),
          Map.entry("033", "122"),
          Map.entry("0341", "1231"),
          Map.entry("0342", "1232"),
          Map.entry("0343", "1233"),
          Map.entry("0344", "1234"),
          Map.entry("034", "123"),
          Map.entry("0351", "1241"),
          Map.entry("0352", "1242"),
          Map.entry("0353", "1243"),
          Map.entry("0354", "1244"),
          Map.entry("0355", "1245"),
          Map.entry("0356", "1246"),
          Map.entry("035", "124"),
          Map.entry("036", "125"),
          Map.entry("037", "127"),
          Map.entry("038", "126"),
          Map.entry("03", "120"),
          Map.entry("04", "125"),
          Map.entry("057", "127"),
          Map.entry("05", "120"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("06", "121"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("07", "122"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("083", "123"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"),
          Map.entry("08", "124"));

  /**
   * CAMEO 10 (demand) for an act a speaker says someone must do: "China must drop barriers" 1011,
   * "Libya must hand over the bombers" 1053, "must hold talks" 106; any other act 100.
   */
  private static final Map<String, String> DEMAND =
      Map.ofEntries(
          Map.entry("061", "1011"),
          Map.entry("062", "1012"),
          Map.entry("06", "1011"),
          Map.entry("071", "1031"),
          Map.entry("072", "1032"),
          Map.entry("073", "1033"),
          Map.entry("074", "1034"),
          Map.entry("07", "103"),
          Map.entry("081", "1051"),
          Map.entry("082", "1052"),
          Map.entry("083", "104"),
          Map.entry("084", "1053"),
          Map.entry("085", "1054"),
          Map.entry("086", "1055"),
          Map.entry("087", "1056"),
          Map.entry("08", "105"),
          Map.entry("037", "107"),
          Map.entry("038", "108"),
          Map.entry("03", "100"),
          Map.entry("04", "106"),
          Map.entry("05", "102"));

  /** Modals of obligation: "must", "should", "has to", "needs to". */
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");

  /** Verbs that report what someone says must happen. */
  static final Set<String> DEMAND_REPORTERS =
      Set.of(
          "say",
          "declare",
          "state",
          "reiterate",
          "insist",
          "stress",
          "add",
          "tell",
          "announce",
          "warn",
          "conclude",
          "argue",
          "maintain",
          "demand",
          "write");

  private IntentCodes() {}

  /**
   * The report verb whose speaker says the act at {@code v} must happen ("said China must drop
   * barriers"), when the act carries a modal of obligation; -1 when none.
   */
  static int demandReporter(Sentence s, int v) {
    boolean obliged = false;
    for (Dependency d : s.children(v)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && OBLIGATION_AUX.contains(w)) {
        obliged = true;
      }
    }
    int clause = v;
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    if (!obliged && up.isPresent() && up.get().relation().equals("xcomp")) {
      // "has to", "needs to"
      int g = up.get().governor();
      String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("have") || lemma.equals("need")) {
        obliged = true;
        clause = g;
        up = s.headEdge(g).filter(e -> e.governor() >= 0);
      }
    }
    if (!obliged || up.isEmpty() || !up.get().relation().equals("ccomp")) {
      return -1;
    }
    int r = up.get().governor();
    return DEMAND_REPORTERS.contains(s.tokens().get(r).lemma().toLowerCase(Locale.ROOT)) ? r : -1;
  }

  /** The demand code for an act coded {@code code}: its sub-code, else 100. */
  static String demanded(String code) {
    return lookup(DEMAND, code).orElse("100");
  }

  /** Words that refuse the act in their complement. */
  static final Set<String> REFUSALS =
      Set.of(
          "refuse",
          "refused",
          "refuses",
          "refusing",
          "decline",
          "declined",
          "declines",
          "declining",
          "reject",
          "rejected",
          "rejects",
          "rejecting");

  /**
   * What makes a negated act a refusal: a refusing verb ("refused to meet") or a negated future or
   * will ("will not", "would not", "won't"), not a plain negated past ("did not meet").
   */
  static Optional<String> refusal(Sentence s, int v, java.util.List<String> cues) {
    for (String c : cues) {
      if (REFUSALS.contains(c.toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    for (Dependency d : s.children(v)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("aux")
          && Set.of("will", "would", "wo", "shall", "'ll", "can", "ca", "cannot").contains(w)) {
        return Optional.of(w + " not");
      }
    }
    return Optional.empty();
  }

  /** The rejection code for a negated act coded {@code code}; empty outside cooperation. */
  static Optional<String> rejected(String code) {
    if (code.length() == 4 && REJECT.containsKey(code)) {
      return Optional.of(REJECT.get(code));
    }
    return lookup(REJECT, code);
  }

  /**
   * The word that commits the subject to an act; {@code governor} is its token when it is a verb or
   * adjective governing the act ("agreed" in "agreed to withdraw"), -1 for an auxiliary.
   */
  record Commitment(String word, int governor) {}

  /** What commits the subject to the act at {@code v}, if anything. */
  static Optional<Commitment> commitment(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("aux") && FUTURE_AUX.contains(w)) {
        return Optional.of(new Commitment(w, -1));
      }
      if (d.relation().equals("aux") && w.equals("would") && reportedFuture(s, v)) {
        return Optional.of(new Commitment(w, -1));
      }
    }
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    for (int depth = 0;
        depth < 2 && up.isPresent() && up.get().relation().equals("xcomp") && passesOn(s, up.get());
        depth++) {
      // "willing to send material to help defend": the commitment reaches through the verbs of
      // its own subject's chain of acts.
      up = s.headEdge(up.get().governor()).filter(e -> e.governor() >= 0);
    }
    if (up.isPresent()
        && (up.get().relation().equals("xcomp") || up.get().relation().equals("advcl"))) {
      int g = up.get().governor();
      String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
      if (COMMIT_VERBS.contains(lemma) || COMMIT_ADJECTIVES.contains(lemma)) {
        return Optional.of(new Commitment(s.tokens().get(g).word(), g));
      }
      if (up.get().relation().equals("xcomp")
          && WANT_VERBS.contains(lemma)
          && s.children(g).stream().noneMatch(d -> d.relation().equals("obj"))) {
        // "wants to help Israel" is willingness to help (033); "wants Putin to attack" asks
        // another to act.
        return Optional.of(new Commitment(s.tokens().get(g).word(), g));
      }
    }
    return Optional.empty();
  }

  /** Verbs whose complement is an act of their object, not of their subject ("asked Iran to"). */
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "ask",
          "urge",
          "tell",
          "order",
          "force",
          "allow",
          "let",
          "permit",
          "persuade",
          "invite",
          "encourage",
          "call",
          "press",
          "compel",
          "enable",
          "get",
          "request",
          "require",
          "expect");

  /**
   * Whether the verb governing the complement {@code edge} passes a commitment above it on to the
   * complement: a plain verb of the same subject ("send material to help"), not a committing,
   * threatening or object-controlling verb, nor one with a commitment of its own.
   */
  private static boolean passesOn(Sentence s, Dependency edge) {
    int g = edge.governor();
    String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
    if (!s.tokens().get(g).pos().startsWith("VB")
        || COMMIT_VERBS.contains(lemma)
        || THREAT_VERBS.contains(lemma)
        || WANT_VERBS.contains(lemma)
        || OBJECT_CONTROL.contains(lemma)
        || REPORT_VERBS.contains(lemma)) {
      return false;
    }
    return s.children(g).stream()
        .noneMatch(
            d ->
                d.relation().startsWith("nsubj")
                    || d.relation().equals("iobj")
                    || d.relation().startsWith("aux"));
  }

  /**
   * Commitments that make a hostile act a threat (CAMEO 13): "plans to impose restrictions",
   * "prepared to impose martial law", "said they would boycott"; a bare narrated future ("the army
   * will begin an offensive") or a decision or agreement to act stays the act.
   */
  private static final Set<String> THREAT_COMMITMENTS =
      Set.of("plan", "intend", "vow", "willing", "ready", "prepared", "determined", "poised");

  /** Whether the commitment {@code by} to the hostile act at {@code v} states a threat. */
  static boolean threatens(Sentence s, int v, Commitment by) {
    if (by.governor() >= 0) {
      String lemma = s.tokens().get(by.governor()).lemma().toLowerCase(Locale.ROOT);
      return THREAT_COMMITMENTS.contains(lemma)
          || THREAT_COMMITMENTS.contains(by.word().toLowerCase(Locale.ROOT));
    }
    if (!reportedFuture(s, v)) {
      return false;
    }
    // "announced it would prohibit all aid" makes the measure known, which is the measure itself;
    // "said they would boycott" states what is to come, a threat.
    String reporter =
        s.tokens().get(s.headEdge(v).get().governor()).lemma().toLowerCase(Locale.ROOT);
    return !DECISION_REPORTERS.contains(reporter) || conditioned(s, v);
  }

  /** Verbs that make a decision known rather than state what is to come. */
  private static final Set<String> DECISION_REPORTERS = Set.of("announce", "confirm", "declare");

  /** Whether the act at {@code v} has a condition ("will boycott ... unless", "if"). */
  private static boolean conditioned(Sentence s, int v) {
    return s.children(v).stream()
        .anyMatch(d -> d.relation().equals("advcl") && conditional(s, d.dependent()));
  }

  private static boolean conditional(Sentence s, int v) {
    return Clauses.hasMark(s, v, "if", "unless");
  }

  /**
   * Whether {@code v} is the condition of a commitment or threat ("will boycott the elections
   * unless the president agrees to step down", "would meet him if he gave them a veto"): part of
   * what is threatened or promised, not an event of its own.
   */
  static boolean conditionOfCommitment(Sentence s, int v) {
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    for (int depth = 0;
        depth < 3 && up.isPresent() && up.get().relation().equals("xcomp");
        depth++) {
      // "unless the president agrees to step down": the act the condition's verb governs too.
      v = up.get().governor();
      up = s.headEdge(v).filter(e -> e.governor() >= 0);
    }
    if (up.isEmpty() || !up.get().relation().equals("advcl")) {
      return false;
    }
    int g = up.get().governor();
    return conditional(s, v) && (commitment(s, g).isPresent() || threat(s, g).isPresent());
  }

  /**
   * Whether {@code v} is a verb of wanting with an act of its subject's own as its complement
   * ("wants to help"), not another's ("wants Putin to attack").
   */
  static boolean wantsOwnAct(Sentence s, int v) {
    return WANT_VERBS.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))
        && s.tokens().get(v).pos().startsWith("VB")
        && s.children(v).stream().anyMatch(d -> d.relation().equals("xcomp"))
        && s.children(v).stream().noneMatch(d -> d.relation().equals("obj"));
  }

  /** The threat verb governing the act at {@code v} ("threatened to attack"), if any. */
  static Optional<Commitment> threat(Sentence s, int v) {
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    if (up.isPresent() && up.get().relation().equals("xcomp")) {
      int g = up.get().governor();
      if (THREAT_VERBS.contains(s.tokens().get(g).lemma().toLowerCase(Locale.ROOT))) {
        return Optional.of(new Commitment(s.tokens().get(g).word(), g));
      }
    }
    return Optional.empty();
  }

  /** "said it would allow": a future told in reported speech. */
  private static boolean reportedFuture(Sentence s, int v) {
    Optional<Dependency> up = s.headEdge(v).filter(e -> e.governor() >= 0);
    return up.isPresent()
        && up.get().relation().equals("ccomp")
        && REPORT_VERBS.contains(
            s.tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** The intent code for an act coded {@code code}; empty when CAMEO has none (01-03, 09-20). */
  static Optional<String> intent(String code) {
    return lookup(INTENT, code);
  }

  /** The threat code for an act coded {@code code}; empty when CAMEO has none. */
  static Optional<String> threatened(String code) {
    if (code.length() == 4 && THREAT.containsKey(code)) {
      return Optional.of(THREAT.get(code));
    }
    return lookup(THREAT, code);
  }

  private static Optional<String> lookup(Map<String, String> table, String code) {
    for (String k = code.length() > 3 ? code.substring(0, 3) : code; k.length() >= 2; ) {
      String v = table.get(k);
      if (v != null) {
        return Optional.of(v);
      }
      k = k.substring(0, k.length() - 1);
    }
    return Optional.empty();
  }
}
