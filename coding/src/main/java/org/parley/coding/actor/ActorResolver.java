package org.parley.coding.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.coding.Dictionaries;
import org.parley.coding.dictionary.ActorEntry;
import org.parley.coding.dictionary.AgentEntry;
import org.parley.coding.dictionary.DatedCode;
import org.parley.coding.dictionary.GazetteerActors;
import org.parley.coding.dictionary.PhraseMatch;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.Dependency;
import org.parley.model.DictionaryEntry;
import org.parley.model.ParsedDocument;
import org.parley.model.ResolvedBy;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Finds actor mentions in a parsed document and resolves each to a CAMEO actor code, saying why.
 *
 * <p>Per sentence: dictionary phrases (actors, then agents) are matched longest-first over the
 * words; noun phrases are built from the parse; each phrase is resolved from what it contains: a
 * named actor covering its head (dictionary, date-restricted by the article date), a role noun with
 * a country beside it or in a possessor ("South Korea's Deputy National Security Adviser" is KOR +
 * GOV: title), else in an "in" or "from" phrase ("lawmakers in Fornost"; not "the ambassador in
 * Tehran", who serves abroad), a country or capital (dictionary or metonymy), an apposition or
 * affiliation ("Sean King, an expert at the University of Notre Dame in the United States"). Then,
 * over the document in reading order, coreference: a bare surname takes the code of the latest full
 * name containing it, a personal pronoun the latest person in subject position, a role with no
 * country the country of the latest such person, "the North"/"the South" the earlier country so
 * named.
 *
 * <p>Compound actors: a role that belongs to several conjoined countries is one actor for each, as
 * PETRARCH and CAMEO code them: "US and British activists" (USAOPP, GBROPP), "the presidents of
 * Iraq and Egypt", "lawmakers in Fornost and Gondor", and with a shared modifier "lawmakers and
 * officials in Fornost and Gondor" (FORLEG, GONLEG, FORGOV, GONGOV). The mentions share the
 * phrase's head; each is marked by its own country word, so that each is a participant of its own.
 */
public final class ActorResolver {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
  private static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs");
  private static final Set<String> NAME_NER = Set.of("PERSON", "ORGANIZATION");
  private static final Set<String> LOCATION_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  private static final Set<String> METONYM_FILES = Set.of(GazetteerActors.SEATS);

  /** Predicates that judge a clause: their subject "it" is empty ("it is likely that ..."). */
  private static final Set<String> EVALUATIVE =
      Set.of(
          "possible",
          "impossible",
          "likely",
          "unlikely",
          "clear",
          "unclear",
          "certain",
          "uncertain",
          "important",
          "necessary",
          "difficult",
          "easy",
          "hard",
          "true",
          "obvious",
          "essential",
          "vital",
          "crucial",
          "time",
          "unacceptable",
          "natural",
          "wrong",
          "right",
          "better",
          "best",
          "good",
          "bad",
          "enough",
          "worth",
          "urgent",
          "evident",
          "apparent");

  /** Sectors of the state, whose unnamed members may take the article's lead country. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

  private final Dictionaries dictionaries;

  public ActorResolver(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
  }

  /** A dictionary phrase found in a sentence. */
  private record Hit(int start, int end, Optional<ActorEntry> actor, Optional<AgentEntry> agent) {
    boolean inside(NounPhrases.Phrase p) {
      return start >= p.start() && end <= p.end();
    }

    boolean covers(int token) {
      return token >= start && token < end;
    }
  }

  /** A mention under construction: mutable until the document pass is over. */
  private static final class Draft {
    final int sentence;
    final NounPhrases.Phrase phrase;
    String kind;
    ActorCode code;
    ResolvedBy by = ResolvedBy.NONE;
    final List<DictionaryEntry> entries = new ArrayList<>();
    String reason = "";
    List<String> pendingSectors = List.of();
    boolean subject;
    boolean neuter;
    boolean plural;
    Set<String> nameTokens = new LinkedHashSet<>();

    /**
     * For one name of a hyphenated pair ("Putin" in "Putin-Kim"): its characters within the token;
     * for one actor of a compound phrase, its country word ("British" in "US and British
     * activists").
     */
    CharSpan partSpan;

    /**
     * For one actor of a compound phrase ("British" in "US and British activists"): its tokens
     * {@code [rangeStart, rangeEnd)}, the phrase with its country word; -1 when the phrase's own.
     */
    int rangeStart = -1;

    int rangeEnd = -1;

    /**
     * The further actors of a compound phrase, one for each further country it names ("British
     * activists" beside "US activists" in "US and British activists"), which share its head.
     */
    final List<Draft> compoundParts = new ArrayList<>();

    /** One of {@link #compoundParts}: an actor of its own, but not one a pronoun refers back to. */
    boolean compoundPart;

    /**
     * For a plural pronoun that refers to conjoined actors ("Obama and Putin ... they"): the
     * further actors it stands for after the first, which share its head.
     */
    final List<Draft> pronounParts = new ArrayList<>();

    Draft(int sentence, NounPhrases.Phrase phrase, String kind) {
      this.sentence = sentence;
      this.phrase = phrase;
      this.kind = kind;
    }
  }

  /** Resolves every actor mention of {@code doc}, in reading order. */
  public List<ActorMention> resolve(ParsedDocument doc) {
    Optional<LocalDate> date = doc.article().published().map(d -> d.firstDay());
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      drafts.addAll(sentenceDrafts(s, date));
    }
    resolveByDocument(doc, drafts);
    String docId = doc.article().id();
    List<ActorMention> out = new ArrayList<>();
    List<Draft> all = new ArrayList<>();
    for (Draft d : drafts) {
      all.add(d);
      all.addAll(d.pronounParts);
    }
    for (Draft d : all) {
      Sentence s = doc.sentences().get(d.sentence);
      int start = d.phrase.start();
      int end = d.phrase.end();
      if (d.rangeStart >= 0) {
        start = d.rangeStart;
        end = d.rangeEnd;
      } else if (end - start > 1 && NounPhrases.isPossessiveMarker(s, end - 1)) {
        end--; // "Russia's": the actor is Russia
      }
      CharSpan span = d.partSpan != null ? d.partSpan : s.spanOf(start, end);
      String text = span.of(doc.article().body());
      out.add(
          new ActorMention(
              docId,
              d.sentence,
              start,
              end,
              d.phrase.head(),
              text,
              span,
              d.kind,
              Optional.ofNullable(d.code),
              d.code == null ? ResolvedBy.NONE : d.by,
              d.entries,
              d.reason));
    }
    return out;
  }

  private List<Hit> dictionaryHits(Sentence s) {
    List<String> words = s.tokens().stream().map(Token::word).toList();
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<PhraseMatch<ActorEntry>> a = dictionaries.actors().longestMatch(words, i);
      if (a.isPresent() && !startsCapitalised(words, a.get().start())) {
        a = Optional.empty();
      }
      if (a.isPresent() && acronymInName(s, a.get())) {
        a = Optional.empty();
      }
      if (a.isEmpty()) {
        a = pluralNationality(s.tokens(), words, i);
      }
      Optional<PhraseMatch<AgentEntry>> g = dictionaries.agents().longestMatch(words, i);
      int aLen = a.map(m -> m.end() - m.start()).orElse(0);
      int gLen = g.map(m -> m.end() - m.start()).orElse(0);
      if (aLen == 0 && gLen == 0) {
        i++;
      } else if (aLen >= gLen) {
        hits.add(
            new Hit(
                a.get().start(), a.get().end(), Optional.of(a.get().entry()), Optional.empty()));
        i = a.get().end();
      } else {
        hits.add(
            new Hit(
                g.get().start(), g.get().end(), Optional.empty(), Optional.of(g.get().entry())));
        i = g.get().end();
      }
    }
    return hits;
  }

  /**
   * Whether token {@code i} may start or head a mention, judged without the parse, for choosing the
   * sentences worth parsing ({@link org.parley.coding.ParseCandidates}): the tests this resolver
   * makes mentions from (a dictionary actor or agent phrase, the plural of a one-word country, a
   * PERSON or ORGANIZATION name, a personal pronoun, "North"/"South", a hyphenated pair of names)
   * without their conditions on the parse and on a dictionary phrase's capitalisation, so it holds
   * wherever a mention can be made.
   */
  public boolean mayStartMention(List<Token> tokens, List<String> words, int i) {
    Token t = tokens.get(i);
    String w = t.word();
    String lower = w.toLowerCase(Locale.ROOT);
    return NAME_NER.contains(t.ner())
        || t.pos().startsWith("PRP")
            && (PRONOUNS.contains(lower)
                || NEUTER_PRONOUNS.contains(lower)
                || PLURAL_PRONOUNS.contains(lower))
        || w.equals("North")
        || w.equals("South")
        || hyphenatedNames(w.split("-"))
        || dictionaries.actors().longestMatch(words, i).isPresent()
        || dictionaries.agents().longestMatch(words, i).isPresent()
        || pluralNationality(tokens, words, i).isPresent();
  }

  /** The parts of a hyphenated token are a pair of names: two, each capitalised ("Putin-Kim"). */
  private static boolean hyphenatedNames(String[] parts) {
    return parts.length == 2
        && java.util.Arrays.stream(parts)
            .allMatch(p -> p.length() > 1 && Character.isUpperCase(p.charAt(0)));
  }

  /**
   * A people named by the plural of its nationality ("ethnic Albanians", "Iraqis"), which the
   * dictionaries list in the singular only ("+ALBANIAN_"): the country, when the singular is a
   * one-word country entry.
   */
  private Optional<PhraseMatch<ActorEntry>> pluralNationality(
      List<Token> tokens, List<String> words, int i) {
    String w = words.get(i);
    String pos = tokens.get(i).pos();
    if (w.length() < 5
        || !w.endsWith("s")
        || !(pos.equals("NNPS") || pos.equals("NNS"))
        || !startsCapitalised(words, i)) {
      return Optional.empty();
    }
    List<String> singular = new ArrayList<>(words);
    singular.set(i, w.substring(0, w.length() - 1));
    return dictionaries
        .actors()
        .longestMatch(singular, i)
        .filter(m -> m.start() == i && m.end() == i + 1)
        .filter(
            m -> {
              Optional<DatedCode> c = m.entry().codeOn(Optional.empty());
              return c.isPresent() && c.get().code().code().length() == 3;
            });
  }

  /**
   * For a dictionary phrase that spans more than one noun phrase of the parse, joined by a
   * preposition ("Prince of Dol Amroth"): its one token governed from outside it; -1 for a phrase
   * within one noun phrase, or one the parse does not hold together.
   */
  private static int hitTop(Sentence s, Hit h) {
    if (h.end() - h.start() < 3) {
      return -1;
    }
    int top = -1;
    boolean nested = false;
    for (int t = h.start(); t < h.end(); t++) {
      Optional<Dependency> e = s.headEdge(t);
      int gov = e.map(Dependency::governor).orElse(-1);
      if (gov < h.start() || gov >= h.end()) {
        if (top >= 0) {
          return -1;
        }
        top = t;
      } else if (!NounPhrases.internal(e.get())
          && !"case".equals(e.get().relation())
          && !"det".equals(e.get().relation())) {
        nested = true;
      }
    }
    return nested && top >= 0 && s.tokens().get(top).pos().startsWith("NN") ? top : -1;
  }

  /**
   * A short entry of one word (an acronym: GIA, IRA, ETA) met by a word of a person's name that is
   * not written in capitals ("Tran Xuan Gia", "Ira Magaziner"): the name, not the group.
   */
  private static boolean acronymInName(Sentence s, PhraseMatch<ActorEntry> m) {
    if (m.end() - m.start() != 1) {
      return false;
    }
    int t = m.start();
    String w = s.tokens().get(t).word();
    if (w.length() > 3 || w.equals(w.toUpperCase(Locale.ROOT))) {
      return false;
    }
    boolean before = t > 0 && "PERSON".equals(s.tokens().get(t - 1).ner());
    boolean after = t + 1 < s.tokens().size() && "PERSON".equals(s.tokens().get(t + 1).ner());
    return "PERSON".equals(s.tokens().get(t).ner()) && (before || after);
  }

  /**
   * Whether a dictionary phrase starts as a name does: capitalised, a number, or a word with a
   * capital inside it that no common word has ("iSrael", a mistyped name); not a lower-case common
   * word ("chad", "turkey").
   */
  private static boolean startsCapitalised(List<String> words, int start) {
    String w = words.get(start);
    return !w.isEmpty()
        && (Character.isUpperCase(w.charAt(0))
            || Character.isDigit(w.charAt(0))
            || w.chars().anyMatch(Character::isUpperCase));
  }

  private List<Draft> sentenceDrafts(Sentence s, Optional<LocalDate> date) {
    List<Hit> hits = dictionaryHits(s);
    Set<Integer> heads = new LinkedHashSet<>();
    // A dictionary phrase that runs over several noun phrases ("the Prince of Dol Amroth", "Bank of
    // England") belongs to the phrase at its top, widened to take it in.
    Map<Integer, TreeSet<Integer>> widened = new HashMap<>();
    for (Hit h : hits) {
      int top = hitTop(s, h);
      if (top >= 0) {
        int head = NounPhrases.phraseHead(s, top);
        heads.add(head);
        TreeSet<Integer> extra = widened.computeIfAbsent(head, k -> new TreeSet<>());
        for (int t = h.start(); t < h.end(); t++) {
          extra.add(t);
        }
      } else {
        heads.add(NounPhrases.phraseHead(s, h.end() - 1));
      }
    }
    for (Token t : s.tokens()) {
      boolean named = NAME_NER.contains(t.ner()) && t.word().chars().anyMatch(Character::isLetter);
      boolean pronoun =
          t.pos().startsWith("PRP")
              && (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                  || PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                  || isReferentialIt(s, t.index()));
      boolean direction = isDirectional(s, t.index());
      if (named || pronoun || direction) {
        heads.add(NounPhrases.phraseHead(s, t.index()));
      }
    }
    Map<Integer, Draft> byHead = new HashMap<>();
    List<Integer> ordered = new ArrayList<>(heads);
    // Possessors and appositions are resolved before the phrases that use them; a modifier shared
    // by conjoined phrases ("in Fornost" in "lawmakers and officials in Fornost") before all of
    // them, conjunction adding no depth.
    ordered.sort(
        Comparator.comparingInt((Integer h) -> -depth(s, h, false))
            .thenComparingInt(h -> -depth(s, h, true)));
    for (int head : ordered) {
      NounPhrases.Phrase own = NounPhrases.phrase(s, head);
      if (widened.containsKey(head) && !own.tokens().containsAll(widened.get(head))) {
        TreeSet<Integer> toks = new TreeSet<>(own.tokens());
        toks.addAll(widened.get(head));
        own = new NounPhrases.Phrase(head, toks);
      }
      NounPhrases.Phrase p = own;
      List<Hit> inside = hits.stream().filter(h -> h.inside(p)).toList();
      List<Draft> made = resolvePhrase(s, p, inside, hits, date, byHead);
      for (Draft d : made) {
        byHead.putIfAbsent(d.phrase.head(), d);
      }
    }
    applyAppositions(s, byHead);
    List<Draft> out = new ArrayList<>(byHead.values());
    for (Draft d : byHead.values()) {
      out.addAll(d.compoundParts);
    }
    out.sort(
        Comparator.comparingInt((Draft d) -> d.phrase.start())
            .thenComparingInt(d -> d.phrase.end()));
    for (Draft d : out) {
      d.plural |=
          s.tokens().get(d.phrase.head()).pos().equals("NNS")
              || s.tokens().get(d.phrase.head()).pos().equals("NNPS");
      d.subject =
          s.headEdge(d.phrase.head()).map(e -> e.relation().startsWith("nsubj")).orElse(false);
      for (int t : d.phrase.tokens()) {
        Token tok = s.tokens().get(t);
        if ((tok.pos().startsWith("NNP") || "PERSON".equals(tok.ner()))
            && tok.word().chars().anyMatch(Character::isLetter)) {
          // Whole words: "Moon-Patrushev" (a meeting's name) must not make "Moon" look like
          // Patrushev.
          d.nameTokens.add(tok.word().toLowerCase(Locale.ROOT));
        }
      }
    }
    out.addAll(hyphenatedPairs(s, date));
    out.sort(
        Comparator.comparingInt((Draft d) -> d.phrase.start())
            .thenComparingInt(d -> d.phrase.end()));
    return out;
  }

  /**
   * The two names of a hyphenated pair such as "the Putin-Kim summit" or "the US-China talks", each
   * a mention of its own within the one token: a dictionary name, or a surname left for
   * coreference.
   */
  private List<Draft> hyphenatedPairs(Sentence s, Optional<LocalDate> date) {
    List<Draft> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String[] parts = t.word().split("-");
      if (parts.length != 2
          || !(t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) {
        continue;
      }
      if (!hyphenatedNames(parts)) {
        continue;
      }
      int offset = t.span().begin();
      List<Draft> pair = new ArrayList<>();
      for (String part : parts) {
        java.util.TreeSet<Integer> toks = new java.util.TreeSet<>();
        toks.add(t.index());
        Draft d = new Draft(s.index(), new NounPhrases.Phrase(t.index(), toks), "person");
        d.partSpan = new CharSpan(offset, offset + part.length());
        offset += part.length() + 1;
        d.nameTokens.add(part.toLowerCase(Locale.ROOT));
        Optional<PhraseMatch<ActorEntry>> m = dictionaries.actors().longestMatch(List.of(part), 0);
        if (m.isPresent() && m.get().end() == 1 && m.get().entry().codeOn(date).isPresent()) {
          ActorEntry e = m.get().entry();
          d.code = e.codeOn(date).get().code();
          d.by = ResolvedBy.DICTIONARY;
          d.kind = d.code.code().length() == 3 ? "country" : "person";
          d.entries.add(e.provenance());
          d.reason =
              "dictionary name '" + e.provenance().entry() + "' in the pair '" + t.word() + "'";
        } else {
          d.reason = "name in the pair '" + t.word() + "'";
        }
        pair.add(d);
      }
      out.addAll(pair);
    }
    return out;
  }

  /** Edges from {@code token} to the root, conjunctions counted only when {@code conj}. */
  private static int depth(Sentence s, int token, boolean conj) {
    int d = 0;
    int t = token;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      var e = s.headEdge(t);
      if (e.isEmpty() || e.get().governor() < 0) {
        break;
      }
      if (conj || !e.get().baseRelation().equals("conj")) {
        d++;
      }
      t = e.get().governor();
    }
    return d;
  }

  /**
   * An institution named in the dictionary under one country ("SENATE" is the US Senate) takes the
   * country the text gives it: "Rwanda's Senate" is RWA with the Senate's sectors. People keep
   * their own codes.
   */
  private void overrideInstitutionCountry(
      Sentence s,
      NounPhrases.Phrase p,
      Hit named,
      Hit country,
      Optional<LocalDate> date,
      Map<Integer, Draft> done,
      Draft d) {
    boolean person = false;
    for (int t = named.start(); t < named.end(); t++) {
      person |= "PERSON".equals(s.tokens().get(t).ner());
    }
    if (person || d.code.country().isEmpty() || d.code.sectors().isEmpty()) {
      return;
    }
    Optional<String> given = Optional.empty();
    String from = "";
    if (country != null && !country.covers(p.head())) {
      given = country.actor().get().codeOn(date).map(c -> c.code().code());
      from = "nationality '" + span(s, country) + "'";
    } else {
      Optional<Draft> poss = possessorOrOf(s, p, done);
      if (poss.isPresent() && poss.get().code != null && poss.get().code.code().length() == 3) {
        given = Optional.of(poss.get().code.code());
        from = "possessor '" + phraseText(s, poss.get().phrase) + "'";
      }
    }
    if (given.isPresent() && !given.equals(d.code.country())) {
      d.code = new ActorCode(given.get()).withSectors(d.code.sectors());
      d.by = ResolvedBy.TITLE;
      d.reason = d.reason + "; country from " + from;
    }
  }

  private static boolean isDirectional(Sentence s, int t) {
    String w = s.tokens().get(t).word();
    if (!w.equals("North") && !w.equals("South")) {
      return false;
    }
    return t > 0
        && s.tokens().get(t - 1).word().equalsIgnoreCase("the")
        && (t + 1 >= s.tokens().size()
            || !Character.isUpperCase(s.tokens().get(t + 1).word().charAt(0)));
  }

  /**
   * Whether a state role ({@link #STATE_SECTORS}) is said to be a former one: "former" or an "ex-"
   * word before the head of its phrase.
   */
  private static boolean formerStateRole(Sentence s, NounPhrases.Phrase p, int head, AgentEntry g) {
    if (!g.sectors().stream().allMatch(STATE_SECTORS::contains)) {
      return false;
    }
    for (int t = p.start(); t <= head && t < p.end(); t++) {
      String w = s.tokens().get(t).word().toLowerCase(Locale.ROOT);
      boolean ofName =
          s.headEdge(t)
              .filter(e -> e.governor() >= 0)
              .map(e -> s.tokens().get(e.governor()).pos().startsWith("NNP"))
              .orElse(false);
      // "the former Soviet Union": a former name, not a former role.
      if ((w.equals("former") || w.startsWith("ex-")) && !ofName) {
        return true;
      }
    }
    return false;
  }

  private List<Draft> resolvePhrase(
      Sentence s,
      NounPhrases.Phrase p,
      List<Hit> inside,
      List<Hit> sentenceHits,
      Optional<LocalDate> date,
      Map<Integer, Draft> done) {
    int head = p.head();
    Token headTok = s.tokens().get(head);
    List<Draft> out = new ArrayList<>();
    Hit named = null;
    Hit country = null;
    Hit agent = null;
    for (Hit h : inside) {
      if (h.actor().isPresent()) {
        Optional<DatedCode> c = h.actor().get().codeOn(date);
        boolean isCountry = c.isPresent() && c.get().code().code().length() == 3;
        if (isCountry) {
          if (country == null || h.covers(head)) {
            country = h;
          }
        } else if (c.isPresent()
            && (named == null || h.covers(head) || h.start() > named.start())) {
          named = h;
        }
      } else if (h.agent().isPresent()
          && (agent == null || h.covers(head) || h.start() > agent.start())) {
        agent = h;
      }
    }
    boolean headIsName = headTok.pos().startsWith("NNP") || !"O".equals(headTok.ner());
    Draft d = new Draft(s.index(), p, kindOf(headTok));

    if (named != null
        && (named.covers(head) || (headIsName && agent == null && named.end() >= head))) {
      ActorEntry e = named.actor().get();
      d.code = e.codeOn(date).get().code();
      d.by = ResolvedBy.DICTIONARY;
      d.entries.add(e.provenance());
      d.reason = "dictionary name '" + e.provenance().entry() + "'" + dateNote(e, date);
      if (METONYM_FILES.contains(e.provenance().file())) {
        d.by = ResolvedBy.METONYMY;
        d.reason = "seat of government '" + e.provenance().entry() + "'";
      }
      if (agent != null && !agent.covers(head)) {
        d.entries.add(agent.agent().get().provenance());
      }
      overrideInstitutionCountry(s, p, named, country, date, done, d);
      out.add(d);
      if (country != null && !country.covers(head)) {
        out.add(subMention(s, country, date, "country"));
      }
      return out;
    }

    if (agent != null && (agent.covers(head) || headIsName || agent.end() - 1 == head)) {
      AgentEntry g = agent.agent().get();
      if (formerStateRole(s, p, head, g)) {
        // "former security officials", "ex-prosecutors": no longer of the state, elites (CAMEO
        // ELI, as Phoenix's FORMER_PRESIDENT and FORMER_PRIME_MINISTER [~ELI]).
        g = new AgentEntry(g.words(), List.of("ELI"), g.precedesActor(), g.provenance());
      }
      d.kind = headIsName ? "person" : "role";
      d.entries.add(g.provenance());
      // The countries the role belongs to, in order: one actor for each ("US and British
      // activists", "the presidents of Iraq and Egypt").
      List<Owner> owners = new ArrayList<>();
      if (country != null) {
        owners.add(nationality(s, country, date));
        for (Hit h : conjoinedCountries(s, country, inside, date)) {
          Owner o = nationality(s, h, date);
          if (owners.stream().noneMatch(x -> x.country().equals(o.country()))) {
            owners.add(o);
          }
        }
      } else if (named != null) {
        d.entries.add(named.actor().get().provenance());
        ActorCode namedCode = named.actor().get().codeOn(date).get().code();
        // An international organisation's role keeps its code ("UN troops" IGOUNOMIL, not IGOMIL);
        // a national one's its country ("RIA Novosti news agency" RUSMED).
        boolean organisation =
            organisation(namedCode, kindOf(s.tokens().get(named.end() - 1)))
                && namedCode.country().filter(ActorCode::isInternational).isPresent();
        Optional<String> c = organisation ? Optional.of(namedCode.code()) : territory(namedCode);
        if (c.isPresent()) {
          owners.add(
              new Owner(
                  c.get(),
                  named.start(),
                  named.end(),
                  List.of(),
                  "named actor '" + span(s, named) + "'",
                  organisation));
        }
      }
      if (owners.isEmpty()) {
        owners.addAll(owners(s, p, done));
      }
      if (owners.isEmpty()) {
        // "Danish media and government", "US troops and officials": the nationality that opens a
        // coordination of roles is that of each of them.
        int first = firstConjunct(s, head);
        if (first != head) {
          NounPhrases.Phrase fp = NounPhrases.phrase(s, first);
          for (Hit h : sentenceHits) {
            if (h.actor().isPresent()
                && h.inside(fp)
                && !h.covers(first)
                && h.end() <= first
                && h.actor()
                    .get()
                    .codeOn(date)
                    .map(c -> c.code().code().length() == 3)
                    .orElse(false)) {
              Owner o = nationality(s, h, date);
              owners.add(
                  new Owner(
                      o.country(),
                      o.start(),
                      o.end(),
                      o.entries(),
                      o.from() + " shared with '" + s.tokens().get(first).word() + "'"));
              break;
            }
          }
        }
      }
      if (!owners.isEmpty()) {
        List<DictionaryEntry> base = new ArrayList<>(d.entries);
        String role = "role '" + span(s, agent) + "' with ";
        String each =
            owners.size() > 1 ? "; one actor for each of " + owners.size() + " countries" : "";
        for (int i = 0; i < owners.size(); i++) {
          Owner o = owners.get(i);
          Draft x = d;
          if (i > 0) {
            x = new Draft(s.index(), p, d.kind);
            x.entries.addAll(base);
            x.compoundPart = true;
            d.compoundParts.add(x);
          }
          x.code =
              g.precedesActor()
                  // PETRARCH's [IGO~]: the role's code goes before the country ("Indian
                  // peacekeeping troops" IGOIND, "MSF Arnor" NGOARN).
                  ? new ActorCode(String.join("", g.sectors()) + o.country())
                  : new ActorCode(o.country()).withSectors(roleSectors(o, g.sectors()));
          x.by = ResolvedBy.TITLE;
          x.entries.addAll(o.entries());
          x.reason = role + o.from() + each;
          if (owners.size() > 1) {
            // Each actor is marked by its own country word, so that each is its own participant.
            int pEnd = p.end();
            if (pEnd - p.start() > 1 && NounPhrases.isPossessiveMarker(s, pEnd - 1)) {
              pEnd--;
            }
            x.partSpan = s.spanOf(o.start(), o.end());
            x.rangeStart = Math.min(p.start(), o.start());
            x.rangeEnd = Math.max(pEnd, o.end());
          }
        }
      } else {
        d.pendingSectors = g.sectors();
        d.reason = "role '" + span(s, agent) + "' without a country";
      }
      out.add(d);
      if (named != null && !named.covers(head)) {
        out.add(subMention(s, named, date, "actor"));
      }
      return out;
    }

    if (named != null) {
      // A named actor that only modifies the head ("the Moon-Patrushev meeting", "Trump's
      // interest").
      out.add(subMention(s, named, date, "actor"));
      if (country != null) {
        out.add(subMention(s, country, date, "country"));
      }
      return out;
    }

    if (country != null) {
      if (country.covers(head)) {
        ActorEntry e = country.actor().get();
        d.code = e.codeOn(date).get().code();
        d.entries.add(e.provenance());
        boolean metonym =
            METONYM_FILES.contains(e.provenance().file())
                || (e.provenance().entry().startsWith("+")
                    && LOCATION_NER.contains(headTok.ner())
                    && !dictionaries.isCountryName(span(s, country)));
        d.by = metonym ? ResolvedBy.METONYMY : ResolvedBy.DICTIONARY;
        d.kind = metonym ? "place" : "country";
        d.reason =
            (metonym ? "place name standing for its country: '" : "country name '")
                + e.provenance().entry()
                + "'";
        out.add(d);
      } else {
        Draft c = subMention(s, country, date, "country");
        if (headTok.pos().startsWith("JJ")
            || s.tokens().get(country.end() - 1).pos().startsWith("JJ")) {
          c.by = ResolvedBy.NATIONALITY;
          c.reason = "nationality '" + span(s, country) + "'";
        }
        out.add(c);
      }
      return out;
    }

    String lower = headTok.word().toLowerCase(Locale.ROOT);
    if (headTok.pos().startsWith("PRP") && PRONOUNS.contains(lower)) {
      d.kind = "pronoun";
      d.reason = "pronoun";
      out.add(d);
    } else if (headTok.pos().startsWith("PRP") && PLURAL_PRONOUNS.contains(lower)) {
      d.kind = "pronoun";
      d.plural = true;
      d.reason = "pronoun";
      out.add(d);
    } else if (headTok.pos().startsWith("PRP") && isReferentialIt(s, head)) {
      d.kind = "pronoun";
      d.neuter = true;
      d.reason = "pronoun";
      out.add(d);
    } else if (isDirectional(s, head)) {
      d.kind = "place";
      d.reason = "'the " + headTok.word() + "'";
      out.add(d);
    } else if (headIsName && Set.of("PERSON", "ORGANIZATION").contains(headTok.ner())) {
      d.kind = "PERSON".equals(headTok.ner()) ? "person" : "organization";
      d.reason = "name not in the dictionaries";
      out.add(d);
    }
    return out;
  }

  /**
   * A country a role belongs to: its code, the words that name it {@code [start, end)}, the
   * dictionary entries that coded them, and how it was found.
   */
  private record Owner(
      String country,
      int start,
      int end,
      List<DictionaryEntry> entries,
      String from,
      boolean organisation) {
    Owner(String country, int start, int end, List<DictionaryEntry> entries, String from) {
      this(country, start, end, entries, from, false);
    }
  }

  /**
   * Whether a role of an actor with {@code code} belongs to it as to an organisation, taking its
   * whole code ("UN troops" IGOUNOMIL, "leaders of Egypt's Muslim Brotherhood" EGYOPPMUS,
   * "ministers from the Georgian government" GEOGOV) rather than only its country: the actor is no
   * person or pronoun, and its code says more than its country or territory.
   */
  private static boolean organisation(ActorCode code, String kind) {
    if (kind.equals("person") || kind.equals("pronoun") || kind.equals("place")) {
      return false;
    }
    Optional<String> t = territory(code);
    return t.isPresent() && code.code().length() > t.get().length();
  }

  /**
   * The sectors a role adds to its owner's code: a leader or official (GOV) of an organisation
   * outside the state is that organisation ("leaders of the Muslim Brotherhood" EGYOPPMUS, not
   * EGYOPPMUSGOV).
   */
  private static List<String> roleSectors(Owner o, List<String> sectors) {
    if (!o.organisation() || new ActorCode(o.country()).sectors().contains("GOV")) {
      return sectors;
    }
    List<String> out = new ArrayList<>(sectors);
    out.remove("GOV");
    return out;
  }

  /**
   * The country of a code with the member state or territory written after it: "SCGSRB" (Serbia in
   * Serbia and Montenegro) stays SCGSRB for "Serbian authorities" (SCGSRBGOV), "PSEGZA" stays Gaza;
   * the sectors that follow are left out.
   */
  public static Optional<String> territory(ActorCode code) {
    Optional<String> country = code.country();
    String c = code.code();
    if (country.isEmpty()
        || ActorCode.isInternational(country.get())
        || c.length() < 6
        || ActorCode.Sectors.isSector(c.substring(3, 6))) {
      return country;
    }
    return Optional.of(c.substring(0, 6));
  }

  private static Owner nationality(Sentence s, Hit h, Optional<LocalDate> date) {
    ActorEntry e = h.actor().get();
    return new Owner(
        e.codeOn(date).get().code().code(),
        h.start(),
        h.end(),
        List.of(e.provenance()),
        "nationality '" + span(s, h) + "'");
  }

  /**
   * The other countries of the phrase conjoined with {@code first}: "British" beside "US" in "US
   * and British activists" (CoreNLP: British &lt;conj- US), in reading order.
   */
  private static List<Hit> conjoinedCountries(
      Sentence s, Hit first, List<Hit> inside, Optional<LocalDate> date) {
    Set<Integer> group = new LinkedHashSet<>(conjunctGroup(s, first.end() - 1));
    List<Hit> out = new ArrayList<>();
    if (group.size() < 2) {
      return out;
    }
    for (Hit h : inside) {
      if (h != first
          && h.actor().isPresent()
          && group.contains(h.end() - 1)
          && h.actor().get().codeOn(date).filter(c -> c.code().code().length() == 3).isPresent()) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparingInt(Hit::start));
    return out;
  }

  /** The first conjunct of the coordination {@code token} is in, and all its conjuncts. */
  private static List<Integer> conjunctGroup(Sentence s, int token) {
    return NounPhrases.conjuncts(s, firstConjunct(s, token));
  }

  private static int firstConjunct(Sentence s, int token) {
    int t = token;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      var e = s.headEdge(t);
      if (e.isEmpty() || e.get().governor() < 0 || !e.get().baseRelation().equals("conj")) {
        break;
      }
      t = e.get().governor();
    }
    return t;
  }

  /** Roles that serve abroad: "the ambassador in Tehran" is not Iran's. */
  private static final Set<String> SERVES_ABROAD =
      Set.of(
          "ambassador",
          "envoy",
          "diplomat",
          "consul",
          "attache",
          "emissary",
          "embassy",
          "consulate",
          "delegation",
          "delegate",
          "correspondent");

  /**
   * The countries a role with none of its own belongs to, from the phrases around it, each with
   * those conjoined to it: its possessor or "of" phrase ("the presidents of Iraq and Egypt"), else
   * a country it is in or from ("lawmakers in Fornost and Gondor"), else such a phrase after it
   * that it shares with the first of the roles it is conjoined with ("lawmakers and officials in
   * Fornost": in UD the shared modifier hangs on the first conjunct).
   */
  private static List<Owner> owners(Sentence s, NounPhrases.Phrase p, Map<Integer, Draft> done) {
    Optional<Draft> poss = possessorOrOf(s, p, done);
    if (poss.isPresent() && poss.get().code != null && poss.get().code.country().isPresent()) {
      return withConjuncts(s, poss.get(), "possessor", "", done);
    }
    int head = p.head();
    boolean abroad = SERVES_ABROAD.contains(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT));
    Optional<Draft> place =
        placeOf(
            s,
            head,
            abroad ? Set.of("from") : Set.of("in", "from", "throughout", "across"),
            -1,
            done);
    if (place.isPresent()) {
      return withConjuncts(s, place.get(), "country", "", done);
    }
    int first = firstConjunct(s, head);
    if (first != head) {
      Optional<Draft> shared =
          placeOf(s, first, abroad ? Set.of("of", "from") : Set.of("of", "in", "from"), head, done);
      if (shared.isPresent()) {
        return withConjuncts(
            s,
            shared.get(),
            "country",
            " shared with '" + s.tokens().get(first).word() + "'",
            done);
      }
    }
    return List.of();
  }

  /**
   * The country in a prepositional phrase on {@code host} with one of {@code prepositions}, after
   * token {@code after}.
   */
  private static Optional<Draft> placeOf(
      Sentence s, int host, Set<String> prepositions, int after, Map<Integer, Draft> done) {
    for (Dependency d : s.children(host)) {
      if (!d.baseRelation().equals("nmod") || d.dependent() <= after) {
        continue;
      }
      boolean prep = false;
      for (String pr : prepositions) {
        prep |= hasCase(s, d.dependent(), pr);
      }
      Draft inner = done.get(d.dependent());
      if (prep && isCountryPlace(inner)) {
        return Optional.of(inner);
      }
      if (prep && (inner == null || inner.code == null)) {
        // A place word of no actor of its own, named by its country: "dissidents from Syrian
        // towns".
        for (Dependency m : s.children(d.dependent())) {
          Draft c = done.get(m.dependent());
          if (Set.of("compound", "amod").contains(m.relation()) && isCountry(c)) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A country (or a place standing for one), not a pronoun, a person or a bare sector. */
  private static boolean isCountry(Draft d) {
    return d != null
        && d.code != null
        && d.code.code().length() == 3
        && d.code.country().isPresent()
        && !d.kind.equals("pronoun");
  }

  /**
   * A place of a country, also a region of it or a phrase that names it with a sector ("in the Gaza
   * Strip", "from military-ruled Myanmar", "from the Georgian government"): what a role in it or
   * from it belongs to.
   */
  private static boolean isCountryPlace(Draft d) {
    return isCountry(d)
        || d != null
            && d.code != null
            && d.code.country().isPresent()
            && !d.kind.equals("pronoun")
            && d.by != ResolvedBy.COREFERENCE;
  }

  /** {@code first} and the countries conjoined with it ("Iraq and Egypt"), in order. */
  private static List<Owner> withConjuncts(
      Sentence s, Draft first, String how, String note, Map<Integer, Draft> done) {
    List<Owner> out = new ArrayList<>();
    out.add(owner(s, first, how, note));
    for (int t : NounPhrases.conjuncts(s, first.phrase.head())) {
      Draft c = done.get(t);
      if (c != first
          && isCountry(c)
          && out.stream().noneMatch(o -> o.country().equals(c.code.code()))) {
        out.add(owner(s, c, how, note));
      }
    }
    return out;
  }

  private static Owner owner(Sentence s, Draft d, String how, String note) {
    int start = d.phrase.start();
    int end = d.phrase.end();
    if (end - start > 1 && NounPhrases.isPossessiveMarker(s, end - 1)) {
      end--;
    }
    boolean organisation = organisation(d.code, d.kind);
    return new Owner(
        organisation ? d.code.code() : d.code.country().get(),
        start,
        end,
        d.entries,
        how + " '" + phraseText(s, d.phrase) + "'" + note,
        organisation);
  }

  private Draft subMention(Sentence s, Hit h, Optional<LocalDate> date, String kind) {
    java.util.TreeSet<Integer> toks = new java.util.TreeSet<>();
    for (int t = h.start(); t < h.end(); t++) {
      toks.add(t);
    }
    Draft d = new Draft(s.index(), new NounPhrases.Phrase(h.end() - 1, toks), kind);
    ActorEntry e = h.actor().get();
    d.code = e.codeOn(date).get().code();
    d.by =
        METONYM_FILES.contains(e.provenance().file()) ? ResolvedBy.METONYMY : ResolvedBy.DICTIONARY;
    d.entries.add(e.provenance());
    d.reason = "dictionary name '" + e.provenance().entry() + "'" + dateNote(e, date);
    return d;
  }

  private static String dateNote(ActorEntry e, Optional<LocalDate> date) {
    Optional<DatedCode> c = e.codeOn(date);
    if (c.isEmpty() || (c.get().from().isEmpty() && c.get().to().isEmpty())) {
      return "";
    }
    return " (code valid "
        + c.get().from().map(LocalDate::toString).orElse("…")
        + " to "
        + c.get().to().map(LocalDate::toString).orElse("…")
        + date.map(d -> ", article " + d).orElse("")
        + ")";
  }

  /**
   * The already-resolved possessor of a word of the phrase ("South Korea's" in "South Korea's
   * Deputy National Security Adviser Kim"), or the object of an "of" phrase on its head.
   */
  private static Optional<Draft> possessorOrOf(
      Sentence s, NounPhrases.Phrase p, Map<Integer, Draft> done) {
    int head = p.head();
    for (int t : p.tokens()) {
      for (Dependency d : s.children(t)) {
        Draft poss = done.get(d.dependent());
        if (d.relation().equals("nmod:poss") && poss != null && poss.code != null) {
          return Optional.of(poss);
        }
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nmod") && hasCase(s, d.dependent(), "of")) {
        Draft inner = done.get(d.dependent());
        if (inner != null && inner.code != null) {
          return Optional.of(inner);
        }
        for (Dependency d2 : s.children(d.dependent())) {
          if (d2.baseRelation().equals("nmod") && hasCase(s, d2.dependent(), "of")) {
            Draft inner2 = done.get(d2.dependent());
            if (inner2 != null && inner2.code != null) {
              return Optional.of(inner2);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  static boolean hasCase(Sentence s, int token, String preposition) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("case")
          && s.tokens().get(d.dependent()).word().equalsIgnoreCase(preposition)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name without a code takes the code of its apposition ("Patrushev, secretary of the Security
   * Council of the Russian Federation"), or, when the apposition is a job at an institution, the
   * institution's sector and the country it is in ("an expert at the University of Notre Dame in
   * the United States": USA + EDU).
   */
  private void applyAppositions(Sentence s, Map<Integer, Draft> byHead) {
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("appos")) {
        continue;
      }
      Draft named = byHead.get(d.governor());
      if (named == null || named.code != null) {
        continue;
      }
      Draft appos = byHead.get(d.dependent());
      if (appos != null && appos.code != null) {
        named.code = appos.code;
        named.by = appos.by == ResolvedBy.DICTIONARY ? ResolvedBy.TITLE : appos.by;
        named.entries.addAll(appos.entries);
        named.reason = "apposition '" + phraseText(s, appos.phrase) + "'";
        continue;
      }
      List<String> sectors = new ArrayList<>();
      if (appos != null && !appos.pendingSectors.isEmpty()) {
        sectors.addAll(appos.pendingSectors);
      }
      Optional<String> country = Optional.empty();
      List<DictionaryEntry> used = new ArrayList<>();
      for (int t : subtree(s, d.dependent(), 3)) {
        Draft inner = byHead.get(t);
        if (inner == null || inner == named) {
          continue;
        }
        if (inner.code != null && country.isEmpty() && inner.code.country().isPresent()) {
          country = inner.code.country();
          used.addAll(inner.entries);
          if (inner.by == ResolvedBy.TITLE
              && !inner.kind.equals("pronoun")
              && !"PERSON".equals(s.tokens().get(inner.phrase.head()).ner())) {
            // "an expert at the University of Notre Dame in the United States": the institution
            // is the affiliation, country and sector.
            sectors.addAll(inner.code.sectors());
          }
        }
        if (inner.code == null && !inner.pendingSectors.isEmpty()) {
          sectors.addAll(inner.pendingSectors);
          used.addAll(inner.entries);
        }
      }
      if (country.isPresent()) {
        named.code = new ActorCode(country.get()).withSectors(sectors);
        named.by = ResolvedBy.TITLE;
        named.entries.addAll(used);
        named.reason =
            "affiliation in apposition '" + s.spanOf(d.dependent(), d.dependent() + 1) + "'";
      }
    }
  }

  private static List<Integer> subtree(Sentence s, int root, int maxDepth) {
    List<Integer> out = new ArrayList<>();
    collect(s, root, maxDepth, out);
    return out;
  }

  private static void collect(Sentence s, int t, int depth, List<Integer> out) {
    out.add(t);
    if (depth == 0) {
      return;
    }
    for (Dependency d : s.children(t)) {
      if (!d.relation().equals("punct")
          && !d.baseRelation().equals("acl")
          && !d.relation().equals("appos")) {
        collect(s, d.dependent(), depth - 1, out);
      }
    }
  }

  private void resolveByDocument(ParsedDocument doc, List<Draft> drafts) {
    List<Draft> seen = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.code == null) {
        resolveLate(doc, d, seen, drafts);
      }
      seen.add(d);
    }
  }

  private void resolveLate(ParsedDocument doc, Draft d, List<Draft> seen, List<Draft> allDrafts) {
    Sentence s = doc.sentences().get(d.sentence);
    if (d.kind.equals("pronoun")) {
      Optional<Draft> ante = antecedent(doc, d, seen);
      ante.ifPresent(
          a -> {
            d.code = a.code;
            d.by = ResolvedBy.COREFERENCE;
            d.entries.addAll(a.entries);
            d.reason =
                "pronoun refers to '"
                    + phraseText(doc.sentences().get(a.sentence), a.phrase)
                    + "' (sentence "
                    + a.sentence
                    + ")";
            if (d.plural) {
              // "Obama and Putin met ... They condemned": the pronoun stands for each of them.
              for (Draft g : conjoined(doc, a, seen)) {
                Draft x = new Draft(d.sentence, d.phrase, d.kind);
                x.code = g.code;
                x.by = ResolvedBy.COREFERENCE;
                x.entries.addAll(g.entries);
                x.reason = d.reason + "; and to '" + draftText(doc, g) + "'";
                x.compoundPart = true;
                x.plural = true;
                x.subject = d.subject;
                d.pronounParts.add(x);
              }
            }
          });
      return;
    }
    if (d.kind.equals("place") && isDirectional(s, d.phrase.head())) {
      String dir = s.tokens().get(d.phrase.head()).word().toLowerCase(Locale.ROOT);
      for (int i = seen.size() - 1; i >= 0; i--) {
        Draft e = seen.get(i);
        String text = draftText(doc, e).toLowerCase(Locale.ROOT);
        if (e.code != null
            && e.code.code().length() == 3
            && text.matches("(the )?" + dir + "\\b.*")) {
          d.code = e.code;
          d.by = ResolvedBy.COREFERENCE;
          d.entries.addAll(e.entries);
          d.reason = "'the " + dir + "' refers to '" + text + "' (sentence " + e.sentence + ")";
          return;
        }
      }
      return;
    }
    if (!d.pendingSectors.isEmpty()) {
      Optional<String> ctry = Optional.empty();
      String why = "";
      String headLemma = s.tokens().get(d.phrase.head()).lemma().toLowerCase(Locale.ROOT);
      // "Syria ... its troops", "Bosnian Serbs said their forces": a role owned by a pronoun is of
      // the country the pronoun refers to.
      for (Draft e : seen) {
        if (ctry.isEmpty()
            && e.sentence == d.sentence
            && e.kind.equals("pronoun")
            && e.code != null
            && e.code.country().isPresent()
            && s.headEdge(e.phrase.head())
                .filter(x -> x.relation().equals("nmod:poss"))
                .filter(x -> x.governor() == d.phrase.head())
                .isPresent()) {
          ctry = e.code.country();
          why = "possessor '" + phraseText(s, e.phrase) + "' refers to " + ctry.get();
        }
      }
      // A definite role refers back to the same role mentioned before ("a presidential aide ... the
      // presidential aide").
      for (int i = seen.size() - 1; i >= 0 && ctry.isEmpty(); i--) {
        Draft e = seen.get(i);
        Sentence es = doc.sentences().get(e.sentence);
        if (e.code != null
            && e.code.country().isPresent()
            && !e.kind.equals("pronoun")
            && es.tokens()
                .get(e.phrase.head())
                .lemma()
                .toLowerCase(Locale.ROOT)
                .equals(headLemma)) {
          ctry = e.code.country();
          why = "same role as '" + phraseText(es, e.phrase) + "' (sentence " + e.sentence + ")";
        }
      }
      // Otherwise, for a state role ("the ministry", "officials", "troops") in a later sentence,
      // the
      // country the article leads with: news names its main actor first. Not within the lead
      // sentence itself, where the other country named is as often the counterpart ("the
      // government thanked China"), and not for people who are not the state (rebels, victims,
      // activists): those keep their sector with no country, as PETRARCH codes them (---REB).
      if (ctry.isEmpty() && d.pendingSectors.stream().anyMatch(STATE_SECTORS::contains)) {
        for (Draft e : allDrafts) {
          if (e.sentence > 1 || e.sentence >= d.sentence) {
            break;
          }
          if (e.code != null && e.code.country().isPresent()) {
            ctry = e.code.country();
            why = "role takes the article's lead country, from '" + draftText(doc, e) + "'";
            break;
          }
        }
      }
      if (ctry.isEmpty()) {
        d.code = ActorCode.ofSectors(d.pendingSectors);
        d.by = ResolvedBy.TITLE;
        d.reason = d.reason + "; no country named for the role";
        return;
      }
      ctry.ifPresent(
          c -> {
            d.code = new ActorCode(c).withSectors(d.pendingSectors);
            d.by = ResolvedBy.COREFERENCE;
          });
      if (ctry.isPresent()) {
        d.reason = d.reason + "; " + why;
      }
      return;
    }
    if (!d.nameTokens.isEmpty()) {
      for (int i = seen.size() - 1; i >= 0; i--) {
        Draft e = seen.get(i);
        if (e.code != null
            && e != d
            && e.nameTokens.containsAll(d.nameTokens)
            && !e.kind.equals("pronoun")
            && !e.kind.equals("country")
            && !e.kind.equals("place")) {
          d.code = e.code;
          d.by = ResolvedBy.COREFERENCE;
          d.entries.addAll(e.entries);
          d.reason = "same name as '" + draftText(doc, e) + "' (sentence " + e.sentence + ")";
          return;
        }
      }
    }
  }

  /**
   * "It"/"its" that refers to something ("Turkey said it had asked ..."), not the expletive "it" of
   * "it remains uncertain whether ..." or "it is possible that ...", whose predicate has a clause
   * of its own.
   */
  private static boolean isReferentialIt(Sentence s, int t) {
    if (!NEUTER_PRONOUNS.contains(s.tokens().get(t).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    var up = s.headEdge(t).filter(e -> e.governor() >= 0);
    if (up.isEmpty()) {
      return false;
    }
    int g = up.get().governor();
    String lemma = s.tokens().get(g).lemma().toLowerCase(Locale.ROOT);
    if (up.get().relation().startsWith("nsubj")
        && (Set.of("be", "remain", "seem", "appear", "take", "rain").contains(lemma)
            || s.children(g).stream()
                .anyMatch(d -> d.relation().equals("ccomp") || d.relation().startsWith("csubj"))
            // "it is possible to ...", but not "it is willing to ...": only judgements about a
            // clause have the empty "it"
            || EVALUATIVE.contains(lemma)
                && s.children(g).stream().anyMatch(d -> d.relation().equals("cop")))) {
      return false;
    }
    return true;
  }

  /**
   * The further coded actors conjoined with {@code e} ("Putin" for "Obama" in "Obama and Putin"),
   * when it is the first conjunct; for a pronoun, the further actors it already stands for.
   */
  private static List<Draft> conjoined(ParsedDocument doc, Draft e, List<Draft> seen) {
    if (!e.pronounParts.isEmpty()) {
      return e.pronounParts;
    }
    if (e.kind.equals("pronoun")) {
      return List.of();
    }
    Sentence s = doc.sentences().get(e.sentence);
    int h = e.phrase.head();
    if (s.headEdge(h).filter(x -> x.relation().equals("conj")).isPresent()) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    for (Dependency c : s.children(h)) {
      if (!c.relation().equals("conj")) {
        continue;
      }
      for (Draft x : seen) {
        if (x != e
            && x.sentence == e.sentence
            && x.phrase.head() == c.dependent()
            && x.code != null
            && !x.compoundPart
            && !x.code.equals(e.code)
            && !out.contains(x)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  private static Optional<Draft> antecedent(ParsedDocument doc, Draft pronoun, List<Draft> seen) {
    Draft best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Draft e : seen) {
      if (e.code == null || e.compoundPart) {
        continue;
      }
      boolean personal =
          e.kind.equals("person") || e.kind.equals("role") || e.kind.equals("pronoun") && !e.neuter;
      if (pronoun.plural) {
        // "they" refers to a group ("rebel leaders", "militants"), a country or an organisation,
        // never to
        // one named person.
        if ((e.kind.equals("pronoun") && !e.plural || e.kind.equals("person") && !e.plural)
            && conjoined(doc, e, seen).isEmpty()) {
          continue;
        }
      } else if (pronoun.neuter) {
        // "it" refers to a country, a capital, an organisation: never to a person.
        if (personal || e.kind.equals("pronoun")) {
          continue;
        }
      } else if (e.kind.equals("country")
          || e.kind.equals("place")
          || !(personal || e.code.sectors().size() > 0)) {
        continue;
      }
      int distance = pronoun.sentence - e.sentence;
      if (distance < 0 || distance > (pronoun.neuter || pronoun.plural ? 1 : 2)) {
        continue;
      }
      if (distance == 0 && e.phrase.start() >= pronoun.phrase.start()) {
        continue;
      }
      int score =
          -10 * distance + (e.subject ? 5 : 0) + (distance == 0 ? e.phrase.start() / 10 : 0);
      if (score >= bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String kindOf(Token t) {
    return switch (t.ner()) {
      case "PERSON" -> "person";
      case "ORGANIZATION" -> "organization";
      case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> "place";
      case "COUNTRY" -> "country";
      default -> "actor";
    };
  }

  private static String span(Sentence s, Hit h) {
    StringBuilder sb = new StringBuilder();
    for (int t = h.start(); t < h.end(); t++) {
      if (t > h.start()) {
        sb.append(' ');
      }
      sb.append(s.tokens().get(t).word());
    }
    return sb.toString();
  }

  /** The words of a draft: its phrase, or its own name within a hyphenated pair. */
  private static String draftText(ParsedDocument doc, Draft d) {
    return d.partSpan != null
        ? d.partSpan.of(doc.article().body())
        : phraseText(doc.sentences().get(d.sentence), d.phrase);
  }

  static String phraseText(Sentence s, NounPhrases.Phrase p) {
    StringBuilder sb = new StringBuilder();
    int end =
        p.end() - p.start() > 1 && NounPhrases.isPossessiveMarker(s, p.end() - 1)
            ? p.end() - 1
            : p.end();
    for (int t = p.start(); t < end; t++) {
      if (t > p.start()) {
        sb.append(' ');
      }
      sb.append(s.tokens().get(t).word());
    }
    return sb.toString();
  }
}
