package org.parley.coding.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.Coder;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.ActorCode;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.Quote;

/** Speakers of quotations, found from the cue verb's subject in the parse. */
class QuoteAttributorTest {
  private static Coder coder;
  private static CodedDocument doc;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
    doc =
        coder.code(
            ParseBuilder.article("d", "2015-06-01")
                .sentence(
                    """
                    # text = “We will not back down,” Putin told Obama.
                    1 “ “ `` O 5 punct
                    2 We we PRP O 5 nsubj
                    3 will will MD O 5 aux
                    4 not not RB O 5 advmod
                    5 back back VB O 10 ccomp
                    6 down down RP O 5 compound:prt
                    7 , , , O 5 punct
                    8 ” ” '' O 5 punct
                    9 Putin Putin NNP PERSON 10 nsubj
                    10 told tell VBD O 0 root
                    11 Obama Obama NNP PERSON 10 obj
                    12 . . . O 10 punct
                    """)
                .quotation("We will not back down,")
                .sentence(
                    """
                    # text = “The talks were useful,” said Jan Kowalski, a senior official of Poland.
                    1 “ “ `` O 8 punct
                    2 The the DT O 3 det
                    3 talks talk NNS O 5 nsubj
                    4 were be VBD O 5 cop
                    5 useful useful JJ O 8 ccomp
                    6 , , , O 5 punct
                    7 ” ” '' O 5 punct
                    8 said say VBD O 0 root
                    9 Jan Jan NNP PERSON 10 compound
                    10 Kowalski Kowalski NNP PERSON 8 nsubj
                    11 , , , O 10 punct
                    12 a a DT O 14 det
                    13 senior senior JJ O 14 amod
                    14 official official NN TITLE 10 appos
                    15 of of IN O 16 case
                    16 Poland Poland NNP COUNTRY 14 nmod
                    17 . . . O 8 punct
                    """)
                .quotation("The talks were useful,")
                .sentence(
                    """
                    # text = “Peace is possible.”
                    1 “ “ `` O 4 punct
                    2 Peace peace NN O 4 nsubj
                    3 is be VBZ O 4 cop
                    4 possible possible JJ O 0 root
                    5 . . . O 4 punct
                    6 ” ” '' O 4 punct
                    """)
                .quotation("Peace is possible.")
                .build());
  }

  private static Quote quote(String text) {
    return doc.quotes().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aSpeakerAfterTheQuoteIsTheSubjectOfItsCueVerb() {
    Quote q = quote("We will not back down,");
    assertThat(q.speakerText()).contains("Putin");
    assertThat(q.speakerCode()).contains(new ActorCode("RUSGOV"));
    assertThat(q.cue()).contains("told");
    assertThat(q.speakerSpan().orElseThrow().of(doc.article().body())).isEqualTo("Putin");
  }

  @Test
  void anInvertedSpeakerTakesTheCodeOfItsApposition() {
    Quote q = quote("The talks were useful,");
    assertThat(q.speakerText()).contains("Jan Kowalski");
    assertThat(q.speakerCode()).contains(new ActorCode("POLGOV"));
    assertThat(q.cue()).contains("said");
  }

  @Test
  void aQuoteWithNoCueHasNoSpeaker() {
    Quote q = quote("Peace is possible.");
    assertThat(q.speakerText()).isEmpty();
    assertThat(q.speakerSpan()).isEmpty();
    assertThat(q.speakerCode()).isEmpty();
    assertThat(q.cue()).isEmpty();
    assertThat(q.eventId()).isEmpty();
  }

  @Test
  void aQuoteLinksToTheStatementEventOfItsCue() {
    Quote q = quote("We will not back down,");
    List<Event> statements =
        doc.events().stream().filter(e -> e.eventId().equals(q.eventId().orElseThrow())).toList();
    assertThat(statements)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type().cameoCode()).isEqualTo("010");
              assertThat(e.source().code()).isEqualTo(new ActorCode("RUSGOV"));
              assertThat(e.target().orElseThrow().code()).isEqualTo(new ActorCode("USAGOV"));
              assertThat(e.evidence().trigger()).isEqualTo("told");
            });
  }

  @Test
  void aStatementToNoOneAboutNoActorIsNotAnEvent() {
    Quote q = quote("The talks were useful,");
    assertThat(q.eventId()).isEmpty();
    assertThat(doc.events()).noneMatch(e -> e.evidence().trigger().equals("said"));
  }
}
