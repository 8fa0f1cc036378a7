package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.Coder;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.CodedDocument;

/** Sources and targets read off the parse: coordination, control and relative clauses. */
class ArgumentsTest {
  private static Coder coder;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
  }

  @Test
  void conjoinedSubjectsGiveOneEventPerSource() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = France and Germany condemned Russia.
                    1 France France NNP COUNTRY 4 nsubj
                    2 and and CC O 3 cc
                    3 Germany Germany NNP COUNTRY 1 conj
                    4 condemned condemn VBD O 0 root
                    5 Russia Russia NNP COUNTRY 4 obj
                    6 . . . O 4 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0)))
        .containsExactly("111 FRA>RUS asserted condemned", "111 DEU>RUS asserted condemned");
  }

  @Test
  void theControllerOfAnInfinitiveIsItsSource() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = The Kremlin declined to comment.
                    1 The the DT O 2 det
                    2 Kremlin Kremlin NNP ORGANIZATION 3 nsubj
                    3 declined decline VBD O 0 root
                    4 to to TO O 5 mark
                    5 comment comment VB O 3 xcomp
                    6 . . . O 3 punct
                    """)
                .build());
    // REFUSE's "- * COMMENT [011]" codes the refusal; the comment itself is the Kremlin's, and
    // negated.
    assertThat(summary(events(doc, 0))).containsExactly("011 RUSGOV>- asserted declined");
  }

  @Test
  void aRelativeClauseTakesTheNounItModifiesAsSubject() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Putin, who visited Japan, praised Obama.
                    1 Putin Putin NNP PERSON 7 nsubj
                    2 , , , O 1 punct
                    3 who who WP O 4 nsubj
                    4 visited visit VBD O 1 acl:relcl
                    5 Japan Japan NNP COUNTRY 4 obj
                    6 , , , O 1 punct
                    7 praised praise VBD O 0 root
                    8 Obama Obama NNP PERSON 7 obj
                    9 . . . O 7 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0)))
        .containsExactly(
            "042 RUSGOV>JPN asserted visited",
            "043 JPN>RUSGOV asserted visited",
            "051 RUSGOV>USAGOV asserted praised");
    assertThat(events(doc, 0).get(0).source().text()).isEqualTo("Putin");
  }

  @Test
  void aHeadThatNamesNoActorStandsForTheCountryOfItsModifier() {
    CodedDocument doc =
        CoderFixture.coder()
            .code(
                ParseBuilder.article("d", "2015-06-01")
                    .sentence(
                        """
                        # text = Israeli tanks shelled Rafah.
                        1 Israeli Israeli JJ NATIONALITY 2 amod
                        2 tanks tank NNS O 3 nsubj
                        3 shelled shell VBD O 0 root
                        4 Rafah Rafah NNP CITY 3 obj
                        5 . . . O 3 punct
                        """)
                    .build());
    assertThat(summary(events(doc, 0))).isNotEmpty().allMatch(e -> e.contains(" ISR>"));
  }
}
