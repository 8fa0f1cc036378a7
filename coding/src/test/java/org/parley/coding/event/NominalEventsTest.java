package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;
import org.parley.model.Event;

/** Nominal triggers from Parley.nouns.txt: visits, talks and summits named by a noun. */
class NominalEventsTest {
  @Test
  void aPossessorVisitsTheObjectOfTo() {
    CodedDocument doc =
        code(
            """
            # text = Putin's visit to Beijing drew criticism.
            1 Putin Putin NNP PERSON 3 nmod:poss
            2 's 's POS O 1 case
            3 visit visit NN O 6 nsubj
            4 to to IN O 5 case
            5 Beijing Beijing NNP CITY 3 nmod
            6 drew draw VBD O 0 root
            7 criticism criticism NN O 6 obj
            8 . . . O 6 punct
            """);
    List<Event> events = events(doc, 0);
    // a visit is coded once, from the visitor's side: 042 implies its host (043)
    assertThat(summary(events)).containsExactly("042 RUSGOV>CHN asserted visit");
    assertThat(events.get(0).evidence().rule()).isEqualTo("noun VISIT 042:043");
    assertThat(events.get(0).evidence().entries())
        .extracting(e -> e.file())
        .contains("Parley.nouns.txt");
  }

  @Test
  void theOtherSideOfBilateralTalksIsTheClauseSubject() {
    // As CoreNLP parses it: "since" an advmod of the verb, the noun phrase hung under it as "dep".
    CodedDocument doc =
        code(
            """
            # text = Pyongyang has changed its position since the rupture of bilateral talks with Washington.
            1 Pyongyang Pyongyang NNP CITY 3 nsubj
            2 has have VBZ O 3 aux
            3 changed change VBN O 0 root
            4 its its PRP$ O 5 nmod:poss
            5 position position NN O 3 obj
            6 since since IN O 3 advmod
            7 the the DT O 8 det
            8 rupture rupture NN O 6 dep
            9 of of IN O 11 case
            10 bilateral bilateral JJ O 11 amod
            11 talks talk NNS O 8 nmod
            12 with with IN O 13 case
            13 Washington Washington NNP CITY 11 nmod
            14 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0)))
        .containsExactly("046 PRK>USA asserted talks", "046 USA>PRK asserted talks");
    assertThat(events(doc, 0).get(0).evidence().rule())
        .endsWith("the other side of 'bilateral' is the clause's subject");
  }

  @Test
  void bilateralTalksInAnOrdinaryParseTakeTheClauseSubject() {
    // The phrase attached as the parser usually does ("since" a case marker, the noun an obl).
    CodedDocument doc =
        code(
            """
            # text = Tokyo has softened its stance since bilateral talks with Seoul.
            1 Tokyo Tokyo NNP CITY 3 nsubj
            2 has have VBZ O 3 aux
            3 softened soften VBN O 0 root
            4 its its PRP$ O 5 nmod:poss
            5 stance stance NN O 3 obj
            6 since since IN O 8 case
            7 bilateral bilateral JJ O 8 amod
            8 talks talk NNS O 3 obl
            9 with with IN O 10 case
            10 Seoul Seoul NNP CITY 8 nmod
            11 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0)))
        .containsExactly("046 JPN>KOR asserted talks", "046 KOR>JPN asserted talks");
  }

  @Test
  void talksWithoutBilateralNameNoSourceFromTheClause() {
    CodedDocument doc =
        code(
            """
            # text = Pyongyang has changed its position since the rupture of talks with Washington.
            1 Pyongyang Pyongyang NNP CITY 3 nsubj
            2 has have VBZ O 3 aux
            3 changed change VBN O 0 root
            4 its its PRP$ O 5 nmod:poss
            5 position position NN O 3 obj
            6 since since IN O 3 advmod
            7 the the DT O 8 det
            8 rupture rupture NN O 6 dep
            9 of of IN O 10 case
            10 talks talk NNS O 8 nmod
            11 with with IN O 12 case
            12 Washington Washington NNP CITY 10 nmod
            13 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isEmpty();
  }

  @Test
  void talksHeldWithAnotherCountryAreNegotiation() {
    CodedDocument doc =
        code(
            """
            # text = Japan held talks with China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 held hold VBD O 0 root
            3 talks talk NNS O 2 obj
            4 with with IN O 5 case
            5 China China NNP COUNTRY 3 nmod
            6 . . . O 2 punct
            """);
    // HOLD's own "- * TALKS [046:046]" pattern wins over the noun; same code either way.
    // "holding talks" is reciprocal (CAMEO 046): both sides negotiate
    assertThat(summary(events(doc, 0)))
        .containsExactly("046 JPN>CHN asserted held", "046 CHN>JPN asserted held");
  }

  @Test
  void aSummitBetweenTwoCountriesHasTheFirstAsSource() {
    CodedDocument doc =
        code(
            """
            # text = A summit between Japan and China ended.
            1 A a DT O 2 det
            2 summit summit NN O 7 nsubj
            3 between between IN O 4 case
            4 Japan Japan NNP COUNTRY 2 nmod
            5 and and CC O 6 cc
            6 China China NNP COUNTRY 4 conj
            7 ended end VBD O 0 root
            8 . . . O 7 punct
            """);
    // a summit is reciprocal ([043:043]): both sides get it
    assertThat(summary(events(doc, 0)))
        .containsExactly("043 JPN>CHN asserted summit", "043 CHN>JPN asserted summit");
    assertThat(events(doc, 0).get(1).evidence().rule()).endsWith("043 with actors reversed");
    assertThat(events(doc, 0).get(0).evidence().rule()).isEqualTo("noun SUMMIT 043:043");
  }

  @Test
  void aSummitSomeonePreparesForIsIntentToMeet() {
    CodedDocument doc =
        code(
            """
            # text = Japan is preparing for a summit with China.
            1 Japan Japan NNP COUNTRY 3 nsubj
            2 is be VBZ O 3 aux
            3 preparing prepare VBG O 0 root
            4 for for IN O 6 case
            5 a a DT O 6 det
            6 summit summit NN O 3 obl
            7 with with IN O 8 case
            8 China China NNP COUNTRY 6 nmod
            9 . . . O 3 punct
            """);
    List<Event> events = events(doc, 0);
    assertThat(summary(events))
        .containsExactly(
            "030 JPN>CHN asserted preparing",
            "036 JPN>CHN asserted summit",
            "036 CHN>JPN asserted summit");
    assertThat(events.get(1).evidence().rule())
        .isEqualTo("noun SUMMIT 043:043 under 'preparing': intent to meet (CAMEO 036)");
  }

  @Test
  void aSummitSomeonePlansIsIntentToMeet() {
    CodedDocument doc =
        code(
            """
            # text = Japan plans a summit with China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 plans plan VBZ O 0 root
            3 a a DT O 4 det
            4 summit summit NN O 2 obj
            5 with with IN O 6 case
            6 China China NNP COUNTRY 4 nmod
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("036 JPN>CHN asserted plans");
  }

  @Test
  void aSummitSomeonePushesForIsIntentToMeetWithTheOtherSide() {
    CodedDocument doc =
        code(
            """
            # text = Japan is pushing for a summit with China.
            1 Japan Japan NNP COUNTRY 3 nsubj
            2 is be VBZ O 3 aux
            3 pushing push VBG O 0 root
            4 for for IN O 6 case
            5 a a DT O 6 det
            6 summit summit NN O 3 obl
            7 with with IN O 8 case
            8 China China NNP COUNTRY 6 nmod
            9 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("036 JPN>CHN asserted pushing");
  }

  @Test
  void anExpectedVisitIsIntendedNotAsserted() {
    CodedDocument doc =
        code(
            """
            # text = The expected visit of Putin to Japan worried China.
            1 The the DT O 3 det
            2 expected expect VBN O 3 amod
            3 visit visit NN O 8 nsubj
            4 of of IN O 5 case
            5 Putin Putin NNP PERSON 3 nmod
            6 to to IN O 7 case
            7 Japan Japan NNP COUNTRY 3 nmod
            8 worried worry VBD O 0 root
            9 China China NNP COUNTRY 8 obj
            10 . . . O 8 punct
            """);
    List<Event> visits =
        events(doc, 0).stream().filter(e -> e.evidence().trigger().equals("visit")).toList();
    assertThat(summary(visits)).containsExactly("042 RUSGOV>JPN intended visit");
    assertThat(visits.get(0).evidence().modalityCues()).containsExactly("expected");
  }

  @Test
  void aHyphenatedPairNamesBothSidesOfAMeeting() {
    CodedDocument doc =
        code(
            """
            # text = The Putin-Merkel meeting ended without a deal.
            1 The the DT O 3 det
            2 Putin-Merkel Putin-Merkel NNP PERSON 3 compound
            3 meeting meeting NN O 4 nsubj
            4 ended end VBD O 0 root
            5 without without IN O 7 case
            6 a a DT O 7 det
            7 deal deal NN O 4 obl
            8 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).contains("040 RUSGOV>DEUGOV asserted meeting");
  }

  @Test
  void aSummitThatIsTheOccasionOfADiscussionHappened() {
    CodedDocument doc =
        code(
            """
            # text = Putin hoped for peace at his summit with Merkel.
            1 Putin Putin NNP PERSON 2 nsubj
            2 hoped hope VBD O 0 root
            3 for for IN O 4 case
            4 peace peace NN O 2 obl
            5 at at IN O 7 case
            6 his his PRP$ O 7 nmod:poss
            7 summit summit NN O 2 obl
            8 with with IN O 9 case
            9 Merkel Merkel NNP PERSON 7 nmod
            10 . . . O 2 punct
            """);
    // "hope" puts what it governs in the future, but a summit "at" which one hopes is the occasion.
    assertThat(summary(events(doc, 0))).contains("043 RUSGOV>DEUGOV asserted summit");
  }
}
