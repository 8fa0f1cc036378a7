package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * Alleging another's hostile act is an accusation, claiming one's own is claiming responsibility;
 * an act one is pressed to do has not happened; those who say something together do not say it to
 * each other.
 */
class AllegedAndPressedActsTest {
  @Test
  void claimingThatAnotherAttackedIsAnAccusation() {
    CodedDocument doc =
        code(
            """
            # text = Japan claimed that China had attacked Russia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 claimed claim VBD O 0 root
            3 that that IN O 6 mark
            4 China China NNP COUNTRY 6 nsubj
            5 had have VBD O 6 aux
            6 attacked attack VBN O 2 ccomp
            7 Russia Russia NNP COUNTRY 6 obj
            8 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.startsWith("112 JPN>CHN"));
  }

  @Test
  void anActOnlyPressedForIsNotCoded() {
    CodedDocument doc =
        code(
            """
            # text = Japan is being pressured by China to help Russia.
            1 Japan Japan NNP COUNTRY 4 nsubj:pass
            2 is be VBZ O 4 aux
            3 being be VBG O 4 aux:pass
            4 pressured pressure VBN O 0 root
            5 by by IN O 6 case
            6 China China NNP COUNTRY 4 obl
            7 to to TO O 8 mark
            8 help help VB O 4 advcl
            9 Russia Russia NNP COUNTRY 8 obj
            10 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.contains("JPN>RUS"));
  }

  @Test
  void speakersTogetherAreNotEachOthersTargets() {
    CodedDocument doc =
        code(
            """
            # text = Japan and China said they will attack Russia.
            1 Japan Japan NNP COUNTRY 4 nsubj
            2 and and CC O 3 cc
            3 China China NNP COUNTRY 1 conj
            4 said say VBD O 0 root
            5 they they PRP O 7 nsubj
            6 will will MD O 7 aux
            7 attack attack VB O 4 ccomp
            8 Russia Russia NNP COUNTRY 7 obj
            9 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0)))
        .noneMatch(l -> l.contains("JPN>CHN") || l.contains("CHN>JPN"));
  }

  @Test
  void aPatternWrittenForTheTriggerVerbWinsATie() {
    // CAMEO.2.0's APPROVE block has "- * &TREATY [031:031] # APPROVE" before "- * &TREATY [057]
    // # RATIFY": ratifying a treaty is signing a formal agreement (CAMEO 057).
    CodedDocument doc =
        code(
            """
            # text = Japan ratified a treaty with China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 ratified ratify VBD O 0 root
            3 a a DT O 4 det
            4 treaty treaty NN O 2 obj
            5 with with IN O 6 case
            6 China China NNP COUNTRY 4 nmod
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).anyMatch(l -> l.startsWith("057 JPN>CHN"));
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("031"));
  }

  @Test
  void whatAnUncodedAllegationGovernsIsNotAnEvent() {
    CodedDocument doc =
        code(
            """
            # text = A report alleged that Japan attacked China.
            1 A a DT O 2 det
            2 report report NN O 3 nsubj
            3 alleged allege VBD O 0 root
            4 that that IN O 6 mark
            5 Japan Japan NNP COUNTRY 6 nsubj
            6 attacked attack VBD O 3 ccomp
            7 China China NNP COUNTRY 6 obj
            8 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isEmpty();
  }

  @Test
  void troopsWithdrawnAreNotTheTargetTheCountryLeftIs() {
    CodedDocument doc =
        code(
            """
            # text = Japan withdrew its troops from China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 withdrew withdraw VBD O 0 root
            3 its its PRP$ O 4 nmod:poss
            4 troops troop NNS O 2 obj
            5 from from IN O 6 case
            6 China China NNP COUNTRY 2 obl
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).isNotEmpty().allMatch(l -> l.contains("JPN>CHN"));
  }

  @Test
  void aDemandOrAppealTakesTheSubCodeOfTheActAskedFor() {
    CodedDocument doc =
        code(
            """
            # text = Japan demanded that China release the prisoners.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 demanded demand VBD O 0 root
            3 that that IN O 5 mark
            4 China China NNP COUNTRY 5 nsubj
            5 release release VB O 2 ccomp
            6 the the DT O 7 det
            7 prisoners prisoner NNS O 5 obj
            8 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).anyMatch(l -> l.startsWith("1053 JPN>CHN"));
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("08"));
  }
}
