package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.summary;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.Coder;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Event;
import org.parley.model.Place;

/**
 * Verb triggers coded through the CAMEO.2.0 verb blocks and their patterns, over hand-built UD
 * parses.
 */
class PatternMatchingTest {
  private static Coder coder;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
  }

  @Test
  void codesAVerbWithItsBlockCodeAndTheObjectAsTarget() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Russian President Vladimir Putin visited Beijing on Wednesday.
                    1 Russian Russian JJ NATIONALITY 4 amod
                    2 President President NNP TITLE 4 compound
                    3 Vladimir Vladimir NNP PERSON 4 compound
                    4 Putin Putin NNP PERSON 5 nsubj
                    5 visited visit VBD O 0 root
                    6 Beijing Beijing NNP CITY 5 obj
                    7 on on IN O 8 case
                    8 Wednesday Wednesday NNP DATE 5 obl
                    9 . . . O 5 punct
                    """)
                .time("Wednesday", "2015-06-03")
                .build());
    List<Event> events = events(doc, 0);
    assertThat(summary(events)).containsExactly("042 RUSGOV>CHN asserted visited");
    Event visit = events.get(0);
    assertThat(visit.evidence().rule()).isEqualTo("verb VISIT 042:043");
    assertThat(visit.source().text()).isEqualTo("Russian President Vladimir Putin");
    assertThat(visit.target().orElseThrow().text()).isEqualTo("Beijing");
    assertThat(visit.date()).contains(DateValue.parse("2015-06-03").orElseThrow());
    assertThat(visit.dateSource()).isEqualTo("time_expression");
    assertThat(visit.location().map(Place::name)).contains("Beijing");
    assertThat(visit.type().name()).isNotBlank();
  }

  @Test
  void aPurposePhrasePatternCodesTalksBesideTheVisit() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Putin visited Beijing for talks.
                    1 Putin Putin NNP PERSON 2 nsubj
                    2 visited visit VBD O 0 root
                    3 Beijing Beijing NNP CITY 2 obj
                    4 for for IN O 5 case
                    5 talks talk NNS O 2 obl
                    6 . . . O 2 punct
                    """)
                .build());
    List<Event> events = events(doc, 0);
    assertThat(summary(events))
        .containsExactly(
            "042 RUSGOV>CHN asserted visited",
            "046 RUSGOV>CHN asserted visited",
            "046 CHN>RUSGOV asserted visited");
    assertThat(events.get(1).evidence().rule()).startsWith("verb VISIT pattern '- * (FOR TALKS)");
    assertThat(events.get(0).dateSource()).isEqualTo("publication");
  }

  @Test
  void aBareLocativePatternDoesNotFireWhenItsObjectIsAPlace() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Putin met Xi Jinping at the Kremlin.
                    1 Putin Putin NNP PERSON 2 nsubj
                    2 met meet VBD O 0 root
                    3 Xi Xi NNP PERSON 4 compound
                    4 Jinping Jinping NNP PERSON 2 obj
                    5 at at IN O 7 case
                    6 the the DT O 7 det
                    7 Kremlin Kremlin NNP LOCATION 2 obl
                    8 . . . O 2 punct
                    """)
                .sentence(
                    """
                    # text = Putin met Xi Jinping at a conference.
                    1 Putin Putin NNP PERSON 2 nsubj
                    2 met meet VBD O 0 root
                    3 Xi Xi NNP PERSON 4 compound
                    4 Jinping Jinping NNP PERSON 2 obj
                    5 at at IN O 7 case
                    6 a a DT O 7 det
                    7 conference conference NN O 2 obl
                    8 . . . O 2 punct
                    """)
                .build());
    List<Event> atPlace = events(doc, 0);
    assertThat(summary(atPlace)).containsExactly("040 RUSGOV>CHNGOV asserted met");
    assertThat(atPlace.get(0).evidence().rule()).isEqualTo("verb MEET_PEOPLE 040");
    assertThat(atPlace.get(0).location().map(Place::name)).contains("Kremlin");
    // Not a place: MEET's "(AT) [036:036]" applies, as CAMEO.2.0.txt writes it.
    List<Event> atConference = events(doc, 1);
    assertThat(summary(atConference))
        .containsExactly("036 RUSGOV>CHNGOV asserted met", "036 CHNGOV>RUSGOV asserted met");
    assertThat(atConference.get(0).evidence().rule())
        .startsWith("verb MEET_PEOPLE pattern '- * (AT)");
  }

  @Test
  void aNullPatternSuppressesTheEvent() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = France fights racism.
                    1 France France NNP COUNTRY 2 nsubj
                    2 fights fight VBZ O 0 root
                    3 racism racism NN O 2 obj
                    4 . . . O 2 punct
                    """)
                .sentence(
                    """
                    # text = France fights inflation.
                    1 France France NNP COUNTRY 2 nsubj
                    2 fights fight VBZ O 0 root
                    3 inflation inflation NN O 2 obj
                    4 . . . O 2 punct
                    """)
                .build());
    // "- * RACISM [---]" in PHYSICAL_CONFLICT; the same clause with an object no pattern names
    // keeps FIGHT's 190.
    assertThat(events(doc, 0)).isEmpty();
    assertThat(summary(events(doc, 1))).containsExactly("190 FRA>- asserted fights");
  }

  @Test
  void aPassiveTakesItsSourceFromTheAgentAndItsTargetFromTheSubject() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Ukraine was attacked by Russia.
                    1 Ukraine Ukraine NNP COUNTRY 3 nsubj:pass
                    2 was be VBD O 3 aux:pass
                    3 attacked attack VBN O 0 root
                    4 by by IN O 5 case
                    5 Russia Russia NNP COUNTRY 3 obl:agent
                    6 . . . O 3 punct
                    """)
                .build());
    List<Event> events = events(doc, 0);
    assertThat(summary(events)).containsExactly("190 RUS>UKR asserted attacked");
    assertThat(events.get(0).source().text()).isEqualTo("Russia");
    assertThat(events.get(0).target().orElseThrow().text()).isEqualTo("Ukraine");
  }

  @Test
  void aMultiWordVerbFormIsTheTrigger() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Obama met with Putin in Moscow.
                    1 Obama Obama NNP PERSON 2 nsubj
                    2 met meet VBD O 0 root
                    3 with with IN O 4 case
                    4 Putin Putin NNP PERSON 2 obl
                    5 in in IN O 6 case
                    6 Moscow Moscow NNP CITY 2 obl
                    7 . . . O 2 punct
                    """)
                .build());
    List<Event> events = events(doc, 0);
    assertThat(summary(events)).containsExactly("040 USAGOV>RUSGOV asserted met with");
    assertThat(events.get(0).location().map(Place::name)).contains("Moscow");
  }

  @Test
  void aPassiveSubjectIsMatchedWhereThePatternExpectsTheObject() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = Evidence against Russia was presented by the US.
                    1 Evidence evidence NN O 5 nsubj:pass
                    2 against against IN O 3 case
                    3 Russia Russia NNP COUNTRY 1 nmod
                    4 was be VBD O 5 aux:pass
                    5 presented present VBN O 0 root
                    6 by by IN O 8 case
                    7 the the DT O 8 det
                    8 US US NNP COUNTRY 5 obl
                    9 . . . O 5 punct
                    """)
                .build());
    // EXHIBIT's own code is [---]; its pattern '- * EVIDENCE [1124]' must see "Evidence" as the
    // object.
    assertThat(summary(events(doc, 0))).containsExactly("1124 USA>RUS asserted presented");
  }

  @Test
  void cooperationWithNoOneIsNotCoded() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = North Korea conducted tests.
                    1 North North NNP COUNTRY 2 compound
                    2 Korea Korea NNP COUNTRY 3 nsubj
                    3 conducted conduct VBD O 0 root
                    4 tests test NNS O 3 obj
                    5 . . . O 3 punct
                    """)
                .sentence(
                    """
                    # text = North Korea conducted talks with China.
                    1 North North NNP COUNTRY 2 compound
                    2 Korea Korea NNP COUNTRY 3 nsubj
                    3 conducted conduct VBD O 0 root
                    4 talks talk NNS O 3 obj
                    5 with with IN O 6 case
                    6 China China NNP COUNTRY 4 nmod
                    7 . . . O 3 punct
                    """)
                .build());
    // OVERSEE_MANAGE codes "conduct" 060 (COOPERATE), which PLOVER says needs a recipient.
    assertThat(events(doc, 0)).isEmpty();
    assertThat(summary(events(doc, 1)))
        .isNotEmpty()
        .allMatch(e -> e.contains("PRK>CHN") || e.contains("CHN>PRK"));
  }
}
