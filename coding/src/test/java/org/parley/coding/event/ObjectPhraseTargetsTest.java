package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;

/**
 * Whom an event is done to when the parse does not hang it on the verb as an object: the actor of a
 * misattached "by" phrase, the first of several "to" phrases, the subject or object of a complement
 * clause; and actors named by a dictionary phrase that spans a preposition, or shared by
 * coordinated roles.
 */
class ObjectPhraseTargetsTest {
  @Test
  void anActiveVerbsByPhraseIsItsObjectsActorNotWhereItHappened() {
    // The parse hangs "by Israeli soldiers" on the verb; the attack is theirs, Gaza is a place.
    CodedDocument doc =
        code(
            """
            # text = Egypt condemned an attack by Israeli soldiers in Gaza.
            1 Egypt Egypt NNP COUNTRY 2 nsubj
            2 condemned condemn VBD O 0 root
            3 an a DT O 4 det
            4 attack attack NN O 2 obj
            5 by by IN O 7 case
            6 Israeli Israeli JJ NATIONALITY 7 amod
            7 soldiers soldier NNS O 2 obl
            8 in in IN O 9 case
            9 Gaza Gaza NNP CITY 7 nmod
            10 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("111 EGY>ISRMIL asserted condemned");
  }

  @Test
  void theFirstToPhraseThatNamesAnActorIsTheTarget() {
    CodedDocument doc =
        code(
            """
            # text = Egypt sent a letter to Russia's president in support to the government.
            1 Egypt Egypt NNP COUNTRY 2 nsubj
            2 sent send VBD O 0 root
            3 a a DT O 4 det
            4 letter letter NN O 2 obj
            5 to to TO O 8 case
            6 Russia Russia NNP COUNTRY 8 nmod:poss
            7 's 's POS O 6 case
            8 president president NN TITLE 2 obl
            9 in in IN O 10 case
            10 support support NN O 8 nmod
            11 to to TO O 13 case
            12 the the DT O 13 det
            13 government government NN O 2 obl
            14 . . . O 2 punct
            """);
    List<String> targets =
        events(doc, 0).stream().map(e -> e.target().map(t -> t.code().code()).orElse("-")).toList();
    assertThat(targets).isNotEmpty().allMatch(t -> t.equals("RUSGOV"));
  }

  @Test
  void aComplementClauseWhoseSubjectIsTheActorGivesItsTarget() {
    CodedDocument doc =
        code(
            """
            # text = Iran warned that it would retaliate against Israel.
            1 Iran Iran NNP COUNTRY 2 nsubj
            2 warned warn VBD O 0 root
            3 that that IN O 6 mark
            4 it it PRP O 6 nsubj
            5 would would MD O 6 aux
            6 retaliate retaliate VB O 2 ccomp
            7 against against IN O 8 case
            8 Israel Israel NNP COUNTRY 6 obl
            9 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).isNotEmpty();
    assertThat(events(doc, 0))
        .allMatch(e -> e.target().map(t -> t.code().code()).orElse("-").equals("ISR"));
  }

  @Test
  void aDictionaryPhraseAcrossAPrepositionNamesOneActor() {
    // CoreNLP: Court <-nmod- Justice, so the phrase spans two noun phrases of the parse.
    CodedDocument doc =
        code(
            """
            # text = The International Court of Justice criticized Serbia.
            1 The the DT O 3 det
            2 International International NNP ORGANIZATION 3 compound
            3 Court Court NNP ORGANIZATION 6 nsubj
            4 of of IN O 5 case
            5 Justice Justice NNP ORGANIZATION 3 nmod
            6 criticized criticize VBD O 0 root
            7 Serbia Serbia NNP COUNTRY 6 obj
            8 . . . O 6 punct
            """);
    ActorMention court =
        doc.mentions().stream().filter(m -> m.head() == 2).findFirst().orElseThrow();
    assertThat(court.code().map(c -> c.code())).contains("IGOUNOJUDICJ");
    assertThat(court.text()).isEqualTo("The International Court of Justice");
    assertThat(events(doc, 0))
        .extracting(e -> e.source().code().code())
        .containsOnly("IGOUNOJUDICJ");
  }

  @Test
  void aNationalityOpeningCoordinatedRolesIsEachOnes() {
    CodedDocument doc =
        code(
            """
            # text = Danish media and government criticized Russia.
            1 Danish Danish JJ NATIONALITY 2 amod
            2 media media NNS O 5 nsubj
            3 and and CC O 4 cc
            4 government government NN O 2 conj
            5 criticized criticize VBD O 0 root
            6 Russia Russia NNP COUNTRY 5 obj
            7 . . . O 5 punct
            """);
    assertThat(events(doc, 0))
        .extracting(e -> e.source().code().code())
        .containsExactlyInAnyOrder("DNKMED", "DNKGOV");
  }

  @Test
  void aPassiveAgentHungOnTheVerbsAdverbIsStillTheSource() {
    CodedDocument doc =
        code(
            """
            # text = Ukraine was criticized earlier by Russia.
            1 Ukraine Ukraine NNP COUNTRY 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 criticized criticize VBN O 0 root
            4 earlier early RBR O 3 advmod
            5 by by IN O 6 case
            6 Russia Russia NNP COUNTRY 4 obl
            7 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isNotEmpty();
    assertThat(events(doc, 0)).allMatch(e -> e.source().code().code().equals("RUS"));
    assertThat(events(doc, 0))
        .allMatch(e -> e.target().map(t -> t.code().code()).orElse("-").equals("UKR"));
  }
}
