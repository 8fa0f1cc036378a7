package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/** A commitment to act is coded as CAMEO's intent (03) or threat (13), for what it commits to. */
class IntentCodesTest {
  @Test
  void theIntentTablesFollowCameo() {
    assertThat(IntentCodes.intent("0874")).hasValue("0356");
    assertThat(IntentCodes.intent("071")).hasValue("0331");
    assertThat(IntentCodes.intent("042")).hasValue("036");
    assertThat(IntentCodes.intent("057")).hasValue("032");
    assertThat(IntentCodes.intent("190")).isEmpty();
    assertThat(IntentCodes.intent("020")).isEmpty();
    assertThat(IntentCodes.threatened("190")).hasValue("138");
    assertThat(IntentCodes.threatened("163")).hasValue("1312");
    assertThat(IntentCodes.threatened("1724")).hasValue("1324");
    assertThat(IntentCodes.threatened("172")).hasValue("132");
    assertThat(IntentCodes.threatened("164")).hasValue("134");
    assertThat(IntentCodes.threatened("1661")).hasValue("1311");
    assertThat(IntentCodes.threatened("040")).isEmpty();
  }

  @Test
  void agreeingToWithdrawIsIntentToDeEscalateNotTheWithdrawal() {
    CodedDocument doc =
        code(
            """
            # text = Syria agreed to withdraw its troops from Lebanon.
            1 Syria Syria NNP COUNTRY 2 nsubj
            2 agreed agree VBD O 0 root
            3 to to TO O 4 mark
            4 withdraw withdraw VB O 2 xcomp
            5 its its PRP$ O 6 nmod:poss
            6 troops troop NNS O 4 obj
            7 from from IN O 8 case
            8 Lebanon Lebanon NNP COUNTRY 4 obl
            9 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1);
    assertThat(events(doc, 0).get(0).type().cameoCode()).startsWith("035");
    assertThat(events(doc, 0).get(0).evidence().rule()).contains("'agreed' makes it");
  }

  @Test
  void aFutureOfCooperationIsIntentAndANegatedOneIsNot() {
    CodedDocument will =
        code(
            """
            # text = Japan will meet China.
            1 Japan Japan NNP COUNTRY 3 nsubj
            2 will will MD O 3 aux
            3 meet meet VB O 0 root
            4 China China NNP COUNTRY 3 obj
            5 . . . O 3 punct
            """);
    assertThat(events(will, 0)).extracting(e -> e.type().cameoCode()).containsOnly("036");
    CodedDocument wont =
        code(
            """
            # text = Japan will not meet China.
            1 Japan Japan NNP COUNTRY 4 nsubj
            2 will will MD O 4 aux
            3 not not RB O 4 advmod
            4 meet meet VB O 0 root
            5 China China NNP COUNTRY 4 obj
            6 . . . O 4 punct
            """);
    // "will not meet" is a refusal: CAMEO 125, reject proposal to meet, itself asserted
    assertThat(summary(events(wont, 0))).containsExactly("125 JPN>CHN asserted meet");
  }

  @Test
  void refusingToMeetIsARejectionAndTheRefusingVerbGivesWay() {
    CodedDocument doc =
        code(
            """
            # text = Japan refused to meet China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 refused refuse VBD O 0 root
            3 to to TO O 4 mark
            4 meet meet VB O 2 xcomp
            5 China China NNP COUNTRY 4 obj
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).extracting(e -> e.type().cameoCode()).contains("125");
    assertThat(IntentCodes.rejected("0874")).hasValue("1246");
    assertThat(IntentCodes.rejected("071")).hasValue("1221");
    assertThat(IntentCodes.rejected("190")).isEmpty();
  }

  @Test
  void threateningToAttackIsAThreatOfForce() {
    CodedDocument doc =
        code(
            """
            # text = Russia threatened to attack Ukraine.
            1 Russia Russia NNP COUNTRY 2 nsubj
            2 threatened threaten VBD O 0 root
            3 to to TO O 4 mark
            4 attack attack VB O 2 xcomp
            5 Ukraine Ukraine NNP COUNTRY 4 obj
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).extracting(e -> e.type().cameoCode()).containsExactly("138");
    assertThat(summary(events(doc, 0)).get(0)).contains("RUS>UKR");
  }

  @Test
  void sayingAnotherMustActIsADemandFromTheSpeaker() {
    CodedDocument doc =
        code(
            """
            # text = Russia said Ukraine must withdraw its troops.
            1 Russia Russia NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 Ukraine Ukraine NNP COUNTRY 5 nsubj
            4 must must MD O 5 aux
            5 withdraw withdraw VB O 2 ccomp
            6 its its PRP$ O 7 nmod:poss
            7 troops troop NNS O 5 obj
            8 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1);
    assertThat(summary(events(doc, 0)).get(0)).startsWith("105").contains("RUS>UKR asserted");
    assertThat(IntentCodes.demanded("042")).isEqualTo("106");
    assertThat(IntentCodes.demanded("190")).isEqualTo("100");
  }

  @Test
  void aFutureToldInReportedSpeechIsIntent() {
    CodedDocument doc =
        code(
            """
            # text = Japan said it would meet China.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 it it PRP O 5 nsubj
            4 would would MD O 5 aux
            5 meet meet VB O 2 ccomp
            6 China China NNP COUNTRY 5 obj
            7 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).extracting(e -> e.type().cameoCode()).containsOnly("036");
  }

  @Test
  void aPlannedHostileActIsAThreat() {
    CodedDocument doc =
        code(
            """
            # text = Greece plans to boycott Turkey.
            1 Greece Greece NNP COUNTRY 2 nsubj
            2 plans plan VBZ O 0 root
            3 to to TO O 4 mark
            4 boycott boycott VB O 2 xcomp
            5 Turkey Turkey NNP COUNTRY 4 obj
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).extracting(e -> e.type().cameoCode()).containsExactly("1312");
    assertThat(summary(events(doc, 0)).get(0)).contains("GRC>TUR");
  }

  @Test
  void willingnessReachesThroughTheSubjectsOwnChainOfActs() {
    CodedDocument doc =
        code(
            """
            # text = Norway is willing to send troops to help Kuwait.
            1 Norway Norway NNP COUNTRY 3 nsubj
            2 is be VBZ O 3 cop
            3 willing willing JJ O 0 root
            4 to to TO O 5 mark
            5 send send VB O 3 xcomp
            6 troops troop NNS O 5 obj
            7 to to TO O 8 mark
            8 help help VB O 5 xcomp
            9 Kuwait Kuwait NNP COUNTRY 8 obj
            10 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isNotEmpty();
    assertThat(events(doc, 0)).allSatisfy(e -> assertThat(e.type().cameoCode()).startsWith("03"));
  }

  @Test
  void theConditionOfAThreatIsNoEventOfItsOwn() {
    CodedDocument doc =
        code(
            """
            # text = Iraq said it will boycott Turkey unless Syria agrees to withdraw.
            1 Iraq Iraq NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 it it PRP O 5 nsubj
            4 will will MD O 5 aux
            5 boycott boycott VB O 2 ccomp
            6 Turkey Turkey NNP COUNTRY 5 obj
            7 unless unless IN O 9 mark
            8 Syria Syria NNP COUNTRY 9 nsubj
            9 agrees agree VBZ O 5 advcl
            10 to to TO O 11 mark
            11 withdraw withdraw VB O 9 xcomp
            12 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).contains("1312 IRQ>TUR asserted boycott");
    assertThat(events(doc, 0)).noneMatch(e -> e.type().cameoCode().startsWith("03"));
  }
}
