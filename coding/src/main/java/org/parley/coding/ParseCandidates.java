package org.parley.coding;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.coding.actor.ActorResolver;
import org.parley.coding.place.PlaceFinder;
import org.parley.model.ParseSelector;
import org.parley.model.Token;

/**
 * Which sentences of a document the coder can use a dependency parse for, decided from the
 * dictionaries and the tags the parse does not need (words, lemmas, POS, NER). The parse is the
 * costliest step of the NLP stage, and most of what it is run on codes nothing.
 *
 * <p>An event needs, in its own sentence, a trigger the coder looks up (a verb of the verb
 * dictionary, by phrase, lemma or word; a noun of the noun dictionary; an adjective of the
 * predicate dictionary, under the same POS tests the coder applies) and an actor mention for its
 * source (mentions are only made from an actor- or agent-dictionary phrase, a PERSON or
 * ORGANIZATION name, a personal pronoun, "the North"/"the South" or a hyphenated pair of names).
 * These tests ignore the parse-dependent conditions the coder adds (capitalisation of a dictionary
 * phrase, an xcomp under "want"), so they choose a superset of the sentences the coder can code.
 *
 * <p>The coder also reads other sentences: coreference takes a pronoun's, a surname's or a role's
 * country from earlier actor mentions (their phrase and subject position come from the parse), and
 * an event's place is resolved against the countries of the actors and places named over the whole
 * document. So when a document has any sentence that may hold an event, or a quotation, every
 * sentence with an actor or place candidate is parsed too; a sentence with neither has no mention
 * and no place for anything to read. A document with no event candidate and no quotation is not
 * parsed at all: it can give no event and no quote; its actor mentions are then resolved without
 * noun phrases from the parse (dictionary phrases and names as they stand).
 *
 * <p>Quotations are passed in by the NLP stage, which finds them before the parse; their sentences
 * and the next one (the speaker's cue) are always parsed.
 */
public final class ParseCandidates implements ParseSelector {
  private final Dictionaries dictionaries;
  private final ActorResolver actors;

  public ParseCandidates(Dictionaries dictionaries) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.actors = new ActorResolver(dictionaries);
  }

  @Override
  public BitSet select(List<List<Token>> sentences, BitSet quoted) {
    BitSet out = new BitSet(sentences.size());
    BitSet context = new BitSet(sentences.size());
    boolean any = !quoted.isEmpty();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> s = sentences.get(i);
      List<String> words = s.stream().map(Token::word).toList();
      boolean actor = hasActorCandidate(s, words);
      if (actor || hasPlaceCandidate(s)) {
        context.set(i);
      }
      if (actor && hasTriggerCandidate(s, words)) {
        any = true;
      }
    }
    if (any) {
      out.or(context);
      out.or(quoted);
    }
    return out;
  }

  @Override
  public String describe() {
    return "parley ParseCandidates (documents with an event or quote candidate: sentences with an"
        + " actor or place candidate, and quotations)";
  }

  /** Whether a token of {@code s} is a trigger the coder looks up. */
  public boolean hasTriggerCandidate(List<Token> s, List<String> words) {
    for (Token t : s) {
      String pos = t.pos();
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (pos.startsWith("VB") || pos.equals("VERB") || pos.equals("MD")) {
        if (!dictionaries.verbs().lookupPhrase(words, t.index()).isEmpty()
            || !dictionaries.verbs().lookup(lemma).isEmpty()) {
          return true;
        }
      }
      if ((pos.startsWith("NN") || pos.equals("NOUN") || pos.equals("PROPN"))
          && dictionaries.nouns().find(words, t.index(), lemma).isPresent()) {
        return true;
      }
      if (pos.startsWith("JJ") && dictionaries.predicates().find(t.word()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token of {@code s} may head an actor mention (the actor resolver's own tests). */
  public boolean hasActorCandidate(List<Token> s, List<String> words) {
    for (int i = 0; i < s.size(); i++) {
      if (actors.mayStartMention(s, words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPlaceCandidate(List<Token> s) {
    return s.stream().anyMatch(t -> PlaceFinder.isPlaceTag(t.ner()));
  }
}
