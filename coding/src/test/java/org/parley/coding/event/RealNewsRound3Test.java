package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * Wanting to do an act oneself is an intent to do it; those harmed in an attack were harmed by its
 * maker; people hurt in a place are of it; roles of an organisation take its code.
 */
class RealNewsRound3Test {
  @Test
  void wantingToHelpIsAnIntentToHelp() {
    CodedDocument doc =
        code(
            """
            # text = Japan wants to help Russia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 wants want VBZ O 0 root
            3 to to TO O 4 mark
            4 help help VB O 2 xcomp
            5 Russia Russia NNP COUNTRY 4 obj
            6 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.startsWith("033 JPN>RUS"));
  }

  @Test
  void wantingAnotherToHelpIsNoIntent() {
    CodedDocument doc =
        code(
            """
            # text = Japan wants China to help Russia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 wants want VBZ O 0 root
            3 China China NNP COUNTRY 2 obj
            4 to to TO O 5 mark
            5 help help VB O 2 xcomp
            6 Russia Russia NNP COUNTRY 5 obj
            7 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).noneMatch(l -> l.startsWith("033"));
  }

  @Test
  void thoseKilledInAnAttackWereKilledByItsMakerAndAreOfThePlace() {
    CodedDocument doc =
        code(
            """
            # text = Four children were killed in Japanese shelling in Russia.
            1 Four four CD NUMBER 2 nummod
            2 children child NNS O 4 nsubj:pass
            3 were be VBD O 4 aux:pass
            4 killed kill VBN O 0 root
            5 in in IN O 7 case
            6 Japanese Japanese JJ MISC 7 amod
            7 shelling shelling NN O 4 obl
            8 in in IN O 9 case
            9 Russia Russia NNP COUNTRY 4 obl
            10 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.contains("JPN>RUSCVL"));
  }

  @Test
  void aPassiveActInNoAttackHasNoMaker() {
    CodedDocument doc =
        code(
            """
            # text = Four children were killed in Russia.
            1 Four four CD NUMBER 2 nummod
            2 children child NNS O 3 nsubj:pass
            3 were be VBD O 4 aux:pass
            4 killed kill VBN O 0 root
            5 in in IN O 6 case
            6 Russia Russia NNP COUNTRY 4 obl
            7 . . . O 4 punct
            """);
    assertThat(summary(events(doc, 0))).isEmpty();
  }

  @Test
  void leadersOfAnOrganisationTakeItsCode() {
    CodedDocument doc =
        code(
            """
            # text = Leaders of the Muslim Brotherhood met Japan.
            1 Leaders leader NNS O 6 nsubj
            2 of of IN O 5 case
            3 the the DT O 5 det
            4 Muslim Muslim NNP ORGANIZATION 5 compound
            5 Brotherhood Brotherhood NNP ORGANIZATION 1 nmod
            6 met meet VBD O 0 root
            7 Japan Japan NNP COUNTRY 6 obj
            8 . . . O 6 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.contains("EGYOPPMUS>JPN"));
  }

  @Test
  void troopsOfAnInternationalOrganisationKeepItsCode() {
    CodedDocument doc =
        code(
            """
            # text = UN troops attacked Russia.
            1 UN UN NNP ORGANIZATION 2 compound
            2 troops troops NNS O 3 nsubj
            3 attacked attack VBD O 0 root
            4 Russia Russia NNP COUNTRY 3 obj
            5 . . . O 3 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.contains("IGOUNOMIL>RUS"));
  }

  @Test
  void rolesFromAPlaceNamedByItsCountry() {
    CodedDocument doc =
        code(
            """
            # text = Dissidents from Syrian towns met Japan.
            1 Dissidents dissident NNS O 5 nsubj
            2 from from IN O 4 case
            3 Syrian Syrian JJ MISC 4 amod
            4 towns town NNS O 1 nmod
            5 met meet VBD O 0 root
            6 Japan Japan NNP COUNTRY 5 obj
            7 . . . O 5 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.contains("SYROPP>JPN"));
  }

  @Test
  void aNameWithACapitalInsideIsStillAName() {
    CodedDocument doc =
        code(
            """
            # text = Japan attacked rUssia.
            1 Japan Japan NNP COUNTRY 2 nsubj
            2 attacked attack VBD O 0 root
            3 rUssia rUssia NNP O 2 obj
            4 . . . O 2 punct
            """);
    assertThat(summary(events(doc, 0))).hasSize(1).allMatch(l -> l.contains("JPN>RUS"));
  }
}
