package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * An act that is only demanded, threatened, refused or promised is what that event is about, not an
 * event of its own; a demand is addressed to whoever must act.
 */
class PresupposedActsTest {
  @Test
  void aDemandIsAddressedToTheSubjectOfWhatMustBeDoneAndThatActIsNotCoded() {
    CodedDocument doc =
        code(
            """
            # text = Japan demanded that China withdraw its troops from Russia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 demanded demand VBD O 0 root
            3 that that IN O 5 mark
            4 China China NNP COUNTRY 5 nsubj
            5 withdraw withdraw VB O 2 ccomp
            6 its its PRP$ O 7 nmod:poss
            7 troops troop NNS O 5 obj
            8 from from IN O 9 case
            9 Russia Russia NNP COUNTRY 5 obl
            10 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).extracting(e -> e.type().root()).containsOnly("10");
    assertThat(summary(events(doc, 0))).isNotEmpty().allMatch(l -> l.contains("JPN>CHN "));
  }

  @Test
  void whatAReportVerbReportsIsStillAnEvent() {
    CodedDocument doc =
        code(
            """
            # text = Japan said that China attacked Russia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 that that IN O 5 mark
            4 China China NNP COUNTRY 5 nsubj
            5 attacked attack VBD O 2 ccomp
            6 Russia Russia NNP COUNTRY 5 obj
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).anyMatch(l -> l.startsWith("19") && l.contains("CHN>RUS"));
  }

  @Test
  void aPatternThatNamesTheVerbOfItsComplementCodesOneEvent() {
    CodedDocument doc =
        code(
            """
            # text = Japan wants to attack China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 wants want VBZ O 0 root
            3 to to TO O 4 mark
            4 attack attack VB O 2 xcomp
            5 China China NNP COUNTRY 4 obj
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).hasSize(1);
    assertThat(events(doc, 0).get(0).evidence().trigger()).isEqualTo("wants");
  }

  @Test
  void anActWithNoIntentCodeIsCodedAndTheGeneralIntentGivesWay() {
    CodedDocument doc =
        code(
            """
            # text = Japan wants to re-examine the refineries in China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 wants want VBZ O 0 root
            3 to to TO O 4 mark
            4 re-examine re-examine VB O 2 xcomp
            5 the the DT O 6 det
            6 refineries refinery NNS O 4 obj
            7 in in IN O 8 case
            8 China China NNP COUNTRY 4 obl
            9 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("090 JPN>CHN intended re-examine");
  }

  @Test
  void aPrepositionSayingWhenIsNotThePatternsPreposition() {
    CodedDocument doc =
        code(
            """
            # text = Japan telephoned China on Tuesday.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 telephoned telephone VBD O 0 root
            3 China China NNP COUNTRY 2 obj
            4 on on IN O 5 case
            5 Tuesday Tuesday NNP DATE 2 obl
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).noneMatch(e -> e.type().cameoCode().equals("020"));
  }
}
