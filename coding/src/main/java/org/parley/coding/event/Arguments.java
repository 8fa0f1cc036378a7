package org.parley.coding.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * Finds who does and who undergoes an event in the UD parse: subjects (through control,
 * coordination and relative clauses), passive agents, objects, and the prepositional phrases that
 * name a target.
 */
final class Arguments {
  /**
   * Prepositions whose object is the target of the event ("talks with B", "appeal to B", "support
   * from B").
   */
  static final Set<String> TARGET_PREPOSITIONS =
      Set.of(
          "with", "to", "against", "toward", "towards", "from", "into", "on", "over", "at", "upon");

  /**
   * Prepositions whose phrase on an active verb continues its object or says what it is about ("an
   * attack by X", "warned of X", "rumours about X"): its head is a candidate target, after the
   * verb's own target prepositions; never where it happened.
   */
  private static final Set<String> NOUN_PREPOSITIONS =
      Set.of("by", "of", "between", "among", "about");

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");

  private Arguments() {}

  /** Heads of the event's source: the subject (and its conjuncts), or the passive agent. */
  static List<Integer> sources(Sentence s, int pred) {
    return sources(s, pred, 0);
  }

  private static List<Integer> sources(Sentence s, int pred, int depth) {
    if (depth > 4) {
      return List.of();
    }
    for (Dependency d : s.children(pred)) {
      if (d.relation().equals("nsubj") || d.relation().equals("csubj")) {
        int subj = d.dependent();
        String w = s.tokens().get(subj).word().toLowerCase(Locale.ROOT);
        if (RELATIVE_PRONOUNS.contains(w)) {
          Optional<Dependency> up =
              Clauses.governor(s, pred).filter(e -> e.relation().equals("acl:relcl"));
          if (up.isPresent()) {
            return conjuncts(s, up.get().governor());
          }
        }
        return conjuncts(s, subj);
      }
    }
    if (isPassive(s, pred)) {
      List<Integer> hosts = new ArrayList<>(List.of(pred));
      // "was opposed earlier by Osgiliath": the parse may hang the agent on the verb's adverb.
      hosts.addAll(Clauses.children(s, pred, "advmod"));
      return agents(s, pred, hosts);
    }
    Optional<Dependency> up = Clauses.governor(s, pred);
    if (up.isEmpty()) {
      return List.of();
    }
    Dependency e = up.get();
    String rel = e.relation();
    if (rel.equals("xcomp")
        || rel.equals("conj")
        || rel.equals("advcl") && Clauses.hasMark(s, pred, "to")
        || rel.equals("ccomp") && emphaticDo(s, e.governor(), pred)) {
      // "X declined to comment", "X is expected to seek": the controller is the governor's subject,
      // passive
      // or not.
      for (Dependency d : s.children(e.governor())) {
        if (d.relation().startsWith("nsubj")) {
          return conjuncts(s, d.dependent());
        }
      }
      return sources(s, e.governor(), depth + 1);
    }
    if (rel.equals("acl")
        && !Clauses.hasMark(s, pred, "to")
        && s.tokens().get(pred).pos().equals("VBN")) {
      // "soldiers killed in Ukraine": the noun undergoes it; only a "by" phrase names who did.
      return agents(s, pred, List.of(pred));
    }
    if (rel.equals("acl")) {
      // "his openness to offer relief": the noun's possessor does the offering.
      for (Dependency d : s.children(e.governor())) {
        if (d.relation().equals("nmod:poss")) {
          return conjuncts(s, d.dependent());
        }
      }
      Optional<Dependency> nounUp = Clauses.governor(s, e.governor());
      if (nounUp.isPresent() && nounUp.get().relation().startsWith("obj")) {
        return sources(s, nounUp.get().governor(), depth + 1);
      }
    }
    if (rel.equals("acl:relcl")) {
      return conjuncts(s, e.governor());
    }
    return List.of();
  }

  /**
   * Who did a passive act: the "by" phrase on one of {@code hosts}, with its conjuncts, else the
   * maker of the attack it happened in.
   */
  private static List<Integer> agents(Sentence s, int pred, List<Integer> hosts) {
    for (int host : hosts) {
      for (int obl : Clauses.children(s, host, "obl", "obl:agent", "nmod:agent")) {
        if (Clauses.preposition(s, obl).filter("by"::equals).isPresent()) {
          return conjuncts(s, obl);
        }
      }
    }
    return attackers(s, pred);
  }

