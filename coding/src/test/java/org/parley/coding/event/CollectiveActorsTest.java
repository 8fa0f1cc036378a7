package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.events;
import static org.parley.coding.CoderFixture.mention;
import static org.parley.coding.CoderFixture.summary;

import org.junit.jupiter.api.Test;
import org.parley.coding.CoderFixture;
import org.parley.model.CodedDocument;

/**
 * Peoples and crowds as actors: a nationality in the plural names its country ("ethnic Albanians"),
 * and a quantity stands for what it counts ("thousands of Iraqi Kurds").
 */
class CollectiveActorsTest {
  private static CodedDocument code(String block) {
    return CoderFixture.code("1990-06-01", block);
  }

  @Test
  void pluralNationalityNamesItsCountry() {
    CodedDocument doc =
        code(
            """
            # text = Ethnic Albanians demonstrated against Belgrade.
            1 Ethnic ethnic JJ O 2 amod
            2 Albanians Albanian NNPS MISC 3 nsubj
            3 demonstrated demonstrate VBD O 0 root
            4 against against IN O 5 case
            5 Belgrade Belgrade NNP CITY 3 obl
            6 . . . O 3 punct
            """);
    assertThat(mention(doc, 0, "Ethnic Albanians").code().get().code()).isEqualTo("ALB");
    assertThat(summary(events(doc, 0))).isNotEmpty().allMatch(e -> e.contains(" ALB>"));
  }

  @Test
  void quantityStandsForWhatItCounts() {
    // CoreNLP: Thousands <-nsubj- demonstrated; Kurds <-nmod- Thousands; Iraqi <-amod- Kurds.
    CodedDocument doc =
        code(
            """
            # text = Thousands of Iraqi Kurds demonstrated in Kirkuk.
            1 Thousands thousand NNS O 5 nsubj
            2 of of IN O 4 case
            3 Iraqi Iraqi JJ MISC 4 amod
            4 Kurds Kurd NNPS MISC 1 nmod
            5 demonstrated demonstrate VBD O 0 root
            6 in in IN O 7 case
            7 Kirkuk Kirkuk NNP CITY 5 obl
            8 . . . O 5 punct
            """);
    assertThat(summary(events(doc, 0))).anyMatch(e -> e.startsWith("141 IRQ"));
  }

  @Test
  void aRoleWithAnOfPhraseInItsNameIsOneActor() {
    // "Minister of Foreign Affairs" is one agent phrase, though UD makes "Affairs" a dependent.
    CodedDocument doc =
        code(
            """
            # text = The Minister of Foreign Affairs of Kenya criticized Uganda.
            1 The the DT O 2 det
            2 Minister Minister NNP O 8 nsubj
            3 of of IN O 5 case
            4 Foreign Foreign NNP O 5 compound
            5 Affairs Affairs NNP O 2 nmod
            6 of of IN O 7 case
            7 Kenya Kenya NNP COUNTRY 2 nmod
            8 criticized criticize VBD O 0 root
            9 Uganda Uganda NNP COUNTRY 8 obj
            10 . . . O 8 punct
            """);
    assertThat(mention(doc, 0, "The Minister of Foreign Affairs").code().get().code())
        .isEqualTo("KENGOV");
    assertThat(summary(events(doc, 0))).isNotEmpty().allMatch(e -> e.contains("KENGOV>UGA"));
  }
}
