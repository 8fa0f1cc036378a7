package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.mention;
import static org.parley.coding.CoderFixture.summary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.ResolvedBy;

/**
 * Compound actors: one noun phrase that names several countries is one actor for each, and each is
 * the source (or target) of an event of its own, as PETRARCH and CAMEO code them.
 */
class CompoundActorsTest {
  /** The coded mentions headed by token {@code head} (0-based) of sentence 0, in order. */
  private static List<ActorMention> at(CodedDocument doc, int head) {
    return doc.mentions().stream()
        .filter(m -> m.sentence() == 0 && m.head() == head && m.code().isPresent())
        .toList();
  }

  private static List<String> codes(List<ActorMention> ms) {
    return ms.stream().map(m -> m.code().get().code()).toList();
  }

  @Test
  void conjoinedNationalitiesMakeOneActorEach() {
    // CoreNLP: activists <-compound- US, British <-conj- US, and <-cc- British.
    CodedDocument doc =
        code(
            """
            # text = US and British activists staged a protest in Beijing.
            1 US US NNP COUNTRY 4 compound
            2 and and CC O 3 cc
            3 British British JJ NATIONALITY 1 conj
            4 activists activist NNS O 5 nsubj
            5 staged stage VBD O 0 root
            6 a a DT O 7 det
            7 protest protest NN O 5 obj
            8 in in IN O 9 case
            9 Beijing Beijing NNP CITY 7 nmod
            10 . . . O 5 punct
            """);
    List<ActorMention> activists = at(doc, 3);
    assertThat(codes(activists)).containsExactly("USAOPP", "GBROPP");
    // Same head, each marked by its own country word, within the phrase.
    assertThat(activists).extracting(ActorMention::text).containsExactly("US", "British");
    assertThat(activists).allMatch(m -> m.startToken() == 0 && m.endToken() == 4);
    assertThat(activists).allMatch(m -> m.resolvedBy() == ResolvedBy.TITLE);
    assertThat(activists.get(1).reason())
        .isEqualTo(
            "role 'activists' with nationality 'British'; one actor for each of 2 countries");

    List<Event> events = events(doc, 0);
    assertThat(summary(events))
        .containsExactly("141 USAOPP>CHN asserted staged", "141 GBROPP>CHN asserted staged");
    assertThat(events.get(0).eventId()).isNotEqualTo(events.get(1).eventId());
  }

  @Test
  void conjoinedAdjectivesAfterAnotherModifier() {
    CodedDocument doc =
        code(
            """
            # text = Senior Hungarian and Romanian officials met Serbian officials.
            1 Senior senior JJ O 5 amod
            2 Hungarian Hungarian JJ NATIONALITY 5 amod
            3 and and CC O 4 cc
            4 Romanian Romanian JJ NATIONALITY 2 conj
            5 officials official NNS TITLE 6 nsubj
            6 met meet VBD O 0 root
            7 Serbian Serbian JJ NATIONALITY 8 amod
            8 officials official NNS TITLE 6 obj
            9 . . . O 6 punct
            """);
    assertThat(codes(at(doc, 4))).containsExactly("HUNGOV", "ROUGOV");
    assertThat(summary(events(doc, 0)))
        .containsExactly("040 HUNGOV>SRBGOV asserted met", "040 ROUGOV>SRBGOV asserted met");
  }

  @Test
  void conjoinedActorsWithNoOtherTargetActTowardsEachOther() {
    CodedDocument doc =
        code(
            """
            # text = Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.
            1 Senior senior JJ O 5 amod
            2 Hungarian Hungarian JJ NATIONALITY 5 amod
            3 and and CC O 4 cc
            4 Romanian Romanian JJ NATIONALITY 2 conj
            5 officials official NNS TITLE 6 nsubj
            6 agreed agree VBD O 0 root
            7 on on IN O 8 case
            8 Wednesday Wednesday NNP DATE 6 obl
            9 to to TO O 10 mark
            10 cooperate cooperate VB O 6 xcomp
            11 . . . O 6 punct
            """);
    assertThat(summary(events(doc, 0)))
        .containsExactly(
            "032 HUNGOV>ROUGOV asserted cooperate", "032 ROUGOV>HUNGOV asserted cooperate");
  }