  /** Nouns of an armed attack, whose maker is who harmed those hurt "in" it. */
  private static final Set<String> ATTACK_NOUNS =
      Set.of(
          "attack",
          "assault",
          "strike",
          "airstrike",
          "raid",
          "airraid",
          "shelling",
          "bombing",
          "bombardment",
          "offensive",
          "ambush",
          "fire",
          "gunfire",
          "rocket",
          "missile",
          "crackdown");

  /**
   * Who made the attack a passive act with no "by" phrase happened in: "killed in Israeli tank
   * shelling", "wounded in a Taliban attack", "killed in an air strike by government forces",
   * "killed in Russia's offensive": the attack's "by" phrase, else the attack itself, which the
   * caller reads by its modifiers and owner; no actor when it names no maker.
   */
  private static List<Integer> attackers(Sentence s, int pred) {
    for (int obl : Clauses.children(s, pred, "obl")) {
      if (!Clauses.preposition(s, obl).filter(p -> p.equals("in") || p.equals("during")).isPresent()
          || !attack(s, obl)
              // "in Israeli tank shelling": the parse may make the attack a modifier.
              && Clauses.children(s, obl, "amod", "compound", "acl").stream()
                  .noneMatch(m -> attack(s, m))) {
        continue;
      }
      for (Dependency d : s.children(obl)) {
        if (d.baseRelation().equals("nmod")
            && Clauses.preposition(s, d.dependent()).filter("by"::equals).isPresent()) {
          return conjuncts(s, d.dependent());
        }
      }
      // The caller reads a noun naming no actor by its modifiers and owner ("Israeli tanks").
      return List.of(obl);
    }
    return List.of();
  }

