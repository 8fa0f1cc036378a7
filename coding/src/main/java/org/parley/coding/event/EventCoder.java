package org.parley.coding.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.coding.Dictionaries;
import org.parley.coding.actor.MentionIndex;
import org.parley.coding.date.EventDater;
import org.parley.coding.dictionary.EventCodeSpec;
import org.parley.coding.dictionary.PatternElement;
import org.parley.coding.dictionary.VerbMatch;
import org.parley.coding.modality.ModalityDetector;
import org.parley.coding.place.Locator;
import org.parley.coding.place.PlaceFinder;
import org.parley.coding.place.PlaceResolver;
import org.parley.gazetteer.Gazetteer;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.ContentHash;
import org.parley.model.Dependency;
import org.parley.model.DictionaryEntry;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.model.ParsedDocument;
import org.parley.model.Place;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Codes the events of a parsed document whose actors have been resolved.
 *
 * <p>Verb triggers: each verb is looked up in the verb dictionary (multi-word forms such as
 * MEET_WITH first); the most specific pattern of its block that matches the clause gives the code,
 * else the verb form's or the block's own code; a pattern coded {@code ---} means "not an event". A
 * pattern that differs from the verb's own code only by a purpose phrase ("visited Washington for
 * talks") names a second event: both are coded. Sources and targets come from the parse ({@link
 * Arguments}); conjoined actors give one event per pair, and so does a phrase that names several
 * actors ("US and British activists", "the presidents of Iraq and Egypt": all the coded mentions at
 * an argument's head); a statement's target is the subject of what was said; a visit or meeting
 * with no other target takes the country of the place where it happened.
 *
 * <p>Nominal triggers (Parley's noun dictionary): "A's visit to B", "a summit between A and B", "A
 * had talks with B". A nominal meeting that is only pushed for, planned or proposed by its
 * participants is CAMEO 036 (express intent to meet); one that is expected or discussed is kept as
 * intended.
 *
 * <p>A code written {@code A:B} is PETRARCH2's active and passive pair: A is used, B only where A
 * is empty; B is coded too, with the actors reversed, where the pair is reciprocal or the two sides
 * of one interaction ({@link #linked}).
 */
public final class EventCoder {
  private static final Set<String> SKIP_RELATIONS = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "have",
          "hold",
          "attend",
          "conduct",
          "host",
          "begin",
          "start",
          "open",
          "conclude",
          "wrap",
          "end",
          "make",
          "pay",
          "stage",
          "convene",
          "resume",
          "renew",
          "continue",
          "launch",
          "undertake",
          "come",
          "take");
  private static final Set<String> INTENT_TO_MEET =
      Set.of(
          "push",
          "plan",
          "propose",
          "seek",
          "agree",
          "arrange",
          "prepare",
          "call",
          "want",
          "hope",
          "intend",
          "offer",
          "suggest",
          "consider",
          "urge");
  private static final Set<String> EXPECTED_MODIFIERS =
      Set.of(
          "expect",
          "expected",
          "plan",
          "planned",
          "propose",
          "proposed",
          "possible",
          "potential",
          "upcoming",
          "scheduled",
          "schedule",
          "future",
          "prospective",
          "likely");

  /** The reading of what the text states: a commitment, a demand, a pattern's own modality. */
  private static final ModalityDetector.Reading ASSERTED =
      new ModalityDetector.Reading(org.parley.model.Modality.ASSERTED, List.of());

  private static final Set<String> BEFORE_PREPOSITIONS = Set.of("ahead of", "before", "prior to");
  private static final Set<String> OCCASION_PREPOSITIONS =
      Set.of("at", "in", "during", "after", "since", "following", "on the sidelines of");

  /** CAMEO roots whose event is about an act that has not happened: appeal, intent, reject, ... */
  private static final Set<String> UNREALISED_ROOTS = Set.of("02", "03", "10", "11", "12", "13");

  /** Relations through which an act is the content of the predicate above it. */
  private static final Set<String> CONTENT_RELATIONS =
      Set.of("xcomp", "ccomp", "acl", "obj", "obl", "nmod");

  /**
   * Roots whose verb's "to" clause is what is asked, refused or threatened ("called on the world
   * community to help", "faces pressure from Congress to help Iran", "would not give permission to
   * Russia to help Israel"), even when parsed as an adverbial clause; for other verbs it is a
   * purpose ("will visit Mauritania to mediate").
   */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10", "12", "13");

  /** Prepositions whose phrase on a statement verb says what it is about. */
  private static final Set<String> STATEMENT_ABOUT = Set.of("for", "over", "about");

  /**
   * Verbs of pressing someone to act ("was pressured by Congress to help Iran"): the act pressed
   * for has not happened, whatever the code of the pressing (CAMEO 17 coerce is an act that has).
   */
  private static final Set<String> PRESSING_VERBS = Set.of("pressure", "press", "lobby");

  private final Dictionaries dictionaries;
  private final ModalityDetector modality = new ModalityDetector();
  private final EventDater dater = new EventDater();

  private final boolean keepUncatalogued;

  /** Places event locations; the gazetteer is loaded once per JVM and shared. */
  private final PlaceResolver placeResolver = new PlaceResolver(Gazetteer.shared());

  public EventCoder(Dictionaries dictionaries) {
    this(dictionaries, false);
  }

  public EventCoder(Dictionaries dictionaries, boolean keepUncatalogued) {
    this.dictionaries = dictionaries;
    this.keepUncatalogued = keepUncatalogued;
  }

  /**
   * One way of coding a trigger: the code, the rule that chose it, and pattern-marked arguments.
   */
  private record Choice(
      EventCodeSpec code,
      String rule,
      List<DictionaryEntry> entries,
      Optional<Integer> target,
      Optional<Integer> source,
      boolean pattern,
      boolean compound) {
    Choice(
        EventCodeSpec code,
        String rule,
        List<DictionaryEntry> entries,
        Optional<Integer> target,
        Optional<Integer> source,
        boolean pattern) {
      this(code, rule, entries, target, source, pattern, false);
    }

    /** The same choice, its rule saying what else made the code. */
    Choice because(String why) {
      return new Choice(code, rule + "; " + why, entries, target, source, pattern, compound);
    }

    /** The same choice without its pattern-marked actors, its rule saying why. */
    Choice unmarkedBecause(String why) {
      return new Choice(
          code, rule + "; " + why, entries, Optional.empty(), Optional.empty(), pattern, compound);
    }
  }

  /** Codes every event in {@code doc}, given its resolved mentions, in reading order. */
  public List<Event> code(ParsedDocument doc, List<ActorMention> mentionList) {
    MentionIndex mentions = new MentionIndex(mentionList);
    PlaceFinder finder = new PlaceFinder(mentions);
    PlaceFinder places =
        finder.locatedBy(Locator.forDocument(placeResolver, doc, mentionList, finder));
    Map<String, Event> out = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      if (discarded(s)) {
        continue;
      }
      // This sentence's events: what the rules below look at and revise is never in another.
      Map<String, Event> here = new LinkedHashMap<>();
      Set<Integer> consumed = new HashSet<>();
      Set<Integer> committers = new HashSet<>();
      List<Integer> wanting = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (IntentCodes.wantsOwnAct(s, t.index())) {
          // "wants to help Israel": the act wanted is coded first, as an intent (033); "want"
          // is coded on its own only when it is not.
          wanting.add(t.index());
          continue;
        }
        // "wants to attack": a pattern of "want" that names "attack" coded the one event.
        if (Clauses.isVerb(s, t.index())
            && !(consumed.contains(t.index()) && governorCoded(s, t.index(), here))) {
          codeVerb(doc.article(), s, t.index(), mentions, places, consumed, committers, here);
        }
      }
      for (int w : wanting) {
        if (!committers.contains(w)) {
          codeVerb(doc.article(), s, w, mentions, places, consumed, committers, here);
        }
      }
      // A committing verb's own event ("agreed": 030) gives way to the intent coded for what it
      // commits to, when that was coded for the same actor.
      List<Event> intents = here.values().stream().filter(EventCoder::converted).toList();
      for (int g : committers) {
        CharSpan at = s.tokens().get(g).span();
        here.values()
            .removeIf(
                e ->
                    e.evidence().span().begin() == at.begin()
                        && !converted(e)
                        && intents.stream()
                            .anyMatch(i -> i.source().code().equals(e.source().code())));
      }
      for (Token t : s.tokens()) {
        codePredicate(doc.article(), s, t.index(), mentions, places, here);
      }
      for (Token t : s.tokens()) {
        if (Clauses.isNoun(s, t.index()) && !consumed.contains(t.index())) {
          codeNoun(doc.article(), s, t.index(), mentions, places, here);
        }
      }
      sharpenAllegations(s, here);
      sharpenAppeals(s, here);
      dropPresupposed(s, here, uncodedAllegers(s, here));
      out.putAll(here);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * "Congress is asking Obama to help Iran": an appeal or demand whose verb has no code of its own
   * for what is asked (020, 100) takes the sub-code of the act asked for, when that act is coded
   * (CAMEO 023 appeal for aid, 103 demand aid; the appeal codes parallel the demand codes). The act
   * then gives way to it (dropPresupposed).
   */
  private void sharpenAppeals(Sentence s, Map<String, Event> out) {
    for (var en : new ArrayList<>(out.entrySet())) {
      Event e = en.getValue();
      String code = e.type().cameoCode();
      if (!(code.equals("020") || code.equals("100"))
          || converted(e)
          // "faces pressure from Congress to help Iran": the verb is not the asking itself.
          || e.evidence().rule().contains("with actors reversed")) {
        continue;
      }
      Optional<Integer> g = tokenAt(s, e.evidence().span().begin());
      if (g.isEmpty()) {
        continue;
      }
      List<Integer> acts = new ArrayList<>(Clauses.children(s, g.get(), "xcomp", "ccomp"));
      for (int adv : Clauses.children(s, g.get(), "advcl")) {
        if (Clauses.hasMark(s, adv, "to")) {
          acts.add(adv);
        }
      }
      Optional<Event> act =
          out.values().stream()
              .filter(a -> a != e && !converted(a))
              .filter(
                  a -> tokenAt(s, a.evidence().span().begin()).filter(acts::contains).isPresent())
              .findFirst();
      if (act.isEmpty()) {
        continue;
      }
      String demand = IntentCodes.demanded(act.get().type().cameoCode());
      if (demand.equals("100")) {
        continue;
      }
      String sharper = code.startsWith("02") ? "02" + demand.substring(2) : demand;
      Optional<EventType> type = typeOf(sharper);
      if (type.isEmpty()) {
        continue;
      }
      en.setValue(recoded(e, type.get(), e.target(), "what is asked for makes it " + sharper));
    }
  }

  private static final String CLAIMED = "claiming its own hostile act makes it 015";

  /** The same event with another type and target, its rule saying why. */
  private static Event recoded(
      Event e, EventType type, Optional<EventParticipant> target, String why) {
    var ev = e.evidence();
    return new Event(
        e.eventId(),
        e.docId(),
        e.sentenceIndex(),
        e.sentence(),
        e.date(),
        e.dateSource(),
        e.source(),
        target,
        type,
        e.location(),
        e.modality(),
        new org.parley.model.Evidence(
            ev.trigger(), ev.span(), ev.rule() + "; " + why, ev.entries(), ev.modalityCues()),
        e.confidence());
  }

  /** CAMEO roots of material conflict: an act one can be accused of, or claim. */
  private static final Set<String> HOSTILE_ROOTS = Set.of("15", "16", "17", "18", "19", "20");

  /**
   * "The US claimed that ISIL had attacked Iraq": alleging that another actor committed a hostile
   * act is an accusation (CAMEO 112); claiming that one did it oneself ("claimed that they had
   * attacked Iraq") is claiming responsibility (015), at whom the act was aimed. Only the ALLEGE
   * block's own code (110) is sharpened; its patterns are specific already. The act itself then
   * gives way to the allegation (dropPresupposed).
   */
  private void sharpenAllegations(Sentence s, Map<String, Event> out) {
    for (var en : new ArrayList<>(out.entrySet())) {
      Event e = en.getValue();
      if (!e.type().cameoCode().equals("110") || !e.evidence().rule().equals("verb ALLEGE 110")) {
        continue;
      }
      Optional<Integer> g = tokenAt(s, e.evidence().span().begin());
      if (g.isEmpty()) {
        continue;
      }
      List<Integer> acts = new ArrayList<>();
      for (int c : Clauses.children(s, g.get(), "ccomp")) {
        acts.add(c);
        acts.addAll(Clauses.children(s, c, "conj"));
      }
      Optional<Event> act =
          out.values().stream()
              .filter(a -> a != e)
              .filter(a -> HOSTILE_ROOTS.contains(a.type().root()))
              .filter(
                  a -> tokenAt(s, a.evidence().span().begin()).filter(acts::contains).isPresent())
              .findFirst();
      if (act.isEmpty()) {
        continue;
      }
      boolean self = act.get().source().code().equals(e.source().code());
      String code = self ? "015" : "112";
      Optional<EventParticipant> target = self ? act.get().target() : e.target();
      if (self && target.isEmpty()) {
        continue;
      }
      Optional<EventType> type = typeOf(code);
      if (type.isEmpty()) {
        continue;
      }
      en.setValue(
          recoded(
              e,
              type.get(),
              target,
              self ? CLAIMED : "alleging another's hostile act makes it 112"));
    }
  }

  /**
   * "demanded that the US cancel plans to sell weapons to Taiwan", "threatened to hold a strike",
   * "accused X of attacking Y", "offered troops to help him oust Aoun": the act demanded, promised,
   * refused, threatened or alleged is what the coded event is about, not an event that happened;
   * CAMEO codes the demand (threat, accusation ...) alone. An event whose trigger is in the content
   * of another event's trigger with such a code gives way to it.
   */
  private static void dropPresupposed(Sentence s, Map<String, Event> out, Set<Integer> allegers) {
    Map<Integer, List<Event>> byToken = new java.util.HashMap<>();
    for (Event e : out.values()) {
      tokenAt(s, e.evidence().span().begin())
          .ifPresent(t -> byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(e));
    }
    // "Qatar has pledged to expel exiled leaders", "inspectors want to re-examine the refineries":
    // CAMEO has no intent code for expelling or investigating, so the act is coded, as PETRARCH
    // does, and the general intent (030) of the verb above it gives way.
    for (int g : new ArrayList<>(byToken.keySet())) {
      List<Event> above = byToken.get(g);
      if (above == null || !above.stream().allMatch(e -> plainRoot(e, "03"))) {
        continue;
      }
      for (int x : Clauses.children(s, g, "xcomp")) {
        List<Event> act = byToken.getOrDefault(x, List.of());
        if (!act.isEmpty()
            && act.stream()
                .allMatch(
                    e ->
                        !converted(e)
                            && !UNREALISED_ROOTS.contains(e.type().root())
                            && IntentCodes.intent(e.type().cameoCode()).isEmpty())) {
          out.values().removeIf(above::contains);
          byToken.remove(g);
          break;
        }
      }
    }
    Set<Integer> governing = new HashSet<>();
    Set<Integer> asking = new HashSet<>();
    for (var en : byToken.entrySet()) {
      if (en.getValue().stream().anyMatch(e -> ASKING_ROOTS.contains(e.type().root()))) {
        asking.add(en.getKey());
      }
      if (PRESSING_VERBS.contains(Clauses.lemma(s, en.getKey()))) {
        asking.add(en.getKey());
        governing.add(en.getKey());
        continue;
      }
      // What a report verb reports ("said Arnor is about to restore ties") is told as a fact,
      // whatever code the dictionary gives the saying.
      if (!IntentCodes.REPORT_VERBS.contains(Clauses.lemma(s, en.getKey()))
          && en.getValue().stream()
              .anyMatch(e -> unrealising(e) || e.evidence().rule().endsWith(CLAIMED))) {
        governing.add(en.getKey());
      }
    }
    governing.addAll(allegers);
    if (governing.isEmpty()) {
      return;
    }
    for (var en : byToken.entrySet()) {
      // A noun's event has already taken its reading from the verb above it (codeNoun).
      if (Clauses.isVerb(s, en.getKey()) && presupposedBy(s, en.getKey(), governing, asking)) {
        // An act already coded as the commitment, threat or demand itself stays.
        Set<Event> drop = new HashSet<>();
        for (Event e : en.getValue()) {
          if (!converted(e)) {
            drop.add(e);
          }
        }
        out.values().removeIf(drop::contains);
      }
    }
  }

  /**
   * Whether what an event's verb governs is only asked, promised, refused, threatened or alleged. A
   * commitment read off a future ("will visit Mauritania to mediate": 036) commits to the visit;
   * its purpose is still coded.
   */
  private static boolean unrealising(Event e) {
    String root = e.type().root();
    return UNREALISED_ROOTS.contains(root) && !(root.equals("03") && converted(e));
  }

  /** Whether the event is an act turned into a commitment, threat, refusal or demand. */
  private static boolean converted(Event e) {
    return e.evidence().rule().contains("' makes it ");
  }

  private static boolean plainRoot(Event e, String root) {
    return e.type().root().equals(root) && !converted(e);
  }

  /**
   * Verbs that allege, demand, reject or threaten but coded no event, for want of an actor saying
   * it ("A report released in the Rwandan capital alleged that the French military helped to plan
   * killings"): what they govern is still only alleged (demanded ...), not an event that happened.
   */
  private Set<Integer> uncodedAllegers(Sentence s, Map<String, Event> out) {
    Set<Integer> coded = new HashSet<>();
    for (Event e : out.values()) {
      tokenAt(s, e.evidence().span().begin()).ifPresent(coded::add);
    }
    Set<Integer> found = new HashSet<>();
    for (Token t : s.tokens()) {
      int v = t.index();
      if (!Clauses.isVerb(s, v)
          || coded.contains(v)
          || IntentCodes.REPORT_VERBS.contains(Clauses.lemma(s, v))) {
        continue;
      }
      List<VerbMatch> matches = dictionaries.verbs().lookup(Clauses.lemma(s, v));
      if (matches.isEmpty()) {
        continue;
      }
      VerbMatch vm = matches.get(0);
      Optional<String> own =
          vm.form().code().or(() -> vm.block().code()).flatMap(EventCoder::activeCode);
      if (own.isPresent()
          && own.get().length() >= 2
          && ALLEGING_ROOTS.contains(own.get().substring(0, 2))) {
        found.add(v);
      }
    }
    return found;
  }

  /** Roots of alleging, demanding, rejecting and threatening (CAMEO 10 to 13). */
  private static final Set<String> ALLEGING_ROOTS = Set.of("10", "11", "12", "13");

  /** Whether the predicate at {@code x} is the content of one of {@code governing}. */
  static boolean presupposedBy(Sentence s, int x, Set<Integer> governing, Set<Integer> asking) {
    int t = x;
    for (int depth = 0; depth < 5; depth++) {
      Optional<Dependency> up = Clauses.governor(s, t);
      if (up.isEmpty()) {
        return false;
      }
      String rel = up.get().relation();
      t = up.get().governor();
      if (rel.equals("conj")) {
        // "demanded that X withdraw and pay": the second act shares the first's place; but an act
        // coordinated with the demand itself is an event of its own.
        continue;
      }
      if (rel.equals("advcl")) {
        if (governing.contains(t)) {
          return asking.contains(t);
        }
        // "alleged that the French military contributed to planning the massacres": what the
        // content does, and why, is alleged with it.
        continue;
      }
      if (!CONTENT_RELATIONS.contains(rel)
          && !CONTENT_RELATIONS.contains(up.get().baseRelation())) {
        return false;
      }
      if (governing.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} is the purpose of a meeting already coded ("met with Assad to
   * discuss efforts to counter Islamic State"): the talks are that meeting, not a second one with
   * whoever the talks are about.
   */
  private static boolean purposeOfMeeting(Sentence s, int v, Map<String, Event> out) {
    Optional<Dependency> up = Clauses.governor(s, v);
    if (up.isEmpty()) {
      return false;
    }
    String rel = up.get().relation();
    boolean purpose = rel.equals("xcomp") || rel.equals("advcl") && Clauses.hasMark(s, v, "to");
    if (!purpose) {
      return false;
    }
    int begin = s.tokens().get(up.get().governor()).span().begin();
    return out.values().stream()
        .anyMatch(
            e ->
                e.evidence().span().begin() == begin
                    && (e.type().root().equals("04") || e.type().cameoCode().equals("036")));
  }

  /**
   * Whether the verb is a present participle describing a noun that names no actor ("claiming
   * responsibility for a deadly attack targeting non-Muslims"): the noun does it, not the subject
   * of the clause the noun is in. A document's participle ("a declaration demanding changes") still
   * speaks for its author; only material acts are left out here.
   */
  private static boolean describesThing(Sentence s, int v, MentionIndex mentions) {
    Optional<Dependency> up = Clauses.governor(s, v);
    if (up.isEmpty()
        || !up.get().relation().equals("acl")
        || !s.tokens().get(v).pos().equals("VBG")) {
      return false;
    }
    return coded(s, mentions, List.of(up.get().governor())).isEmpty();
  }

  /** Whether a predicate above {@code x} in its sentence already has an event. */
  private static boolean governorCoded(Sentence s, int x, Map<String, Event> out) {
    int t = x;
    for (int depth = 0; depth < 3; depth++) {
      Optional<Dependency> up = Clauses.governor(s, t);
      if (up.isEmpty()) {
        return false;
      }
      t = up.get().governor();
      int begin = s.tokens().get(t).span().begin();
      if (out.values().stream().anyMatch(e -> e.evidence().span().begin() == begin)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Integer> tokenAt(Sentence s, int begin) {
    for (Token t : s.tokens()) {
      if (t.span().begin() == begin) {
        return Optional.of(t.index());
      }
    }
    return Optional.empty();
  }

  private boolean discarded(Sentence s) {
    List<String> words = s.tokens().stream().map(Token::word).toList();
    return dictionaries.discards().findIn(words).isPresent();
  }

  // ---------------------------------------------------------------- verbs

  private void codeVerb(
      Article article,
      Sentence s,
      int v,
      MentionIndex mentions,
      PlaceFinder places,
      Set<Integer> consumed,
      Set<Integer> committers,
      Map<String, Event> out) {
    if (s.headEdge(v).map(e -> SKIP_RELATIONS.contains(e.relation())).orElse(false)) {
      return;
    }
    String lemma = Clauses.lemma(s, v);
    if (lemma.equals("be")) {
      return;
    }
    List<String> words = s.tokens().stream().map(Token::word).toList();
    List<VerbMatch> matches = new ArrayList<>(dictionaries.verbs().lookupPhrase(words, v));
    if (matches.isEmpty()) {
      matches.addAll(dictionaries.verbs().lookup(lemma));
    }
    if (matches.isEmpty()) {
      matches.addAll(dictionaries.verbs().lookup(s.tokens().get(v).word()));
    }
    if (matches.isEmpty()) {
      return;
    }
    VerbMatch vm = matches.get(0);
    int formLength = Math.max(1, vm.form().words().size());
    List<Integer> clause = Clauses.clauseTokens(s, v);
    Optional<PatternMatcher.Match> pm = bestPattern(s, clause, v, vm, mentions, places);
    if (pm.isEmpty()) {
      List<Integer> extended = withVerblessComplements(s, clause, v);
      if (extended.size() > clause.size()) {
        // "allowed that Mordor isn't a really pleasant place": a complement with no verb of its
        // own is coded by none; its words are the verb's, as in PETRARCH's verb phrase, where
        // SAY's "- * TENSE [012]" reads "said the situation was tense".
        pm = bestPattern(s, extended, v, vm, mentions, places);
      }
    }
    if (pm.isEmpty()) {
      List<Integer> misattached = misattachedObject(s, v);
      if (!misattached.isEmpty()) {
        // "rejected North Korea's demand to sever ...": the parse made the object the subject of
        // the next clause; the words after the verb are still its object ("- * DEMAND").
        List<Integer> widened = new ArrayList<>(clause);
        misattached.stream().filter(t -> !widened.contains(t)).forEach(widened::add);
        widened.sort(Integer::compare);
        pm = bestPattern(s, widened, v, vm, mentions, places);
      }
    }
    Optional<EventCodeSpec> own = vm.form().code().or(() -> vm.block().code());
    List<DictionaryEntry> base = new ArrayList<>();
    base.add(vm.block().provenance());
    base.add(vm.form().provenance());
    List<Choice> choices = new ArrayList<>();
    Set<String> patternNamed = new HashSet<>();
    if (pm.isPresent()) {
      var p = pm.get().pattern();
      if (activeCode(p.code()).isEmpty()) {
        return;
      }
      List<DictionaryEntry> es = new ArrayList<>(base);
      es.add(p.provenance());
      Choice pc =
          new Choice(
              p.code(),
              "verb "
                  + vm.block().name()
                  + " pattern '"
                  + p.provenance().entry().strip().replaceAll("\\s+", " ")
                  + "'",
              es,
              pm.get().target(),
              pm.get().source(),
              true,
              hasCompound(p.before()) || hasCompound(p.after()));
      if (hasPurposePhrase(p.after())
          && own.flatMap(EventCoder::activeCode).isPresent()
          && !activeCode(own.get()).equals(activeCode(p.code()))) {
        choices.add(
            new Choice(
                own.get(),
                "verb "
                    + vm.block().name()
                    + " "
                    + own.get().raw()
                    + " (the purpose phrase codes a second event)",
                base,
                Optional.empty(),
                Optional.empty(),
                false));
      }
      choices.add(pc);
      // The nouns the pattern named ("- * SUMMIT") are part of this event, not events of their own.
      Set<String> named = patternWords(p.after());
      named.addAll(patternWords(p.before()));
      patternNamed.addAll(named);
      for (int t : clause) {
        Token tok = s.tokens().get(t);
        if (t != v
            && (named.contains(tok.word().toUpperCase(Locale.ROOT))
                || named.contains(tok.lemma().toUpperCase(Locale.ROOT)))) {
          consumed.add(t);
        }
      }
    } else if (own.flatMap(EventCoder::activeCode).isPresent()) {
      choices.add(
          new Choice(
              own.get(),
              "verb " + vm.block().name() + " " + own.get().raw(),
              base,
              Optional.empty(),
              Optional.empty(),
              false));
    }
    if (choices.isEmpty() || IntentCodes.conditionOfCommitment(s, v)) {
      return;
    }
    ModalityDetector.Reading reading = modality.read(s, v);
    EventDater.Dated dated = dater.date(article, s, clause, v);
    CharSpan triggerSpan = s.spanOf(v, Math.min(s.tokens().size(), v + formLength));
    String trigger = triggerSpan.of(article.body());
    for (Choice c : choices) {
      List<ActorMention> sources =
          coded(s, mentions, c.source().map(List::of).orElseGet(() -> Arguments.sources(s, v)));
      if (sources.isEmpty()) {
        continue;
      }
      String code = activeCode(c.code()).get();
      if (code.startsWith("14") && !c.pattern() && protestsInWords(s, v)) {
        // "X protested that Y ...": protest as a verb of saying is a complaint (CAMEO 111), not a
        // demonstration.
        code = "111";
        c = c.because("protesting a statement makes it 111");
      }
      if (code.startsWith("04") && purposeOfMeeting(s, v, out)) {
        continue;
      }
      if (HOSTILE_ROOTS.contains(code.substring(0, 2))
          && describesThing(s, v, mentions)
          && c.source().isEmpty()) {
        continue;
      }
      boolean threat =
          code.startsWith("13")
              || committedCode(s, v, code, reading)
                  .filter(x -> x.code().startsWith("13"))
                  .isPresent();
      List<ActorMention> targets =
          targetsFor(s, v, c, code, threat, sources, mentions, places, consumed);
      {
        List<ActorMention> domesticSources = domestic(s, mentions, sources, targets);
        targets = domestic(s, mentions, targets, sources);
        sources = domesticSources;
      }
      if (code.startsWith("01") && !targets.isEmpty()) {
        // "declared that China must drop barriers": saying what another must do is a demand (CAMEO
        // 100), more specific when the act itself is coded (below, where this gives way).
        for (int comp : Clauses.children(s, v, "ccomp")) {
          if (IntentCodes.demandReporter(s, comp) == v
              || Clauses.children(s, comp, "xcomp").stream()
                  .anyMatch(x -> IntentCodes.demandReporter(s, x) == v)) {
            code = "100";
            c = c.because("what must be done makes it 100");
            break;
          }
        }
      }
      ModalityDetector.Reading eventReading = reading;
      int reporter = IntentCodes.demandReporter(s, v);
      if (reporter >= 0 && reading.modality() != org.parley.model.Modality.NEGATED) {
        // "The Red Cross said US and British forces must ensure security": the speaker demands the
        // act of those who must do it (CAMEO 10); the statement gives way to the demand.
        List<ActorMention> speakers = coded(s, mentions, Arguments.sources(s, reporter));
        if (!speakers.isEmpty()) {
          String demand = IntentCodes.demanded(code);
          committers.add(reporter);
          Choice dc =
              c.unmarkedBecause(
                  "'" + s.tokens().get(reporter).word() + "' with 'must' makes it " + demand);
          emit(
              article,
              s,
              trigger,
              triggerSpan,
              dc,
              demand,
              speakers,
              sources,
              ASSERTED,
              dated,
              places.find(s, article.body(), List.of(v)).flatMap(places::place),
              out);
          continue;
        }
      }
      Optional<Committed> committed = committedCode(s, v, code, reading);
      if (c.pattern() && namesModality(patternNamed, reading, committed)) {
        // "- WILL NOT * [081]", "- WILL * [036:036]": the pattern names the modal words, and its
        // code is already what they make of the act.
        committed = Optional.empty();
        eventReading = ASSERTED;
      }
      if (committed.isEmpty()) {
        Optional<IntentNouns.Governing> noun = IntentNouns.governing(s, v);
        if (noun.isPresent()) {
          // "discussed plans to attack", "efforts to counter the militants": an act only planned,
          // proposed or threatened by a noun is the intent or threat (CAMEO 03, 13), or no event.
          Optional<String> as =
              noun.get().threat() ? IntentCodes.threatened(code) : IntentCodes.intent(code);
          if (as.isEmpty()) {
            continue;
          }
          committed =
              Optional.of(
                  new Committed(as.get(), new IntentCodes.Commitment(noun.get().word(), -1)));
        }
      }
      if (committed.isPresent()) {
        // "agreed to withdraw", "will give a grant", "threatened to attack": the commitment is the
        // event, coded for what it commits to; the committing verb's own event gives way to it.
        code = committed.get().code();
        if (committed.get().by().governor() >= 0) {
          committers.add(committed.get().by().governor());
        }
        c = c.because("'" + committed.get().by().word() + "' makes it " + code);
        // The commitment itself is stated, not merely intended.
        eventReading = ASSERTED;
      }
      Optional<Place> place = places.find(s, article.body(), List.of(v)).flatMap(places::place);
      if (place.isEmpty() && code.startsWith("04")) {
        place = places.objectPlace(s, article.body(), v).flatMap(places::place);
      }
      if (targets.isEmpty()
          && sources.size() > 1
          && (cooperative(code) && !saying(s, v, code) || c.compound())) {
        // "South Korea and Russia may push for a summit": conjoined actors in a cooperative event
        // with no other target act towards each other; so do those a pattern's compound-actor
        // marker stands on (TABARI's %: "- % HAVE * [191]", "Gondor and Osgiliath have delayed").
        for (ActorMention src : sources) {
          List<ActorMention> others = sources.stream().filter(x -> x != src).toList();
          emit(
              article,
              s,
              trigger,
              triggerSpan,
              c,
              code,
              List.of(src),
              others,
              eventReading,
              dated,
              place,
              out);
        }
        continue;
      }
      if (c.code().primary().isEmpty()) {
        // "[:173]": only the passive meaning, something the target does to the subject ("appeared
        // before the court": the court acts); with no target there is no one to code as its source.
        if (!targets.isEmpty()) {
          emit(
              article,
              s,
              trigger,
              triggerSpan,
              reversed(c, code),
              code,
              targets,
              sources,
              eventReading,
              dated,
              place,
              out);
        }
        continue;
      }
      emit(
          article,
          s,
          trigger,
          triggerSpan,
          c,
          code,
          sources,
          targets,
          eventReading,
          dated,
          place,
          out);
      Optional<String> passive = c.code().secondary();
      if (passive.isPresent()
          && linked(c.code())
          && !targets.isEmpty()
          && !committedAlone(s, v, committed)) {
        // "[046:046]": a reciprocal event, coded again with actors reversed as the CAMEO manual
        // does ("Holding talks ... These are reciprocal events"); a commitment applies to both.
        // "[042:043]": the visit and its hosting, two sides of one meeting (043: "typically
        // accompanied by the linked event 'Make a visit' (042)"; "Two events are coded").
        String back = passive.get();
        if (committed.isPresent()) {
          back = committedCode(s, v, back, reading).map(Committed::code).orElse(back);
        }
        // "visited Moscow": a place names no one who received the visitor, so no host is coded;
        // nor where the visit is only intended, refused or in doubt ("rejected an offer to host a
        // summit", "whether he would visit"): what has not happened has no host yet.
        List<ActorMention> hosts =
            reciprocal(c.code())
                ? targets
                : targets.stream().filter(t -> !"place".equals(t.kind())).toList();
        if (hosts.isEmpty()
            || !reciprocal(c.code())
                && (!back.equals(passive.get())
                    || eventReading.modality() != org.parley.model.Modality.ASSERTED)) {
          continue;
        }
        emit(
            article,
            s,
            trigger,
            triggerSpan,
            reversed(c, back),
            back,
            hosts,
            sources,
            eventReading,
            dated,
            place,
            out);
      }
    }
  }

  /** The verb's best-matching pattern over the words {@code tokens} of its clause. */
  private static Optional<PatternMatcher.Match> bestPattern(
      Sentence s,
      List<Integer> tokens,
      int v,
      VerbMatch vm,
      MentionIndex mentions,
      PlaceFinder places) {
    return new PatternMatcher(
            s,
            logicalOrder(s, tokens, v),
            v,
            t -> places.isPlace(s, t),
            t -> mentions.coded(s.index(), t).isPresent())
        .best(vm.block().patterns());
  }

  /**
   * Whether {@code v} is "protest" used as a verb of saying: with a clause of what was said
   * ("protested that the vote was rigged") or set beside a reported clause ("..., the group
   * protested").
   */
  static boolean protestsInWords(Sentence s, int v) {
    if (!Clauses.lemma(s, v).equals("protest")) {
      return false;
    }
    if (!Clauses.children(s, v, "ccomp").isEmpty()) {
      return true;
    }
    return s.headEdge(v).map(e -> e.relation().equals("parataxis")).orElse(false)
        && Clauses.children(s, v, "obl", "advcl").isEmpty();
  }

  /**
   * The noun phrase the parse hung on a following clause although it is the verb's object: the
   * subject of a complement with no "that" ("rejected North Korea's demand to sever an alliance"),
   * or a bare dependent ("rejected Thursday a United Nations appeal"), when the verb has no object
   * of its own. Its words, without the clauses hung on it.
   */
  static List<Integer> misattachedObject(Sentence s, int v) {
    if (!Clauses.children(s, v, "obj", "iobj", "xcomp").isEmpty()) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>(s.children(v));
    for (int tmod : Clauses.children(s, v, "obl:tmod")) {
      edges.addAll(s.children(tmod));
    }
    for (Dependency d : edges) {
      int h = d.dependent();
      if (h < v) {
        continue;
      }
      if (d.relation().equals("dep") && s.tokens().get(h).pos().startsWith("NN")) {
        return Clauses.clauseTokens(s, h);
      }
      if (d.relation().equals("ccomp")
          && s.children(h).stream()
              .noneMatch(
                  x ->
                      x.relation().equals("mark")
                          && x.dependent() < h
                          && !s.tokens().get(x.dependent()).word().equalsIgnoreCase("to"))) {
        for (int subj : Clauses.children(s, h, "nsubj")) {
          List<Integer> phrase = Clauses.clauseTokens(s, subj);
          if (subj > v && s.tokens().get(subj).pos().startsWith("NN") && phrase.get(0) <= v + 2) {
            return phrase;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a code's two parts are the same event ({@code [046:046]}, talks; {@code [043:043]}, a
   * summit): reciprocal, so both sides get it.
   */
  static boolean reciprocal(EventCodeSpec spec) {
    return spec.primary().isPresent() && spec.primary().equals(spec.secondary());
  }

  /**
   * Whether a code's second part is coded too, with the actors reversed: a reciprocal code, or a
   * linked pair of one CAMEO category, the two sides of one interaction ({@code [042:043]}, a visit
   * and its hosting, which the CAMEO manual codes as two events). A pair across categories ({@code
   * [175:145]}, police dispersing a protest) names a second act the sentence does not report, and
   * is coded once.
   */
  static boolean linked(EventCodeSpec spec) {
    if (reciprocal(spec)) {
      return true;
    }
    if (spec.primary().isEmpty() || spec.secondary().isEmpty()) {
      return false;
    }
    String a = spec.primary().get();
    String b = spec.secondary().get();
    return a.length() >= 3
        && b.length() >= 3
        && a.chars().allMatch(Character::isDigit)
        && b.chars().allMatch(Character::isDigit)
        && a.regionMatches(0, b, 0, 2);
  }

  /**
   * Whether a commitment to a reciprocal act is the subject's alone: "France said it was determined
   * to mend ties with Kigali" is France's intent (032), not Rwanda's. A bare future ("will hold
   * talks with Japan") reports the act as arranged between both and stays reciprocal.
   */
  private static boolean committedAlone(Sentence s, int v, Optional<Committed> committed) {
    return committed.isPresent()
        && committed.get().by().governor() >= 0
        && committed.get().by().governor() != v;
  }

  /** The choice for the linked event coded with actors reversed. */
  private static Choice reversed(Choice c, String code) {
    return c.unmarkedBecause(code + " with actors reversed");
  }

  /**
   * The clause with the predicate words of its verbless (copular) complement clauses ("that Mordor
   * isn't a really pleasant place"): not their subjects, which are what the predicate is said of,
   * nor the verbs and clauses hung on them, which are coded in their own right.
   */
  static List<Integer> withVerblessComplements(Sentence s, List<Integer> clause, int v) {
    TreeSet<Integer> out = new TreeSet<>(clause);
    for (int comp : Clauses.children(s, v, "ccomp")) {
      if (s.tokens().get(comp).pos().startsWith("VB")
          || Clauses.children(s, comp, "cop").isEmpty()) {
        continue;
      }
      out.add(comp);
      for (Dependency d : s.children(comp)) {
        if (!COMPLEMENT_SKIPPED.contains(d.baseRelation())) {
          out.addAll(Clauses.clauseTokens(s, d.dependent()));
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static final Set<String> COMPLEMENT_SKIPPED =
      Set.of("nsubj", "csubj", "xcomp", "ccomp", "advcl", "acl", "conj", "parataxis", "punct");

  /**
   * The clause in the order the patterns are written for, the active one: a passive subject is the
   * logical object and is read after the verb ("Evidence against Russia was presented by the US"
   * reads as "presented Evidence against Russia").
   */
  static List<Integer> logicalOrder(Sentence s, List<Integer> clause, int v) {
    List<Integer> passiveSubject = new ArrayList<>();
    for (int subj : Clauses.children(s, v, "nsubj:pass")) {
      passiveSubject.addAll(Clauses.subtree(s, subj));
    }
    if (passiveSubject.isEmpty()) {
      return clause;
    }
    List<Integer> out = new ArrayList<>();
    for (int t : clause) {
      if (!passiveSubject.contains(t)) {
        out.add(t);
      }
      if (t == v) {
        passiveSubject.stream().filter(clause::contains).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The intent or threat code for the act at {@code v} and the word that commits to it, when
   * something does and the act is not negated.
   */
  private static Optional<Committed> committedCode(
      Sentence s, int v, String code, ModalityDetector.Reading reading) {
    if (reading.modality() == org.parley.model.Modality.HYPOTHETICAL
            && !reading.cues().stream().allMatch(w -> w.equalsIgnoreCase("would"))
        || !code.matches("[0-9]{2,4}")) {
      // "would" alone may be a future told in reported speech or a stated readiness ("said they
      // would meet", "would be ready to host"), which the commitment decides; "if", "may" and
      // "could" leave the act hypothetical.
      return Optional.empty();
    }
    if (reading.modality() == org.parley.model.Modality.HYPOTHETICAL
        && IntentCodes.commitment(s, v).isEmpty()) {
      return Optional.empty();
    }
    if (reading.modality() == org.parley.model.Modality.NEGATED) {
      // "would not provide support", "refused to meet": a refusal is the event (CAMEO 12); "did
      // not meet" is only something that did not happen.
      Optional<String> refusal = IntentCodes.refusal(s, v, reading.cues());
      if (refusal.isEmpty()) {
        return Optional.empty();
      }
      return IntentCodes.rejected(code)
          .map(t -> new Committed(t, new IntentCodes.Commitment(refusal.get(), -1)));
    }
    Optional<IntentCodes.Commitment> threat = IntentCodes.threat(s, v);
    if (threat.isPresent()) {
      return IntentCodes.threatened(code).map(t -> new Committed(t, threat.get()));
    }
    Optional<IntentCodes.Commitment> by = IntentCodes.commitment(s, v);
    if (by.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> intended = IntentCodes.intent(code);
    if (intended.isPresent()) {
      return intended.map(t -> new Committed(t, by.get()));
    }
    if (IntentCodes.threatens(s, v, by.get())) {
      // "plans to impose restrictions", "said they would boycott": a stated hostile act to come is
      // a threat (CAMEO 13).
      return IntentCodes.threatened(code).map(t -> new Committed(t, by.get()));
    }
    return Optional.empty();
  }

  /**
   * Whether a pattern's own words include what makes its clause negated or committed ("will",
   * "not"), so that its code already carries that modality.
   */
  private static boolean namesModality(
      Set<String> patternWords, ModalityDetector.Reading reading, Optional<Committed> committed) {
    if (patternWords.isEmpty()) {
      return false;
    }
    for (String cue : reading.cues()) {
      for (String w : cue.toUpperCase(Locale.ROOT).split("\\s+")) {
        if (patternWords.contains(w)) {
          return true;
        }
      }
    }
    return committed
        .map(x -> patternWords.contains(x.by().word().toUpperCase(Locale.ROOT)))
        .orElse(false);
  }

  /** An act's code turned into the intent or threat code, and what committed to it. */
  private record Committed(String code, IntentCodes.Commitment by) {}

  /** Every concrete word a pattern names, upper case. */
  static Set<String> patternWords(List<PatternElement> elements) {
    Set<String> out = new HashSet<>();
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Word w) {
        out.addAll(List.of(w.text().toUpperCase(Locale.ROOT).split("[_ ]+")));
      } else if (e instanceof PatternElement.SynonymRef syn) {
        syn.members().forEach(m -> m.forEach(x -> out.add(x.toUpperCase(Locale.ROOT))));
      } else if (e instanceof PatternElement.NounPhrase np) {
        out.addAll(patternWords(np.elements()));
      } else if (e instanceof PatternElement.PrepPhrase pp) {
        out.addAll(patternWords(pp.elements()));
      }
    }
    return out;
  }

  /**
   * Whether the event is a statement made by saying ("Obama and Putin said they will ..."): those
   * who say it together do not say it to each other.
   */
  private static boolean saying(Sentence s, int v, String code) {
    return code.equals("010")
        || code.startsWith("01") && IntentCodes.REPORT_VERBS.contains(Clauses.lemma(s, v));
  }

  /** Verbal and material cooperation (CAMEO roots 01 to 08). */
  private static boolean cooperative(String code) {
    if (!code.matches("[0-9]{2}.*")) {
      return false; // an opaque test code ("abc")
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 8;
  }

  /** PETRARCH2's rule: the active code, else the passive one. */
  static Optional<String> activeCode(EventCodeSpec spec) {
    return spec.primary().or(spec::secondary);
  }

  /** Whether a pattern has TABARI's compound-actor marker {@code %}. */
  private static boolean hasCompound(List<PatternElement> elements) {
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Compound
          || e instanceof PatternElement.NounPhrase np && hasCompound(np.elements())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the pattern names a purpose: a "for" phrase with words of its own ("(FOR TALKS)" after
   * VISIT). A bare "(FOR)" is the verb's own preposition ("called for reforms": CALL FOR is an
   * appeal, not a telephone call made for a purpose), so it codes no second event.
   */
  private static boolean hasPurposePhrase(List<PatternElement> after) {
    for (PatternElement e : after) {
      if (e instanceof PatternElement.PrepPhrase pp
          && pp.preposition().equalsIgnoreCase("FOR")
          && !pp.elements().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private List<ActorMention> targetsFor(
      Sentence s,
      int v,
      Choice c,
      String code,
      boolean threat,
      List<ActorMention> sources,
      MentionIndex mentions,
      PlaceFinder places,
      Set<Integer> named) {
    List<ActorMention> t = targetsFound(s, v, c, code, threat, sources, mentions, places, named);
    if (!t.isEmpty()
        && t.stream()
            .allMatch(m -> (countryless(m) && !personNamed(s, m)) || ownAgent(m, sources))) {
      // "speeded up the withdrawal of some invasion forces from Panama", "will provide aid to
      // refugees fleeing the war in Liberia": a bare agent ("forces", "refugees") says what was
      // acted on, the country named in the same phrase says whom, as PETRARCH reads it. Not a
      // person the dictionaries lack ("praised President Moon for his efforts with North Korea").
      List<ActorMention> country = countryInPhrase(s, v, t, sources, mentions);
      if (!country.isEmpty()) {
        List<ActorMention> there = peopleThere(s, v, t, country.get(0), sources);
        return there.isEmpty() ? country : there;
      }
    }
    return t;
  }

  /**
   * Countryless people acted on where the event happened are of that place: "four children were
   * killed in Israeli shelling in the Gaza Strip" targets the children of Gaza (PSEGZACVL), not
   * Gaza itself. Only for a place in the verb's own "in" phrase, and for roles that are not the
   * source's own agents; empty otherwise.
   */
  private static List<ActorMention> peopleThere(
      Sentence s,
      int v,
      List<ActorMention> targets,
      ActorMention place,
      List<ActorMention> sources) {
    if (!locativeOf(s, v, place.head())
        || !targets.stream().allMatch(m -> countryless(m) && !personNamed(s, m))
        || targets.stream().anyMatch(m -> ownAgent(m, sources))) {
      return List.of();
    }
    Optional<String> territory =
        place.code().flatMap(org.parley.coding.actor.ActorResolver::territory);
    if (territory.isEmpty() || ActorCode.isInternational(territory.get())) {
      return List.of();
    }
    return targets.stream()
        .map(m -> ofCountry(m, territory.get(), "where the event happened"))
        .toList();
  }

  /** A countryless role {@code m} as one of {@code territory}, its reason saying why. */
  private static ActorMention ofCountry(ActorMention m, String territory, String why) {
    return new ActorMention(
        m.docId(),
        m.sentence(),
        m.startToken(),
        m.endToken(),
        m.head(),
        m.text(),
        m.span(),
        m.kind(),
        Optional.of(new ActorCode(territory).withSectors(m.code().get().sectors())),
        m.resolvedBy(),
        m.entries(),
        m.reason() + "; of " + territory + ", " + why);
  }

  /**
   * Whether {@code head} names where the act at {@code v} happened: an "in" phrase on the verb or
   * on its phrases ("killed in shelling in the Gaza Strip"), also through "of" ("in the east of the
   * Gaza Strip").
   */
  private static boolean locativeOf(Sentence s, int v, int head) {
    int t = head;
    for (int guard = 0; guard < 3; guard++) {
      Optional<Dependency> up = Clauses.governor(s, t);
      if (up.isEmpty()
          || !up.get().baseRelation().equals("nmod")
          || !Clauses.preposition(s, t).filter("of"::equals).isPresent()) {
        break;
      }
      t = up.get().governor();
    }
    if (!Clauses.preposition(s, t).filter("in"::equals).isPresent()) {
      return false;
    }
    for (int guard = 0; guard < 5; guard++) {
      Optional<Dependency> up = Clauses.governor(s, t);
      if (up.isEmpty() || !Set.of("obl", "nmod", "acl").contains(up.get().baseRelation())) {
        return false;
      }
      t = up.get().governor();
      if (t == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role named with no country ("demonstrators", "Parliament", "the opposition newspaper") in an
   * event with a role of one country ("Egyptian police opened fire to disperse demonstrators",
   * "Nicaragua's Sandinista government ordered the opposition newspaper to suspend publication") is
   * of that country, when the sentence names no other: the event is domestic. Not a person whose
   * name the dictionaries lack, and not against a bare country ("the government thanked China",
   * where the government is as often the counterpart's).
   */
  private static List<ActorMention> domestic(
      Sentence s, MentionIndex mentions, List<ActorMention> side, List<ActorMention> other) {
    if (side.isEmpty()
        || other.isEmpty()
        || !side.stream().allMatch(EventCoder::countryless)
        || side.stream().anyMatch(m -> personNamed(s, m))
        || other.stream().anyMatch(m -> m.code().isEmpty() || countryless(m))) {
      return side;
    }
    Set<String> countries = new HashSet<>();
    for (ActorMention m : other) {
      ActorCode code = m.code().get();
      Optional<String> territory = org.parley.coding.actor.ActorResolver.territory(code);
      if (territory.isEmpty() || territory.get().length() == code.code().length()) {
        return side;
      }
      countries.add(territory.get());
    }
    if (countries.size() != 1) {
      return side;
    }
    String territory = countries.iterator().next();
    String country = territory.substring(0, 3);
    if (ActorCode.isInternational(country)) {
      return side;
    }
    for (ActorMention m : mentions.inSentence(s.index())) {
      Optional<String> c = m.code().flatMap(ActorCode::country);
      if (c.isPresent() && !c.get().equals(country)) {
        return side;
      }
    }
    return side.stream()
        .map(m -> ofCountry(m, territory, "the only country of a domestic event"))
        .toList();
  }

  private static boolean personNamed(Sentence s, ActorMention m) {
    if (m.kind().equals("person")) {
      return true;
    }
    for (int t = m.startToken(); t < m.endToken(); t++) {
      if ("PERSON".equals(s.tokens().get(t).ner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source's own agents ("withdraw its troops"): its country with sectors, when every source is
   * of that country ("South Korea and Russia may push for a summit between Moon and Putin": each
   * leader is one side's, and the two sides act towards each other).
   */
  private static boolean ownAgent(ActorMention m, List<ActorMention> sources) {
    Optional<String> c = m.code().flatMap(ActorCode::country);
    return c.isPresent()
        && !m.code().get().sectors().isEmpty()
        && sources.stream().allMatch(x -> x.code().flatMap(ActorCode::country).equals(c))
        && sources.stream().noneMatch(x -> x.code().equals(m.code()));
  }

  /** An actor whose code has sectors only (GOV, MIL, REF): its country is not known. */
  private static boolean countryless(ActorMention m) {
    return m.code().isPresent() && m.code().get().country().isEmpty();
  }

  /**
   * The first actor with a country, other than the source's, in the phrase of a countryless target
   * or in the verb's (or its complement's) object and prepositional phrases.
   */
  private static List<ActorMention> countryInPhrase(
      Sentence s,
      int v,
      List<ActorMention> targets,
      List<ActorMention> sources,
      MentionIndex mentions) {
    List<Integer> words = new ArrayList<>();
    for (ActorMention m : targets) {
      words.addAll(Arguments.phraseWords(s, m.head()));
    }
    List<Integer> hosts = new ArrayList<>(List.of(v));
    hosts.addAll(Clauses.children(s, v, "xcomp"));
    for (int h : hosts) {
      words.addAll(Arguments.objectPhraseWords(s, h));
      for (int obl : Clauses.children(s, h, "obl")) {
        if (Clauses.preposition(s, obl).isPresent()
            && !(Arguments.isPassive(s, h) && Clauses.preposition(s, obl).get().equals("by"))) {
          words.add(obl);
        }
      }
    }
    for (int w : words) {
      Optional<ActorMention> m = mentions.coded(s.index(), w);
      if (m.isPresent()
          && m.get().head() == w
          && !countryless(m.get())
          && !targets.contains(m.get())
          && !sources.contains(m.get())
          && !sameCountry(m.get(), sources)) {
        return List.of(m.get());
      }
    }
    return List.of();
  }

  private List<ActorMention> targetsFound(
      Sentence s,
      int v,
      Choice c,
      String code,
      boolean threat,
      List<ActorMention> sources,
      MentionIndex mentions,
      PlaceFinder places,
      Set<Integer> named) {
    if (c.target().isPresent()) {
      List<ActorMention> t = coded(s, mentions, Arguments.conjuncts(s, c.target().get()));
      if (!t.isEmpty()) {
        return t;
      }
    }
    List<Integer> objects = Arguments.targets(s, v);
    List<ActorMention> t = coded(s, mentions, objects);
    // "withdraw its troops from Lebanon", "sent troops to Iraq": an object the pattern names
    // ("- * &MILITARY") and that names no country is what is moved, not whom the act is aimed at;
    // a target phrase, where there is one, is.
    List<ActorMention> theme =
        c.pattern()
                && !t.isEmpty()
                && named.containsAll(objects)
                && t.stream().allMatch(m -> m.code().flatMap(ActorCode::country).isEmpty())
            ? t
            : List.of();
    if (!t.isEmpty() && theme.isEmpty()) {
      return t;
    }
    // "reject proposed Israeli changes to the deal, X said": the object the parse hung elsewhere.
    t = firstActor(s, misattachedObject(s, v), sources, mentions);
    if (!t.isEmpty()) {
      return t;
    }
    for (List<Integer> group : Arguments.prepositionalTargetGroups(s, v)) {
      List<Integer> preps = new ArrayList<>();
      for (int p : group) {
        Optional<String> prep = Clauses.preposition(s, p);
        // "in Syria", "at Cheong Wa Dae" say where; "fired at Russia", "sanctions on Iran" say at
        // whom: a country after "at" or "on" is a target, a city or building is a place.
        boolean locativePlace =
            prep.isPresent()
                && (prep.get().equals("in") && places.isPlace(s, p)
                    || Set.of("at", "on").contains(prep.get())
                        && places.isPlace(s, p)
                        && !places.isCountry(s, p));
        if (!locativePlace) {
          preps.add(p);
        }
      }
      // The first phrase that names an actor, with those conjoined to it: "presented credentials
      // to Ithilen's president ... to his government" has one target.
      List<ActorMention> first = new ArrayList<>();
      Set<Integer> firstPhrase = Set.of();
      for (int p : preps) {
        if (!first.isEmpty() && !firstPhrase.contains(p)) {
          continue;
        }
        List<ActorMention> m = coded(s, mentions, List.of(p));
        if (!m.isEmpty() && first.isEmpty()) {
          firstPhrase = new HashSet<>(Arguments.conjuncts(s, p));
        }
        m.stream().filter(x -> !first.contains(x)).forEach(first::add);
      }
      if (!first.isEmpty()) {
        return first;
      }
    }
    if (!theme.isEmpty()) {
      return theme;
    }
    boolean statement = code.startsWith("01");
    if (statement
        || Set.of("02", "10", "11", "13").contains(code.substring(0, 2))
            && !IntentCodes.REPORT_VERBS.contains(Clauses.lemma(s, v))) {
      // A statement is about the subject of what was said; an appeal, demand, accusation or
      // warning is addressed to whoever must act: "demanded that the DPRK forsake its nuclear
      // program", "alleged that France was aware"; a demand on one's own government too.
      t = complementSubjects(s, v, sources, mentions, false, !statement);
      if (!t.isEmpty()) {
        return t;
      }
    }
    if (code.startsWith("04")) {
      List<ActorMention> located = new ArrayList<>();
      for (int p : Arguments.withPreposition(s, v, Set.of("in", "at", "to"))) {
        mentions
            .coded(s.index(), p)
            .filter(m -> places.isPlace(s, p))
            .filter(m -> !sameCountry(m, sources))
            .ifPresent(located::add);
      }
      if (!located.isEmpty()) {
        return located;
      }
    }
    // The first actor in the object phrase, with those conjoined to it; for a statement, in its
    // object only ("expressed sorrow for the shootings in South Carolina"), not where it was made.
    {
      List<Integer> words = Arguments.objectPhraseWords(s, v);
      if (code.startsWith("01")) {
        List<Integer> objectOnly = new ArrayList<>();
        for (int o : Clauses.children(s, v, "obj")) {
          objectOnly.addAll(Clauses.subtree(s, o));
        }
        // ... or in what it is about, when the parse hangs that on the verb ("expressed sorrow for
        // the shootings in South Carolina", "voiced concern over ...").
        for (int o : Clauses.children(s, v, "obl")) {
          if (Clauses.preposition(s, o).filter(STATEMENT_ABOUT::contains).isPresent()) {
            objectOnly.addAll(Clauses.subtree(s, o));
          }
        }
        words = words.stream().filter(objectOnly::contains).toList();
      }
      List<ActorMention> found = firstActor(s, words, sources, mentions);
      if (!found.isEmpty()) {
        return found;
      }
    }
    // A noun's "that" clause names whom it is about: "expressed hopes that Osgiliath could be
    // drawn into the peace process", "rejected claims that Israel had attacked".
    for (int obj : Clauses.children(s, v, "obj")) {
      for (int cl : Clauses.children(s, obj, "acl", "ccomp")) {
        if (Clauses.hasMark(s, cl, "that")) {
          t =
              coded(s, mentions, Arguments.sources(s, cl)).stream()
                  .filter(m -> !sameCountry(m, sources))
                  .toList();
          if (!t.isEmpty()) {
            return t;
          }
        }
      }
    }
    // A target named in the complement or purpose clause: "signaled his openness to offer relief
    // to the North", "signed an accord to supply Gondor with wheat".
    List<Integer> hosts = new ArrayList<>(Clauses.children(s, v, "xcomp"));
    for (int adv : Clauses.children(s, v, "advcl")) {
      if (Clauses.hasMark(s, adv, "to")) {
        hosts.add(adv);
      }
    }
    for (int obj : Clauses.children(s, v, "obj")) {
      hosts.addAll(Clauses.children(s, obj, "acl"));
    }
    for (int h : hosts) {
      t = coded(s, mentions, Arguments.targets(s, h));
      if (t.isEmpty()) {
        t = coded(s, mentions, Arguments.prepositionalTargets(s, h));
      }
      if (t.isEmpty()) {
        // "threatened to cut off electricity to the Azerbaijani republic of Nakhichevan"
        t = firstActor(s, Arguments.objectPhraseWords(s, h), sources, mentions);
      }
      if (!t.isEmpty()) {
        return t;
      }
    }
    if (threat) {
      // "threatened to hold a strike unless Israel rescinded its annexation", "threatened to stop
      // negotiations if the United States goes ahead": whoever must meet the condition is the
      // one threatened.
      for (int cond : Clauses.subtree(s, v)) {
        if (cond == v || !s.headEdge(cond).map(e -> e.relation().equals("advcl")).orElse(false)) {
          continue;
        }
        if (Set.of("if", "unless").contains(s.tokens().get(cond).word().toLowerCase(Locale.ROOT))) {
          // "if Hamas, which ..., ran": the parse may make the conjunction the clause's head.
          t =
              coded(s, mentions, Clauses.children(s, cond, "dep", "nsubj")).stream()
                  .filter(m -> sources.stream().noneMatch(x -> x.code().equals(m.code())))
                  .toList();
          if (!t.isEmpty()) {
            return t;
          }
          continue;
        }
        if (!Clauses.hasMark(s, cond, "if", "unless")) {
          continue;
        }
        t =
            coded(s, mentions, Arguments.sources(s, cond)).stream()
                .filter(m -> sources.stream().noneMatch(x -> x.code().equals(m.code())))
                .toList();
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    if (!code.startsWith("01")) {
      // What the act is about, when nothing else names a target: "warned that Russia would face
      // sanctions", "believes Dagolath and Osgiliath can cope", "allowed that Mordor isn't a
      // pleasant place" (PETRARCH's first actor after the verb).
      t = complementSubjects(s, v, sources, mentions, true, false);
      if (!t.isEmpty()) {
        return t;
      }
      // ... or, when its subject is the actor itself, whom that clause acts on: "threatened that it
      // would retaliate against Israel", "question whether he has a future with the Orcs".
      for (int comp : Clauses.children(s, v, "ccomp")) {
        if (comp < v || Clauses.children(s, comp, "nsubj").isEmpty()) {
          continue;
        }
        t = coded(s, mentions, Arguments.targets(s, comp));
        if (t.isEmpty()) {
          t = coded(s, mentions, Arguments.prepositionalTargets(s, comp));
        }
        if (t.isEmpty()) {
          t = firstActor(s, Arguments.objectPhraseWords(s, comp), sources, mentions);
        }
        t = t.stream().filter(m -> !sameCountry(m, sources)).toList();
        if (!t.isEmpty()) {
          return t;
        }
      }
      // Last, where it happened stands for whom it happened to, as PETRARCH reads it: "troops
      // remained on alert in the occupied West Bank", "criticized the closure of guest houses in
      // Bree"; never for a statement ("said in Paris"). A place in the source's own country too
      // ("Egyptian demonstrators rioted in Cairo": EGYOPP at EGY); the same code is dropped later.
      List<Integer> located = new ArrayList<>();
      for (int p : Arguments.withPreposition(s, v, Set.of("in", "inside", "within", "across"))) {
        located.add(p);
      }
      for (int p : Clauses.children(s, v, "obl")) {
        if (Clauses.preposition(s, p).filter(Set.of("in", "inside", "within")::contains).isPresent()
            && !located.contains(p)) {
          located.add(p);
        }
      }
      List<ActorMention> there = firstActor(s, located, sources, mentions);
      if (!there.isEmpty()) {
        return there;
      }
    }
    return List.of();
  }

  /**
   * The subject of the verb's complement clause ("said the US launched"), through an empty "it
   * remains uncertain whether the North will ..." to the clause that names someone; a report about
   * one's own country ("Central Command said the US launched ...") is not an interaction with it.
   * With {@code after}, only a clause that follows the verb: "X will restore ties with Y, an
   * official said" is not about X. With {@code sameCountryToo}, one's own country counts (a demand
   * on one's own government).
   */
  private static List<ActorMention> complementSubjects(
      Sentence s,
      int v,
      List<ActorMention> sources,
      MentionIndex mentions,
      boolean after,
      boolean sameCountryToo) {
    List<Integer> comps = new ArrayList<>(Clauses.children(s, v, "ccomp"));
    if (after) {
      comps.removeIf(c -> c < v);
    }
    for (int i = 0; i < comps.size() && i < 6; i++) {
      List<ActorMention> t =
          coded(s, mentions, Arguments.sources(s, comps.get(i))).stream()
              .filter(m -> sameCountryToo || !sameCountry(m, sources))
              // "warned that it would retaliate against Israel": the actor itself is no target.
              .filter(m -> sources.stream().noneMatch(x -> x.code().equals(m.code())))
              .toList();
      if (!t.isEmpty()) {
        return t;
      }
      comps.addAll(Clauses.children(s, comps.get(i), "ccomp", "xcomp", "csubj", "advcl"));
    }
    return List.of();
  }

  /** The first actor among {@code words} other than the source, with its conjuncts. */
  private static List<ActorMention> firstActor(
      Sentence s, List<Integer> words, List<ActorMention> sources, MentionIndex mentions) {
    for (int w : words) {
      Optional<ActorMention> m = mentions.coded(s.index(), w);
      if (m.isPresent()
          && m.get().head() == w
          && sources.stream().noneMatch(x -> x == m.get() || x.code().equals(m.get().code()))) {
        List<ActorMention> found = coded(s, mentions, Arguments.conjuncts(s, w));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static boolean sameCountry(ActorMention m, List<ActorMention> sources) {
    Optional<String> c = m.code().flatMap(x -> x.country());
    return c.isPresent()
        && sources.stream().anyMatch(s -> s.code().flatMap(x -> x.country()).equals(c));
  }

  // ---------------------------------------------------------------- nouns

  private void codeNoun(
      Article article,
      Sentence s,
      int n,
      MentionIndex mentions,
      PlaceFinder places,
      Map<String, Event> out) {
    List<String> words = s.tokens().stream().map(Token::word).toList();
    Optional<NounDictionary.NounTrigger> trig =
        dictionaries.nouns().find(words, n, Clauses.lemma(s, n));
    if (trig.isEmpty() || activeCode(trig.get().code()).isEmpty()) {
      return;
    }
    NounDictionary.NounTrigger nt = trig.get();
    // The nearest verb above the noun, through the nominal phrases it is nested in ("discuss the
    // details of
    // Putin's visit" reaches "discuss"); direct when the noun is that verb's own argument.
    int governor = -1;
    String govRel = "";
    boolean direct = false;
    List<Integer> chain = new ArrayList<>();
    for (int cur = n, depth = 0; depth < 4; depth++) {
      Optional<org.parley.model.Dependency> e = Clauses.governor(s, cur);
      if (e.isEmpty()) {
        break;
      }
      String rel = e.get().relation();
      if (Clauses.isVerb(s, e.get().governor())) {
        governor = e.get().governor();
        govRel = rel;
        direct = cur == n;
        break;
      }
      // "dep" is the parser's fallback for a phrase it could not label, as in "since the rupture
      // of talks", where "since" takes the noun phrase.
      if (!(rel.startsWith("nmod")
          || rel.startsWith("obl")
          || rel.startsWith("obj")
          || rel.equals("conj")
          || rel.equals("appos")
          || rel.equals("dep"))) {
        break;
      }
      cur = e.get().governor();
      chain.add(cur);
    }
    boolean govIsVerb = governor >= 0;
    String govLemma = govIsVerb ? Clauses.lemma(s, governor) : "";
    boolean light = direct && govRel.startsWith("obj") && LIGHT_VERBS.contains(govLemma);

    List<Integer> between = Arguments.withPreposition(s, n, Set.of("between"));
    List<Integer> srcTokens = new ArrayList<>();
    for (int poss : Clauses.children(s, n, "nmod:poss")) {
      srcTokens.addAll(Arguments.conjuncts(s, poss));
    }
    srcTokens.addAll(Arguments.withPreposition(s, n, Set.of("of", "by")));
    List<Integer> tgtTokens =
        new ArrayList<>(Arguments.withPreposition(s, n, Set.of("with", "to")));
    if (light) {
      if (srcTokens.isEmpty()) {
        srcTokens.addAll(Arguments.sources(s, governor));
      }
      if (tgtTokens.isEmpty()) {
        tgtTokens.addAll(Arguments.withPreposition(s, governor, Set.of("with", "to")));
      }
    }
    EventCodeSpec spec = nt.code();
    String code = activeCode(spec).get();
    String rule = "noun " + String.join("_", nt.words()) + " " + spec.raw();
    List<String> cues = new ArrayList<>();
    Modality mod = Modality.ASSERTED;
    // "discuss a summit" makes the summit a topic; "discussed at the summit" makes it the occasion.
    int attached = chain.isEmpty() ? n : chain.get(chain.size() - 1);
    boolean occasion =
        Clauses.preposition(s, attached).filter(OCCASION_PREPOSITIONS::contains).isPresent();
    boolean intentGovernor = govIsVerb && !occasion && ModalityDetector.isIntentGovernor(govLemma);
    if (intentGovernor && direct && code.startsWith("04") && INTENT_TO_MEET.contains(govLemma)) {
      // CAMEO 036: the participants express intent to meet; the event is the expression, with its
      // own modality.
      code = "036";
      spec = EventCodeSpec.parse("[036:036]").orElseThrow();
      rule = rule + " under '" + s.tokens().get(governor).word() + "': intent to meet (CAMEO 036)";
      ModalityDetector.Reading r = modality.read(s, governor);
      mod = r.modality();
      cues.addAll(r.cues());
      if (srcTokens.isEmpty() && between.isEmpty()) {
        srcTokens.addAll(Arguments.sources(s, governor));
      }
    } else if (intentGovernor) {
      mod = Modality.INTENDED;
      cues.add(s.tokens().get(governor).word());
    } else {
      Optional<String> expected = modifierCue(s, n);
      for (int i = 0; i < chain.size() && expected.isEmpty(); i++) {
        expected = modifierCue(s, chain.get(i));
      }
      Optional<String> prep = Clauses.preposition(s, n);
      if (expected.isPresent()) {
        mod = Modality.INTENDED;
        cues.add(expected.get());
      } else if (prep.isPresent() && BEFORE_PREPOSITIONS.contains(prep.get())) {
        mod = Modality.INTENDED;
        cues.add(prep.get());
      } else if (govIsVerb) {
        ModalityDetector.Reading r = modality.read(s, governor);
        boolean argument = light || direct && govRel.startsWith("nsubj");
        if (argument
            || r.modality() == Modality.HYPOTHETICAL
            || r.modality() == Modality.INTENDED) {
          mod = r.modality();
          cues.addAll(r.cues());
        }
      }
    }

    if (light) {
      // "promised to continue military aid": the light verb's commitment makes the noun's event an
      // intent, as for verbs.
      Optional<Committed> committed = committedCode(s, governor, code, modality.read(s, governor));
      if (committed.isPresent()) {
        code = committed.get().code();
        rule = rule + "; '" + committed.get().by().word() + "' makes it " + code;
        mod = Modality.ASSERTED;
        cues.clear();
      }
    }
    List<ActorMention> between2 = coded(s, mentions, between);
    List<ActorMention> sources = coded(s, mentions, srcTokens);
    List<ActorMention> targets = coded(s, mentions, tgtTokens);
    if (sources.isEmpty()) {
      // "the Putin-Kim summit", "the US-China talks": the pair names both sides.
      for (int c : Clauses.children(s, n, "compound", "amod", "nmod:poss", "nmod")) {
        List<ActorMention> pair = mentions.pairAt(s.index(), c);
        if (!pair.isEmpty()) {
          sources = List.of(pair.get(0));
          targets = List.of(pair.get(1));
          break;
        }
      }
    }
    if (sources.isEmpty() && between2.size() >= 2) {
      sources = List.of(between2.get(0));
      targets = between2.subList(1, between2.size());
    } else if (!sources.isEmpty() && targets.isEmpty() && !between2.isEmpty()) {
      targets = between2;
    }
    if (sources.isEmpty() && !targets.isEmpty() && govIsVerb && bilateral(s, n)) {
      // "Pyongyang changed its position since the rupture of bilateral talks with Washington":
      // bilateral talks have two sides, the one named after "with" and, when the phrase names no
      // other, the subject of the clause that mentions them.
      List<ActorMention> subjects = new ArrayList<>();
      for (ActorMention m : coded(s, mentions, Arguments.sources(s, governor))) {
        boolean isTarget = false;
        for (ActorMention t : targets) {
          Optional<String> tc = t.code().flatMap(ActorCode::country);
          isTarget |=
              t.startToken() == m.startToken()
                  || tc.isPresent() && tc.equals(m.code().flatMap(ActorCode::country));
        }
        if (!isTarget) {
          subjects.add(m);
        }
      }
      if (!subjects.isEmpty()) {
        sources = subjects;
        rule = rule + "; the other side of 'bilateral' is the clause's subject";
      }
    }
    if (sources.isEmpty()) {
      return;
    }
    int clauseHead = govIsVerb ? governor : n;
    List<Integer> clause = Clauses.clauseTokens(s, clauseHead);
    if (!clause.contains(n)) {
      clause = new ArrayList<>(clause);
      clause.add(n);
    }
    // A time that modifies the noun or a noun it is nested in dates it: "the rupture of talks last
    // February", even when the parse hangs that phrase outside the verb's clause.
    List<Integer> nominals = new ArrayList<>(chain);
    nominals.add(n);
    for (int h : nominals) {
      for (int t : Clauses.children(s, h, "obl:tmod", "nmod:tmod")) {
        if (!clause.contains(t)) {
          clause = new ArrayList<>(clause);
          clause.add(t);
          for (int m : Clauses.children(s, t, "amod", "det", "compound", "nummod")) {
            clause.add(m);
          }
        }
      }
    }
    EventDater.Dated dated = dater.date(article, s, clause, n);
    List<Integer> hosts = light ? List.of(n, governor) : List.of(n);
    Optional<Place> place = places.find(s, article.body(), hosts).flatMap(places::place);
    CharSpan span = s.spanOf(n - (nt.words().size() - 1), n + 1);
    List<DictionaryEntry> entries = new ArrayList<>(List.of(nt.provenance()));
    Choice c = new Choice(spec, rule, entries, Optional.empty(), Optional.empty(), true);
    ModalityDetector.Reading reading = new ModalityDetector.Reading(mod, cues);
    emit(
        article,
        s,
        span.of(article.body()),
        span,
        c,
        code,
        sources,
        targets,
        reading,
        dated,
        place,
        out);
    if (reciprocal(spec) && !targets.isEmpty()) {
      // A reciprocal event ("talks between Japan and China") for both sides; an intent or refusal
      // coded for the noun holds for both. A linked pair ("A's visit to B") is coded once: a
      // nominal visit is as often one mentioned in passing as one reported.
      String back = code.equals(activeCode(spec).get()) ? spec.secondary().get() : code;
      emit(
          article,
          s,
          span.of(article.body()),
          span,
          reversed(c, back),
          back,
          targets,
          sources,
          reading,
          dated,
          place,
          out);
    }
  }

  /** Whether the noun at {@code n} is modified by "bilateral" (talks, negotiations, meetings). */
  private static boolean bilateral(Sentence s, int n) {
    for (int m : Clauses.children(s, n, "amod")) {
      if (Clauses.lemma(s, m).equalsIgnoreCase("bilateral")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> modifierCue(Sentence s, int n) {
    for (int m : Clauses.children(s, n, "amod", "acl")) {
      String lemma = Clauses.lemma(s, m);
      String word = s.tokens().get(m).word().toLowerCase(Locale.ROOT);
      if (EXPECTED_MODIFIERS.contains(lemma) || EXPECTED_MODIFIERS.contains(word)) {
        return Optional.of(s.tokens().get(m).word());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- predicate adjectives

  /** The prepositions that name what a predicate adjective is about, or at whom it is aimed. */
  private static final Set<String> PREDICATE_PREPOSITIONS =
      Set.of(
          "about",
          "over",
          "of",
          "with",
          "on",
          "at",
          "regarding",
          "toward",
          "towards",
          "to",
          "by",
          "for");

  /**
   * A predicate adjective with the copula ("Barak was pessimistic about the talks", "Turkey is
   * confident that the United States will ..."): the event its entry names, from the subject, at
   * the actor of its prepositional phrase or else the subject of its clause.
   */
  private void codePredicate(
      Article article,
      Sentence s,
      int a,
      MentionIndex mentions,
      PlaceFinder places,
      Map<String, Event> out) {
    Token tok = s.tokens().get(a);
    if (!tok.pos().startsWith("JJ")) {
      return;
    }
    Optional<PredicateDictionary.Predicate> pred = dictionaries.predicates().find(tok.word());
    if (pred.isEmpty() || activeCode(pred.get().code()).isEmpty()) {
      return;
    }
    boolean copula =
        Clauses.children(s, a, "cop").stream().anyMatch(c -> Clauses.lemma(s, c).equals("be"));
    if (!copula) {
      return;
    }
    PredicateDictionary.Predicate p = pred.get();
    List<Integer> about =
        Arguments.withPreposition(
            s, a, p.prepositions().isEmpty() ? PREDICATE_PREPOSITIONS : p.prepositions());
    if (!p.prepositions().isEmpty() && about.isEmpty()) {
      return;
    }
    List<ActorMention> sources = coded(s, mentions, Arguments.sources(s, a));
    if (sources.isEmpty()) {
      return;
    }
    List<ActorMention> targets = coded(s, mentions, about);
    for (int i = 0; i < about.size() && targets.isEmpty(); i++) {
      // "critical of China's military build-up": the possessor is who it is aimed at.
      targets = coded(s, mentions, Clauses.children(s, about.get(i), "nmod:poss"));
    }
    if (targets.isEmpty()) {
      for (int comp : Clauses.children(s, a, "ccomp")) {
        targets = coded(s, mentions, Arguments.sources(s, comp));
        if (!targets.isEmpty()) {
          break;
        }
      }
    }
    String code = activeCode(p.code()).get();
    List<Integer> clause = Clauses.clauseTokens(s, a);
    EventDater.Dated dated = dater.date(article, s, clause, a);
    Optional<Place> place = places.find(s, article.body(), List.of(a)).flatMap(places::place);
    CharSpan span = s.spanOf(a, a + 1);
    Choice c =
        new Choice(
            p.code(),
            "predicate '" + tok.word() + "' " + p.code().raw(),
            new ArrayList<>(List.of(p.provenance())),
            Optional.empty(),
            Optional.empty(),
            false);
    emit(
        article,
        s,
        span.of(article.body()),
        span,
        c,
        code,
        sources,
        targets,
        modality.read(s, a),
        dated,
        place,
        out);
  }

  // ---------------------------------------------------------------- assembly

  private static List<ActorMention> coded(Sentence s, MentionIndex mentions, List<Integer> heads) {
    List<ActorMention> out = new ArrayList<>();
    for (int h : heads) {
      // All the actors a head names: "US and British activists" are two sources, one event each.
      headActors(s, mentions, h, 0).stream().filter(x -> !out.contains(x)).forEach(out::add);
    }
    return out;
  }

  /**
   * The actors a phrase head stands for: its own mentions; else, for a head that names no actor,
   * the actor of its "of" phrase, followed through quantities ("tens of thousands of Iraqi Kurds",
   * "members of the opposition"); else the names set beside it ("Old foes Gondor and Osgiliath",
   * "the rebel group Hamas"); else the country its modifiers or owner name ("Israeli tanks",
   * "Eriadori and Calenardhon leaders", "Iran's nuclear programme"), as PETRARCH codes the noun
   * phrase.
   */
  /** Nouns naming those against an actor, who do not stand for it ("opponents of X"). */
  private static final Set<String> OPPOSING_NOUNS =
      Set.of("opponent", "critic", "enemy", "foe", "adversary", "detractor");

  private static List<ActorMention> headActors(
      Sentence s, MentionIndex mentions, int h, int depth) {
    List<ActorMention> m = mentions.allCoded(s.index(), h);
    if (!m.isEmpty() || mentions.at(s.index(), h).isPresent()) {
      return m;
    }
    // "Opponents of Rwanda's Senate", "Putin's critics": those against an actor are not it; its
    // country ("Syrian opponents") still is theirs.
    boolean opposing = OPPOSING_NOUNS.contains(s.tokens().get(h).lemma().toLowerCase(Locale.ROOT));
    if (depth < 3 && !opposing) {
      for (int of : Arguments.withPreposition(s, h, Set.of("of"))) {
        m = headActors(s, mentions, of, depth + 1);
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    for (int ap : Clauses.children(s, h, "appos", "dep")) {
      if (!Clauses.isNoun(s, ap)) {
        continue;
      }
      List<ActorMention> named = new ArrayList<>();
      for (int c : Arguments.conjuncts(s, ap)) {
        named.addAll(mentions.allCoded(s.index(), c));
      }
      if (!named.isEmpty()) {
        return named;
      }
    }
    for (int mod :
        opposing
            ? Clauses.children(s, h, "amod", "compound")
            : Clauses.children(s, h, "amod", "compound", "nmod:poss")) {
      List<ActorMention> found = new ArrayList<>();
      for (int each : Arguments.conjuncts(s, mod)) {
        mentions.allCoded(s.index(), each).stream()
            .filter(x -> x.head() == each && x.code().flatMap(c -> c.country()).isPresent())
            // not "their resumption of ties": an owner only a pronoun names is not coded.
            .filter(x -> x.resolvedBy() != org.parley.model.ResolvedBy.COREFERENCE)
            .filter(x -> !found.contains(x))
            .forEach(found::add);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private void emit(
      Article article,
      Sentence s,
      String trigger,
      CharSpan triggerSpan,
      Choice c,
      String code,
      List<ActorMention> sources,
      List<ActorMention> targets,
      ModalityDetector.Reading reading,
      EventDater.Dated dated,
      Optional<Place> place,
      Map<String, Event> out) {
    Optional<EventType> type = typeOf(code);
    if (type.isEmpty()) {
      return;
    }
    for (ActorMention src : sources) {
      // An actor does not act on itself: a target that is the source, or has its code, is dropped,
      // and the
      // event stands with no target ("Peskov said Putin met Obama": a statement by Peskov).
      List<ActorMention> ts =
          targets.stream().filter(t -> t != src && !t.code().equals(src.code())).toList();
      if (ts.isEmpty()
          && type.get().ploverType().filter(dictionaries::requiresRecipient).isPresent()) {
        // PLOVER: cooperation, aid and sanctions are always with or against someone; "Pyongyang has
        // conducted tests" is not material cooperation.
        continue;
      }
      if (ts.isEmpty() && code.equals("010")) {
        // CAMEO 1.1b3: 010 is a residual code, "not coded except when distinctions among 011 to 017
        // cannot be made"; a statement addressed to no one and about no other actor ("X said") is
        // not an event.
        continue;
      }
      if (ts.isEmpty()) {
        ts = java.util.Collections.singletonList(null);
      }
      for (ActorMention tgt : ts) {
        add(article, s, trigger, triggerSpan, c, type.get(), src, tgt, reading, dated, place, out);
      }
    }
  }

  private void add(
      Article article,
      Sentence s,
      String trigger,
      CharSpan triggerSpan,
      Choice c,
      EventType type,
      ActorMention src,
      ActorMention tgt,
      ModalityDetector.Reading reading,
      EventDater.Dated dated,
      Optional<Place> place,
      Map<String, Event> out) {
    List<DictionaryEntry> entries = new ArrayList<>(c.entries());
    entries.addAll(src.entries());
    if (tgt != null) {
      entries.addAll(tgt.entries());
    }
    String key =
        String.join(
            "|",
            article.id(),
            String.valueOf(s.index()),
            triggerSpan.toString(),
            src.span().toString(),
            tgt == null ? "-" : tgt.span().toString(),
            type.cameoCode());
    String id = ContentHash.shortId(key);
    Event same = out.get(id);
    if (same != null) {
      if (same.source().code().equals(src.code().get())
          && same.target()
              .map(EventParticipant::code)
              .equals(tgt == null ? Optional.empty() : tgt.code())) {
        return;
      }
      // One word naming two actors ("Fornost" in "lawmakers and officials in Fornost": FORLEG and
      // FORGOV): each has its own event, told apart by its code; other ids stay as they were.
      id =
          ContentHash.shortId(
              key
                  + "|"
                  + src.code().get().code()
                  + "|"
                  + (tgt == null ? "-" : tgt.code().map(ActorCode::code).orElse("-")));
      if (out.containsKey(id)) {
        return;
      }
    }
    for (Event e : out.values()) {
      if (e.type().cameoCode().equals(type.cameoCode())
          && e.source().code().equals(src.code().get())
          && e.target()
              .map(EventParticipant::code)
              .equals(tgt == null ? Optional.empty() : tgt.code())) {
        return;
      }
    }
    double confidence = 0.6;
    if (c.pattern()) {
      confidence += 0.15;
    }
    if (tgt != null) {
      confidence += 0.1;
    }
    if (src.resolvedBy() == org.parley.model.ResolvedBy.COREFERENCE) {
      confidence -= 0.2;
    }
    confidence = Math.max(0.05, Math.min(1.0, confidence));
    out.put(
        id,
        new Event(
            id,
            article.id(),
            s.index(),
            s.text(),
            dated.date(),
            dated.source(),
            EventParticipant.of(src),
            Optional.ofNullable(tgt).map(EventParticipant::of),
            type,
            place,
            reading.modality(),
            new org.parley.model.Evidence(trigger, triggerSpan, c.rule(), entries, reading.cues()),
            confidence));
  }

  /** The codebook entry for a code; an unknown 4-digit code falls back to its 3-digit parent. */
  private Optional<EventType> typeOf(String code) {
    Optional<EventType> t = dictionaries.codebook().find(code);
    if (t.isEmpty() && keepUncatalogued && code.matches("[0-9]{2}[0-9A-Z]{0,2}")) {
      return Optional.of(EventType.uncatalogued(code));
    }
    for (String c = code; t.isEmpty() && c.length() > 2; ) {
      c = c.substring(0, c.length() - 1);
      t = dictionaries.codebook().find(c);
    }
    return t;
  }
}