  @Test
  void aRoleTakesEachCountryItIsIn() {
    CodedDocument doc =
        code(
            """
            # text = Lawmakers in France and Germany welcomed the agreement with Iran.
            1 Lawmakers lawmaker NNS O 6 nsubj
            2 in in IN O 3 case
            3 France France NNP COUNTRY 1 nmod
            4 and and CC O 5 cc
            5 Germany Germany NNP COUNTRY 3 conj
            6 welcomed welcome VBD O 0 root
            7 the the DT O 8 det
            8 agreement agreement NN O 6 obj
            9 with with IN O 10 case
            10 Iran Iran NNP COUNTRY 8 nmod
            11 . . . O 6 punct
            """);
    List<ActorMention> lawmakers = at(doc, 0);
    assertThat(codes(lawmakers)).containsExactly("FRALEG", "DEULEG");
    assertThat(lawmakers).extracting(ActorMention::text).containsExactly("France", "Germany");
    // Each mention runs from the role to its country word.
    assertThat(lawmakers).extracting(ActorMention::endToken).containsExactly(3, 5);
    assertThat(lawmakers.get(0).reason())
        .isEqualTo("role 'Lawmakers' with country 'France'; one actor for each of 2 countries");
    // The countries are still actors of their own.
    assertThat(codes(at(doc, 2))).containsExactly("FRA");
    assertThat(codes(at(doc, 4))).containsExactly("DEU");
    assertThat(summary(events(doc, 0)))
        .containsExactly("051 FRALEG>IRN asserted welcomed", "051 DEULEG>IRN asserted welcomed");
  }

  @Test
  void aRoleInOneCountryStaysOneMention() {
    CodedDocument doc =
        code(
            """
            # text = Lawmakers in France welcomed the agreement with Iran.
            1 Lawmakers lawmaker NNS O 4 nsubj
            2 in in IN O 3 case
            3 France France NNP COUNTRY 1 nmod
            4 welcomed welcome VBD O 0 root
            5 the the DT O 6 det
            6 agreement agreement NN O 4 obj
            7 with with IN O 8 case
            8 Iran Iran NNP COUNTRY 6 nmod
            9 . . . O 4 punct
            """);
    ActorMention lawmakers = mention(doc, 0, "Lawmakers");
    assertThat(lawmakers.code()).contains(new ActorCode("FRALEG"));
    assertThat(lawmakers.reason()).isEqualTo("role 'Lawmakers' with country 'France'");
    assertThat(summary(events(doc, 0))).containsExactly("051 FRALEG>IRN asserted welcomed");
  }

  @Test
  void conjoinedRolesShareTheCountriesAfterThem() {
    // In UD the modifier shared by "Lawmakers and officials" hangs on the first conjunct.
    CodedDocument doc =
        code(
            """
            # text = Lawmakers and officials in France and Germany welcomed the agreement with Iran.
            1 Lawmakers lawmaker NNS O 8 nsubj
            2 and and CC O 3 cc
            3 officials official NNS TITLE 1 conj
            4 in in IN O 5 case
            5 France France NNP COUNTRY 1 nmod
            6 and and CC O 7 cc
            7 Germany Germany NNP COUNTRY 5 conj
            8 welcomed welcome VBD O 0 root
            9 the the DT O 10 det
            10 agreement agreement NN O 8 obj
            11 with with IN O 12 case
            12 Iran Iran NNP COUNTRY 10 nmod
            13 . . . O 8 punct
            """);
    assertThat(codes(at(doc, 0))).containsExactly("FRALEG", "DEULEG");
    assertThat(codes(at(doc, 2))).containsExactly("FRAGOV", "DEUGOV");
    assertThat(at(doc, 2).get(0).reason())
        .isEqualTo(
            "role 'officials' with country 'France' shared with 'Lawmakers'; one actor for each of"
                + " 2 countries");
    // "France" names both FRALEG and FRAGOV: each still has an event of its own.
    List<Event> events = events(doc, 0);
    assertThat(summary(events))
        .containsExactly(
            "051 FRALEG>IRN asserted welcomed",
            "051 DEULEG>IRN asserted welcomed",
            "051 FRAGOV>IRN asserted welcomed",
            "051 DEUGOV>IRN asserted welcomed");
    assertThat(events.stream().map(Event::eventId).distinct()).hasSize(4);
  }

  @Test
  void aRoleOfConjoinedCountriesIsOneActorForEach() {
    CodedDocument doc =
        code(
            """
            # text = The presidents of Iraq and Egypt criticized Israel.
            1 The the DT O 2 det
            2 presidents president NNS TITLE 7 nsubj
            3 of of IN O 4 case
            4 Iraq Iraq NNP COUNTRY 2 nmod
            5 and and CC O 6 cc
            6 Egypt Egypt NNP COUNTRY 4 conj
            7 criticized criticize VBD O 0 root
            8 Israel Israel NNP COUNTRY 7 obj
            9 . . . O 7 punct
            """);
    assertThat(codes(at(doc, 1))).containsExactly("IRQGOV", "EGYGOV");
    assertThat(summary(events(doc, 0)))
        .containsExactly(
            "111 IRQGOV>ISR asserted criticized", "111 EGYGOV>ISR asserted criticized");
  }