  private static boolean attack(Sentence s, int t) {
    return ATTACK_NOUNS.contains(s.tokens().get(t).lemma().toLowerCase(Locale.ROOT))
        || ATTACK_NOUNS.contains(s.tokens().get(t).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code verb}, a bare infinitive the parse hangs as a complement on a form of "do" just
   * before it ("Gollum recently did allow that ..."), is that auxiliary's main verb: "do" takes no
   * clausal complement, so its subject is the verb's.
   */
  private static boolean emphaticDo(Sentence s, int governor, int verb) {
    return Clauses.lemma(s, governor).equals("do")
        && s.tokens().get(verb).pos().equals("VB")
        && governor < verb
        && verb - governor <= 3
        && Clauses.children(s, verb, "nsubj", "nsubj:pass").isEmpty();
  }

  /**
   * Heads of the event's target from the parse alone (no pattern): objects, then target phrases.
   */
  static List<Integer> targets(Sentence s, int pred) {
    if (isPassive(s, pred)) {
      for (Dependency d : s.children(pred)) {
        if (d.relation().equals("nsubj:pass")) {
          return conjuncts(s, d.dependent());
        }
      }
    }
    for (Dependency d : s.children(pred)) {
      if (d.relation().equals("obj")
          || d.relation().equals("iobj")
          || d.relation().equals("dobj")) {
        return conjuncts(s, d.dependent());
      }
    }
    return List.of();
  }

  /**
   * Prepositional objects introduced by a target preposition on {@code head}, then on its object
   * and its other nominal dependents ("pushed for a summit with China": China, through "summit").
   */
  static List<Integer> prepositionalTargets(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (List<Integer> group : prepositionalTargetGroups(s, head)) {
      out.addAll(group);
    }
    return out;
  }

  /**
   * The same, grouped by the word that carries them, nearest first: the predicate, its object, its
   * obliques, its passive subject. A caller takes the first group that names an actor, so "held
   * talks with Suleiman during a visit to Beirut" targets Suleiman, not also Beirut.
   */
  static List<List<Integer>> prepositionalTargetGroups(Sentence s, int head) {
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> hosts = new ArrayList<>();
    hosts.add(head);
    hosts.addAll(Clauses.children(s, head, "obj"));
    hosts.addAll(Clauses.children(s, head, "obl"));
    // "Evidence against Russia was presented by the US": the passive subject carries the target
    // phrase.
    hosts.addAll(Clauses.children(s, head, "nsubj:pass"));
    for (int h : hosts) {
      List<Integer> group = new ArrayList<>();
      for (int obl : Clauses.children(s, h, "obl", "nmod")) {
        Optional<String> p = Clauses.preposition(s, obl);
        if (p.isPresent() && TARGET_PREPOSITIONS.contains(p.get())) {
          group.addAll(conjuncts(s, obl));
        }
      }
      groups.add(group);
    }
    return groups;
  }

  /** Relations that stay inside a noun phrase: its modifiers, not clauses hung on it. */
  private static final Set<String> PHRASE_RELATIONS =
      Set.of("nmod", "nmod:poss", "compound", "amod", "appos", "conj", "flat", "obl", "nummod");

  /**
   * The words of the verb's object phrases (its object, passive subject and obliques, with their
   * nominal modifiers and participles, not clauses hung on them) in reading order, object first;
   * the heads themselves of obliques are left out, as the caller has weighed them already, except
   * those of {@link #NOUN_PREPOSITIONS}, which the caller does not weigh. PETRARCH takes the target
   * from the first actor in the verb's object phrase: "condemned an attack by Osgiliath soldiers",
   * "welcomed a resumption of ties between Gondor and Osgiliath", "warned the population of
   * Gondor".
   */
  static List<Integer> objectPhraseWords(Sentence s, int pred) {
    List<Integer> out = new ArrayList<>();
    List<Integer> objects = new ArrayList<>(Clauses.children(s, pred, "obj", "iobj"));
    if (isPassive(s, pred)) {
      objects.addAll(Clauses.children(s, pred, "nsubj:pass"));
    }
    for (int o : objects) {
      out.add(o);
      out.addAll(phraseDescendants(s, o));
    }
    for (int obl : Clauses.children(s, pred, "obl")) {
      Optional<String> p = Clauses.preposition(s, obl);
      if (!p.filter("by"::equals).isPresent() || !isPassive(s, pred)) {
        if (p.filter(NOUN_PREPOSITIONS::contains).isPresent()
            || p.filter("for"::equals).isPresent() && !Clauses.children(s, pred, "obj").isEmpty()) {
          // "condemned an attack by Osgiliath soldiers": an active verb's "by" (or "of") phrase
          // belongs to its object, which the parse may hang on the verb; its head is the actor. So
          // does the "for" phrase of a verb with an object ("issued arrest warrants for two
          // Brazilian men").
          out.add(obl);
        }
        out.addAll(phraseDescendants(s, obl));
      }
    }
    return out;
  }

  /** The words inside a noun phrase: its modifiers and participles, not clauses hung on it. */
  static List<Integer> phraseWords(Sentence s, int head) {
    return phraseDescendants(s, head);
  }

  private static List<Integer> phraseDescendants(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>(List.of(head));
    while (!frontier.isEmpty() && out.size() < 60) {
      int h = frontier.remove(0);
      for (Dependency d : s.children(h)) {
        String base =
            d.relation().contains(":") && !d.relation().equals("nmod:poss")
                ? d.relation().substring(0, d.relation().indexOf(':'))
                : d.relation();
        // "the roads leading into Mordor": a participle's phrase still describes the noun, a
        // relative clause does not.
        boolean participle = d.relation().equals("acl") && phraseParticiple(s, d.dependent());
        if ((PHRASE_RELATIONS.contains(base) || participle) && !out.contains(d.dependent())) {
          out.add(d.dependent());
          frontier.add(d.dependent());
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** A bare participle ("leading", "based"), not an infinitive or a clause with its own subject. */
  private static boolean phraseParticiple(Sentence s, int t) {
    String pos = s.tokens().get(t).pos();
    return (pos.equals("VBG") || pos.equals("VBN"))
        && s.children(t).stream()
            .noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("mark"));
  }

  /** Prepositional objects of {@code head} with the given prepositions. */
  static List<Integer> withPreposition(Sentence s, int head, Set<String> prepositions) {
    List<Integer> out = new ArrayList<>();
    for (int obl : Clauses.children(s, head, "obl", "nmod")) {
      Optional<String> p = Clauses.preposition(s, obl);
      if (p.isPresent() && prepositions.contains(p.get())) {
        out.addAll(conjuncts(s, obl));
      }
    }
    return out;
  }

  static List<Integer> conjuncts(Sentence s, int head) {
    Set<Integer> out = new LinkedHashSet<>();
    addConjuncts(s, head, out);
    return new ArrayList<>(out);
  }

  private static void addConjuncts(Sentence s, int head, Set<Integer> out) {
    if (!out.add(head)) {
      return;
    }
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("conj") && !Clauses.isVerb(s, d.dependent())) {
        addConjuncts(s, d.dependent(), out);
      }
    }
  }

  static boolean isPassive(Sentence s, int pred) {
    return s.children(pred).stream()
        .anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
  }
}
