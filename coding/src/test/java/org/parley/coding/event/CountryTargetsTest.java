package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.code;
import static org.parley.coding.CoderFixture.events;

import org.junit.jupiter.api.Test;
import org.parley.model.CodedDocument;

/**
 * Whose country an event's target (or source) is when the phrase the parse offers names no country:
 * the country named in the same phrase ("withdrawal of forces from Panama"), whoever must meet a
 * threat's condition, the object the parse hung on a following clause, and the one country of a
 * domestic event.
 */
class CountryTargetsTest {
  private static String target(CodedDocument doc) {
    return events(doc, 0).stream()
        .map(e -> e.target().map(t -> t.code().code()).orElse("-"))
        .findFirst()
        .orElse("none");
  }

  @Test
  void aCountryInTheSamePhraseTakesTheTargetFromABareAgent() {
    CodedDocument doc =
        code(
            """
            # text = Syria withdrew its troops from Lebanon.
            1 Syria Syria NNP COUNTRY 2 nsubj
            2 withdrew withdraw VBD O 0 root
            3 its its PRP$ O 4 nmod:poss
            4 troops troop NNS O 2 obj
            5 from from IN O 6 case
            6 Lebanon Lebanon NNP COUNTRY 2 obl
            7 . . . O 2 punct
            """);
    assertThat(target(doc)).isEqualTo("LBN");
  }

  @Test
  void whoeverMustMeetAThreatsConditionIsThreatened() {
    CodedDocument doc =
        code(
            """
            # text = Russia threatened to stop negotiations if the United States deploys missiles.
            1 Russia Russia NNP COUNTRY 2 nsubj
            2 threatened threaten VBD O 0 root
            3 to to TO O 4 mark
            4 stop stop VB O 2 xcomp
            5 negotiations negotiation NNS O 4 obj
            6 if if IN O 10 mark
            7 the the DT O 9 det
            8 United United NNP COUNTRY 9 compound
            9 States States NNP COUNTRY 10 nsubj
            10 deploys deploy VBZ O 4 advcl
            11 missiles missile NNS O 10 obj
            12 . . . O 2 punct
            """);
    assertThat(events(doc, 0)).isNotEmpty();
    assertThat(events(doc, 0))
        .allMatch(e -> e.target().map(t -> t.code().code()).orElse("-").equals("USA"));
  }

  @Test
  void anObjectTheParseMadeTheSubjectOfTheNextClauseStillMatchesThePatterns() {
    // CoreNLP: demand <-nsubj- sever <-ccomp- rejected; "- * DEMAND [124]" is a REJECT pattern.
    CodedDocument doc =
        code(
            """
            # text = South Korea rejected North Korea's demand to sever the alliance.
            1 South South NNP COUNTRY 2 compound
            2 Korea Korea NNP COUNTRY 3 nsubj
            3 rejected reject VBD O 0 root
            4 North North NNP COUNTRY 5 compound
            5 Korea Korea NNP COUNTRY 7 nmod:poss
            6 's 's POS O 5 case
            7 demand demand NN O 9 nsubj
            8 to to TO O 9 mark
            9 sever sever VB O 3 ccomp
            10 the the DT O 11 det
            11 alliance alliance NN O 9 obj
            12 . . . O 3 punct
            """);
    assertThat(events(doc, 0))
        .anyMatch(
            e ->
                e.type().cameoCode().startsWith("12")
                    && e.source().code().code().equals("KOR")
                    && e.target().map(t -> t.code().code()).orElse("-").equals("PRK"));
  }

  @Test
  void aRoleWithNoCountryInADomesticEventIsOfTheOneCountryNamed() {
    CodedDocument doc =
        code(
            """
            # text = Egyptian police arrested demonstrators.
            1 Egyptian Egyptian JJ NATIONALITY 2 amod
            2 police police NNS O 3 nsubj
            3 arrested arrest VBD O 0 root
            4 demonstrators demonstrator NNS O 3 obj
            5 . . . O 3 punct
            """);
    assertThat(target(doc)).isEqualTo("EGYOPP");
  }

  @Test
  void aRoleAgainstABareCountryKeepsNoCountry() {
    // "the government thanked China": the government is as often the counterpart's.
    CodedDocument doc =
        code(
            """
            # text = The government thanked China.
            1 The the DT O 2 det
            2 government government NN O 3 nsubj
            3 thanked thank VBD O 0 root
            4 China China NNP COUNTRY 3 obj
            5 . . . O 3 punct
            """);
    assertThat(events(doc, 0)).isNotEmpty().allMatch(e -> e.source().code().country().isEmpty());
  }

  @Test
  void aShortEntryInsideAPersonsNameIsNotTheGroup() {
    // GIA is Algeria's Armed Islamic Group; "Gia" here is part of a Vietnamese minister's name.
    CodedDocument doc =
        code(
            """
            # text = Minister Tran Xuan Gia criticized Vietnam.
            1 Minister Minister NNP TITLE 4 compound
            2 Tran Tran NNP PERSON 4 compound
            3 Xuan Xuan NNP PERSON 4 compound
            4 Gia Gia NNP PERSON 5 nsubj
            5 criticized criticize VBD O 0 root
            6 Vietnam Vietnam NNP COUNTRY 5 obj
            7 . . . O 5 punct
            """);
    assertThat(doc.mentions())
        .noneMatch(m -> m.code().map(c -> c.code().startsWith("DZA")).orElse(false));
  }

  @Test
  void aRoleOwnedByAPronounIsOfTheCountryThePronounRefersTo() {
    CodedDocument doc =
        code(
            """
            # text = Syria said its troops attacked Lebanon.
            1 Syria Syria NNP COUNTRY 2 nsubj
            2 said say VBD O 0 root
            3 its its PRP$ O 4 nmod:poss
            4 troops troop NNS O 5 nsubj
            5 attacked attack VBD O 2 ccomp
            6 Lebanon Lebanon NNP COUNTRY 5 obj
            7 . . . O 2 punct
            """);
    assertThat(doc.mentions())
        .anyMatch(m -> m.head() == 3 && m.code().map(c -> c.code().equals("SYRMIL")).orElse(false));
  }
}
