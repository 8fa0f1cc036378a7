package org.parley.coding.modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * Whether the text says the event happened, read from the trigger's dependents and the predicates
 * above it.
 */
class ModalityTest {
  @Test
  void notNegatesTheMeeting() {
    CodedDocument doc =
        code(
            """
            # text = Putin did not meet Obama.
            1 Putin Putin NNP PERSON 4 nsubj
            2 did do VBD O 4 aux
            3 not not RB O 4 advmod
            4 meet meet VB O 0 root
            5 Obama Obama NNP PERSON 4 obj
            6 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("040 RUSGOV>USAGOV negated meet");
    assertThat(events(doc, 0).get(0).evidence().modalityCues()).containsExactly("not");
  }

  @Test
  void mayMakesTheMeetingHypothetical() {
    CodedDocument doc =
        code(
            """
            # text = Putin may meet Obama.
            1 Putin Putin NNP PERSON 3 nsubj
            2 may may MD O 3 aux
            3 meet meet VB O 0 root
            4 Obama Obama NNP PERSON 3 obj
            5 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("040 RUSGOV>USAGOV hypothetical meet");
  }

  @Test
  void whetherScopesOverTheVisitItIntroduces() {
    CodedDocument doc =
        code(
            """
            # text = It is unclear whether Obama will visit China.
            1 It it PRP O 3 expl
            2 is be VBZ O 3 cop
            3 unclear unclear JJ O 0 root
            4 whether whether IN O 7 mark
            5 Obama Obama NNP PERSON 7 nsubj
            6 will will MD O 7 aux
            7 visit visit VB O 3 csubj
            8 China China NNP COUNTRY 7 obj
            9 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("042 USAGOV>CHN hypothetical visit");
  }

  @Test
  void plansToVisitIsIntended() {
    CodedDocument doc =
        code(
            """
            # text = Putin plans to visit Washington.
            1 Putin Putin NNP PERSON 2 nsubj
            2 plans plan VBZ O 0 root
            3 to to TO O 4 mark
            4 visit visit VB O 2 xcomp
            5 Washington Washington NNP CITY 4 obj
            6 . . . O 2 punct
            """);
    // The stated plan is the event (CAMEO 036, intent to meet, from INTEND's "- * VISIT [036]"),
    // coded once: the visit it commits to would be the same event.
    assertThat(summary(events(doc, 0))).containsExactly("036 RUSGOV>USA asserted plans");
  }

  @Test
  void isExpectedToVisitIsIntended() {
    CodedDocument doc =
        code(
            """
            # text = Putin is expected to visit Washington.
            1 Putin Putin NNP PERSON 3 nsubj:pass
            2 is be VBZ O 3 aux:pass
            3 expected expect VBN O 0 root
            4 to to TO O 5 mark
            5 visit visit VB O 3 xcomp
            6 Washington Washington NNP CITY 5 obj
            7 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("042 RUSGOV>USA intended visit");
    assertThat(events(doc, 0).get(0).evidence().modalityCues()).containsExactly("expected");
  }

  @Test
  void reportedlyMakesTheMeetingReported() {
    CodedDocument doc =
        code(
            """
            # text = Putin reportedly met Obama.
            1 Putin Putin NNP PERSON 3 nsubj
            2 reportedly reportedly RB O 3 advmod
            3 met meet VBD O 0 root
            4 Obama Obama NNP PERSON 3 obj
            5 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("040 RUSGOV>USAGOV reported met");
    assertThat(events(doc, 0).get(0).evidence().modalityCues()).containsExactly("reportedly");
  }

  @Test
  void isSaidToHaveMetIsReported() {
    CodedDocument doc =
        code(
            """
            # text = Putin is said to have met Obama.
            1 Putin Putin NNP PERSON 3 nsubj:pass
            2 is be VBZ O 3 aux:pass
            3 said say VBN O 0 root
            4 to to TO O 6 mark
            5 have have VB O 6 aux
            6 met meet VBN O 3 xcomp
            7 Obama Obama NNP PERSON 6 obj
            8 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).containsExactly("040 RUSGOV>USAGOV reported met");
    assertThat(events(doc, 0).get(0).evidence().modalityCues()).containsExactly("is said");
  }

  @Test
  void aReportingVerbLeavesTheReportedMeetingAsserted() {
    CodedDocument doc =
        code(
            """
            # text = Peskov said Putin met Obama.
            1 Peskov Peskov NNP PERSON 2 nsubj
            2 said say VBD O 0 root
            3 Putin Putin NNP PERSON 4 nsubj
            4 met meet VBD O 2 ccomp
            5 Obama Obama NNP PERSON 4 obj
            6 . . . O 2 punct
            """);
    assertThat(events(doc, 0).stream().filter(e -> e.type().cameoCode().equals("040")).toList())
        .singleElement()
        .satisfies(
            e ->
                assertThat(summary(java.util.List.of(e)))
                    .containsExactly("040 RUSGOV>USAGOV asserted met"));
  }
}
