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

/**
 * An act only planned or tried by a noun ("efforts to attack") is its intent or nothing; protesting
 * in words is a complaint; opponents of an actor are not it; "they" after conjoined actors is each.
 */
class IntentNounsAndPluralPronounsTest {
  private static Coder coder;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
  }

  @Test
  void anAttackInAPlanNounIsNotAnAttack() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Japan discussed plans to attack Russia.
                    1 Japan Japan NNP COUNTRY 2 nsubj
                    2 discussed discuss VBD O 0 root
                    3 plans plan NNS O 2 obj
                    4 to to TO O 5 mark
                    5 attack attack VB O 3 acl
                    6 Russia Russia NNP COUNTRY 5 obj
                    7 . . . O 2 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("19"));
  }

  @Test
  void aMeetingInAProposalNounIsAnIntentToMeet() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Japan made a proposal to meet Russia.
                    1 Japan Japan NNP COUNTRY 2 nsubj
                    2 made make VBD O 0 root
                    3 a a DT O 4 det
                    4 proposal proposal NN O 2 obj
                    5 to to TO O 6 mark
                    6 meet meet VB O 4 acl
                    7 Russia Russia NNP COUNTRY 6 obj
                    8 . . . O 2 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("04"));
  }

  @Test
  void protestingThatSomethingIsAComplaint() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Japan protested that Russia had violated the treaty.
                    1 Japan Japan NNP COUNTRY 2 nsubj
                    2 protested protest VBD O 0 root
                    3 that that IN O 6 mark
                    4 Russia Russia NNP COUNTRY 6 nsubj
                    5 had have VBD O 6 aux
                    6 violated violate VBN O 2 ccomp
                    7 the the DT O 8 det
                    8 treaty treaty NN O 6 obj
                    9 . . . O 2 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("14"));
    assertThat(summary(events(doc, 0))).anyMatch(l -> l.startsWith("111 JPN"));
  }

  @Test
  void opponentsOfAnActorAreNotIt() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Opponents of Japan condemned Russia.
                    1 Opponents opponent NNS O 4 nsubj
                    2 of of IN O 3 case
                    3 Japan Japan NNP COUNTRY 1 nmod
                    4 condemned condemn VBD O 0 root
                    5 Russia Russia NNP COUNTRY 4 obj
                    6 . . . O 4 punct
                    """)
                .build());
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.contains("JPN>"));
  }

  @Test
  void theyAfterConjoinedLeadersIsEachOfThem() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Obama and Putin met on Monday.
                    1 Obama Obama NNP PERSON 4 nsubj
                    2 and and CC O 3 cc
                    3 Putin Putin NNP PERSON 1 conj
                    4 met meet VBD O 0 root
                    5 on on IN O 6 case
                    6 Monday Monday NNP DATE 4 obl
                    7 . . . O 4 punct
                    """)
                .sentence(
                    """
                    # text = They condemned Iran.
                    1 They they PRP O 2 nsubj
                    2 condemned condemn VBD O 0 root
                    3 Iran Iran NNP COUNTRY 2 obj
                    4 . . . O 2 punct
                    """)
                .build());
    assertThat(summary(events(doc, 1)))
        .anyMatch(l -> l.contains("USA") && l.contains(">IRN"))
        .anyMatch(l -> l.contains("RUS") && l.contains(">IRN"));
  }
}