  @Test
  void aListOfThreeCountriesIsThreeActors() {
    CodedDocument doc =
        code(
            """
            # text = The ambassadors of Japan, Germany and France met Kenya's president.
            1 The the DT O 2 det
            2 ambassadors ambassador NNS TITLE 9 nsubj
            3 of of IN O 4 case
            4 Japan Japan NNP COUNTRY 2 nmod
            5 , , , O 6 punct
            6 Germany Germany NNP COUNTRY 4 conj
            7 and and CC O 8 cc
            8 France France NNP COUNTRY 4 conj
            9 met meet VBD O 0 root
            10 Kenya Kenya NNP COUNTRY 12 nmod:poss
            11 's 's POS O 10 case
            12 president president NN TITLE 9 obj
            13 . . . O 9 punct
            """);
    assertThat(codes(at(doc, 1))).containsExactly("JPNGOV", "DEUGOV", "FRAGOV");
    assertThat(summary(events(doc, 0)))
        .containsExactly(
            "040 JPNGOV>KENGOV asserted met",
            "040 DEUGOV>KENGOV asserted met",
            "040 FRAGOV>KENGOV asserted met");
  }

  @Test
  void conjoinedCountriesAsTargetsAreOneEventEach() {
    CodedDocument doc =
        code(
            """
            # text = Israel criticized US and British officials.
            1 Israel Israel NNP COUNTRY 2 nsubj
            2 criticized criticize VBD O 0 root
            3 US US NNP COUNTRY 6 compound
            4 and and CC O 5 cc
            5 British British JJ NATIONALITY 3 conj
            6 officials official NNS TITLE 2 obj
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0)))
        .containsExactly(
            "111 ISR>USAGOV asserted criticized", "111 ISR>GBRGOV asserted criticized");
  }

  @Test
  void aPronounRefersToTheFirstActorOfACompound() {
    CodedDocument doc =
        CoderFixture.coder()
            .code(
                ParseBuilder.article("d", "2015-06-01")
                    .sentence(
                        """
                    # text = The presidents of Iraq and Egypt criticized Israel.
                    1 The the DT O 2 det
                    2 presidents president NNS TITLE 7 nsubj
                    3 of of IN O 4 case
                    4 Iraq Iraq NNP COUNTRY 2 nmod
                    5 and and CC O 6 cc
                    6 Egypt Egypt NNP COUNTRY 4 conj
                    7 criticized criticize VBD O 0 root
                    8 Israel Israel NNP COUNTRY 7 obj
                    9 . . . O 7 punct
                    """)
                    .sentence(
                        """
                    # text = They met in Cairo.
                    1 They they PRP O 2 nsubj
                    2 met meet VBD O 0 root
                    3 in in IN O 4 case
                    4 Cairo Cairo NNP CITY 2 obl
                    5 . . . O 2 punct
                    """)
                    .build());
    assertThat(mention(doc, 1, "They").code()).contains(new ActorCode("IRQGOV"));
  }

  @Test
  void anAmbassadorInACapitalIsNotThatCountrys() {
    CodedDocument doc =
        code(
            """
            # text = The ambassador in Tehran criticized Washington.
            1 The the DT O 2 det
            2 ambassador ambassador NN TITLE 5 nsubj
            3 in in IN O 4 case
            4 Tehran Tehran NNP CITY 2 nmod
            5 criticized criticize VBD O 0 root
            6 Washington Washington NNP CITY 5 obj
            7 . . . O 5 punct
            """);
    assertThat(mention(doc, 0, "The ambassador").code()).contains(new ActorCode("GOV"));
  }

  @Test
  void soldiersFromACountryAreItsMilitary() {
    CodedDocument doc =
        code(
            """
            # text = Soldiers from Syria attacked Israel.
            1 Soldiers soldier NNS O 4 nsubj
            2 from from IN O 3 case
            3 Syria Syria NNP COUNTRY 1 nmod
            4 attacked attack VBD O 0 root
            5 Israel Israel NNP COUNTRY 4 obj
            6 . . . O 4 punct
            """);
    assertThat(mention(doc, 0, "Soldiers").code()).contains(new ActorCode("SYRMIL"));
  }
}
