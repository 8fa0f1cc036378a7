package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.Coder;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;

/**
 * The coding stage's contract: same input, same ids; every span inside the body and naming its own
 * text.
 */
class CoderContractTest {
  private static Coder coder;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
  }

  private static ParsedDocument document() {
    return ParseBuilder.article("contract-1", "2019-05-10")
        .sentence(
            """
            # text = German Foreign Minister Heiko Maas arrived in Moscow on Friday.
            1 German German JJ NATIONALITY 5 amod
            2 Foreign Foreign NNP TITLE 3 compound
            3 Minister Minister NNP TITLE 5 compound
            4 Heiko Heiko NNP PERSON 5 compound
            5 Maas Maas NNP PERSON 6 nsubj
            6 arrived arrive VBD O 0 root
            7 in in IN O 8 case
            8 Moscow Moscow NNP CITY 6 obl
            9 on on IN O 10 case
            10 Friday Friday NNP DATE 6 obl
            11 . . . O 6 punct
            """)
        .time("Friday", "2019-05-10")
        .sentence(
            """
            # text = He met with Sergei Lavrov at the Foreign Ministry.
            1 He he PRP O 2 nsubj
            2 met meet VBD O 0 root
            3 with with IN O 5 case
            4 Sergei Sergei NNP PERSON 5 compound
            5 Lavrov Lavrov NNP PERSON 2 obl
            6 at at IN O 9 case
            7 the the DT O 9 det
            8 Foreign Foreign NNP ORGANIZATION 9 compound
            9 Ministry Ministry NNP ORGANIZATION 2 obl
            10 . . . O 2 punct
            """)
        .sentence(
            """
            # text = “The talks were frank,” Maas said.
            1 “ “ `` O 5 punct
            2 The the DT O 3 det
            3 talks talk NNS O 5 nsubj
            4 were be VBD O 5 cop
            5 frank frank JJ O 9 ccomp
            6 , , , O 5 punct
            7 ” ” '' O 5 punct
            8 Maas Maas NNP PERSON 9 nsubj
            9 said say VBD O 0 root
            10 . . . O 9 punct
            """)
        .quotation("The talks were frank,")
        .build();
  }

  @Test
  void theSameInputGivesTheSameIds() {
    CodedDocument first = coder.code(document());
    CodedDocument second = coder.code(document());
    assertThat(first.events()).isNotEmpty();
    assertThat(second.events())
        .extracting(Event::eventId)
        .containsExactlyElementsOf(first.events().stream().map(Event::eventId).toList());
    assertThat(second.quotes())
        .extracting(Quote::quoteId)
        .containsExactlyElementsOf(first.quotes().stream().map(Quote::quoteId).toList());
    assertThat(first.events())
        .extracting(Event::eventId)
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"));
    assertThat(second.events()).isEqualTo(first.events());
  }

  @Test
  void everySpanLiesInsideTheBodyAndNamesItsText() {
    CodedDocument doc = coder.code(document());
    String body = doc.article().body();
    CharSpan whole = new CharSpan(0, body.length());
    List<String> checked = new ArrayList<>();
    for (ActorMention m : doc.mentions()) {
      assertThat(whole.contains(m.span())).as("mention %s", m.text()).isTrue();
      assertThat(m.span().of(body)).isEqualTo(m.text());
      checked.add(m.text());
    }
    for (Event e : doc.events()) {
      List<EventParticipant> ps = new ArrayList<>(List.of(e.source()));
      e.target().ifPresent(ps::add);
      for (EventParticipant p : ps) {
        assertThat(whole.contains(p.span())).as("participant %s", p.text()).isTrue();
        assertThat(p.span().of(body)).isEqualTo(p.text());
      }
      assertThat(e.evidence().span().of(body)).isEqualTo(e.evidence().trigger());
      e.location().ifPresent(l -> assertThat(l.span().of(body)).isEqualTo(l.name()));
      assertThat(
              doc.parsed().sentences().get(e.sentenceIndex()).span().contains(e.evidence().span()))
          .isTrue();
      assertThat(e.docId()).isEqualTo("contract-1");
      assertThat(e.evidence().rule()).isNotBlank();
      assertThat(e.evidence().entries()).isNotEmpty();
    }
    for (Quote q : doc.quotes()) {
      assertThat(q.span().of(body)).isEqualTo(q.text());
      q.speakerSpan()
          .ifPresent(s -> assertThat(s.of(body)).isEqualTo(q.speakerText().orElseThrow()));
    }
    assertThat(checked)
        .contains("German Foreign Minister Heiko Maas", "He", "Sergei Lavrov", "Maas");
    assertThat(doc.events()).extracting(e -> e.type().cameoCode()).contains("040");
  }
}
