package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Which sentences ParseCandidates sends to the dependency parser, from tags alone. */
class ParseCandidatesTest {
  private static final String EVENT =
      """
      # text = Russia accused Ukraine of shelling.
      1 Russia Russia NNP COUNTRY 2 nsubj
      2 accused accuse VBD O 0 root
      3 Ukraine Ukraine NNP COUNTRY 2 obj
      4 of of IN O 5 mark
      5 shelling shell VBG O 2 advcl
      6 . . . O 2 punct
      """;

  /** An actor (PERSON, agent word) with no trigger of any dictionary. */
  private static final String ACTOR_ONLY =
      """
      # text = Putin is the president.
      1 Putin Putin NNP PERSON 4 nsubj
      2 is be VBZ O 4 cop
      3 the the DT O 4 det
      4 president president NN O 0 root
      5 . . . O 4 punct
      """;

  /** Triggers ("accused", "talks") with no word that may be an actor. */
  private static final String TRIGGER_ONLY =
      """
      # text = The talks were accused of failing.
      1 The the DT O 2 det
      2 talks talk NNS O 4 nsubj:pass
      3 were be VBD O 4 aux:pass
      4 accused accuse VBN O 0 root
      5 of of IN O 6 mark
      6 failing fail VBG O 4 advcl
      7 . . . O 4 punct
      """;

  /** Neither: no actor, place or trigger candidate. */
  private static final String NEITHER =
      """
      # text = The weather was cold.
      1 The the DT O 2 det
      2 weather weather NN O 4 nsubj
      3 was be VBD O 4 cop
      4 cold cold JJ O 0 root
      5 . . . O 4 punct
      """;

  private static ParseCandidates selector() {
    return new ParseCandidates(CoderFixture.coder().dictionaries());
  }

  private static List<List<Token>> tokens(ParsedDocument doc) {
    return doc.sentences().stream().map(Sentence::tokens).toList();
  }

  private static ParsedDocument doc(String... blocks) {
    ParseBuilder b = ParseBuilder.article("d", "2015-06-01");
    for (String block : blocks) {
      b.sentence(block);
    }
    return b.build();
  }

  private static BitSet select(ParsedDocument doc, int... quoted) {
    BitSet q = new BitSet();
    for (int i : quoted) {
      q.set(i);
    }
    return selector().select(tokens(doc), q);
  }

  @Test
  void aSentenceWithAnActorAndATriggerIsParsed() {
    ParsedDocument d = doc(EVENT);
    assertThat(select(d).get(0)).isTrue();
    ParseCandidates s = selector();
    List<Token> t = d.sentences().get(0).tokens();
    List<String> words = t.stream().map(Token::word).toList();
    assertThat(s.hasActorCandidate(t, words)).isTrue();
    assertThat(s.hasTriggerCandidate(t, words)).isTrue();
  }

  @Test
  void aDocumentWithoutAnEventCandidateIsNotParsed() {
    ParsedDocument d = doc(ACTOR_ONLY, TRIGGER_ONLY, NEITHER);
    ParseCandidates s = selector();
    List<Token> actorOnly = d.sentences().get(0).tokens();
    List<Token> triggerOnly = d.sentences().get(1).tokens();
    assertThat(s.hasTriggerCandidate(actorOnly, actorOnly.stream().map(Token::word).toList()))
        .isFalse();
    assertThat(s.hasActorCandidate(triggerOnly, triggerOnly.stream().map(Token::word).toList()))
        .isFalse();
    assertThat(select(d).isEmpty()).isTrue();
    // and indeed the coder finds nothing there even with the parse
    assertThat(CoderFixture.coder().code(d).events()).isEmpty();
  }

  @Test
  void anEventCandidateBringsTheSentencesOthersReadButNotOneWithNoMentionOrPlace() {
    // The actor-only sentence is an antecedent for coreference; the sentence with neither actor
    // nor place gives nothing any other sentence reads.
    ParsedDocument d = doc(ACTOR_ONLY, EVENT, NEITHER, TRIGGER_ONLY);
    BitSet chosen = select(d);
    assertThat(chosen.get(0)).isTrue();
    assertThat(chosen.get(1)).isTrue();
    assertThat(chosen.get(2)).isFalse();
    assertThat(chosen.get(3)).isFalse();
  }

  @Test
  void quotedSentencesAreParsedEvenWithoutAnEventCandidate() {
    ParsedDocument d = doc(NEITHER, ACTOR_ONLY);
    assertThat(select(d).isEmpty()).isTrue();
    BitSet chosen = select(d, 0);
    assertThat(chosen.get(0)).isTrue();
    // a quotation makes the document's speakers worth resolving: the actor sentence too
    assertThat(chosen.get(1)).isTrue();
  }

  @Test
  void everySentenceTheCoderCodesIsChosen() {
    ParsedDocument d = doc(NEITHER, EVENT, TRIGGER_ONLY, ACTOR_ONLY);
    CodedDocument coded = CoderFixture.coder().code(d);
    BitSet chosen = select(d);
    assertThat(coded.events()).isNotEmpty();
    for (Event e : coded.events()) {
      assertThat(chosen.get(e.sentenceIndex())).as(e.toString()).isTrue();
    }
  }

  @Test
  void theCoderTakesASentenceWithoutItsParse() {
    // What the NLP stage gives for a sentence it did not parse: tokens and tags, no edges.
    ParsedDocument parsed = doc(ACTOR_ONLY, NEITHER);
    List<Sentence> bare =
        parsed.sentences().stream()
            .map(s -> new Sentence(s.index(), s.text(), s.span(), s.tokens(), List.of(), s.times()))
            .toList();
    ParsedDocument unparsed =
        new ParsedDocument(
            parsed.article(), bare, parsed.entities(), parsed.quotations(), parsed.provenance());
    CodedDocument coded = CoderFixture.coder().code(unparsed);
    assertThat(coded.events()).isEmpty();
    assertThat(coded.mentions()).extracting(m -> m.text()).contains("Putin");
  }
}
