package org.parley.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.model.Place;
import org.parley.model.Sentence;

/** Place mentions over hand-built UD parses, as CoreNLP 4.5 English would give them. */
class PlaceFinderTest {
  private static final PlaceFinder NO_ACTORS = new PlaceFinder(List.of());

  private static ParsedDocument parse(String block) {
    return ParseBuilder.article("d", "2019-04-25").sentence(block).build();
  }

  private static Optional<PlaceMention> find(ParsedDocument doc, int... hosts) {
    Sentence s = doc.sentences().get(0);
    return NO_ACTORS.find(s, doc.article().body(), java.util.Arrays.stream(hosts).boxed().toList());
  }

  @Test
  void findsTheCityOfALocativePhrase() {
    ParsedDocument doc =
        parse(
            """
            # text = Kim arrived in Moscow on Wednesday.
            1 Kim Kim NNP PERSON 2 nsubj
            2 arrived arrive VBD O 0 root
            3 in in IN O 4 case
            4 Moscow Moscow NNP CITY 2 obl
            5 on on IN O 6 case
            6 Wednesday Wednesday NNP DATE 2 obl
            7 . . . O 2 punct
            """);
    PlaceMention m = find(doc, 1).orElseThrow();
    assertThat(m.name()).isEqualTo("Moscow");
    assertThat(m.span().of(doc.article().body())).isEqualTo("Moscow");
    assertThat(m.qualifier()).isEmpty();
    assertThat(m.basis()).isEqualTo(PlaceMention.Basis.NER);
    assertThat(m.reason()).isEqualTo("locative phrase 'in' of the trigger");
  }

  @Test
  void keepsTheCountryAfterACommaAsQualifier() {
    ParsedDocument doc =
        parse(
            """
            # text = Putin had a summit with Kim in Vladivostok, Russia, on Thursday.
            1 Putin Putin NNP PERSON 2 nsubj
            2 had have VBD O 0 root
            3 a a DT O 4 det
            4 summit summit NN O 2 obj
            5 with with IN O 6 case
            6 Kim Kim NNP PERSON 4 nmod
            7 in in IN O 8 case
            8 Vladivostok Vladivostok NNP CITY 2 obl
            9 , , , O 8 punct
            10 Russia Russia NNP COUNTRY 8 appos
            11 , , , O 8 punct
            12 on on IN O 13 case
            13 Thursday Thursday NNP DATE 2 obl
            14 . . . O 2 punct
            """);
    PlaceMention m = find(doc, 3, 1).orElseThrow();
    String body = doc.article().body();
    assertThat(m.name()).isEqualTo("Vladivostok");
    assertThat(m.qualifier()).contains("Russia");
    assertThat(m.qualifierSpan().orElseThrow().of(body)).isEqualTo("Russia");
    assertThat(m.reason()).endsWith("; qualified by 'Russia'");
    assertThat(m.toPlace().name()).isEqualTo("Vladivostok");
  }

  @Test
  void keepsTheStateOfAnAmbiguousTownAsQualifier() {
    ParsedDocument doc =
        parse(
            """
            # text = The two leaders held talks in Paris, Texas.
            1 The the DT O 3 det
            2 two two CD NUMBER 3 nummod
            3 leaders leader NNS O 4 nsubj
            4 held hold VBD O 0 root
            5 talks talk NNS O 4 obj
            6 in in IN O 7 case
            7 Paris Paris NNP CITY 4 obl
            8 , , , O 7 punct
            9 Texas Texas NNP STATE_OR_PROVINCE 7 appos
            10 . . . O 4 punct
            """);
    PlaceMention m = find(doc, 4, 3).orElseThrow();
    assertThat(m.name()).isEqualTo("Paris");
    assertThat(m.qualifier()).contains("Texas");
  }

  @Test
  void takesATwoWordQualifierWholeAndAnAbbreviationInApposition() {
    ParsedDocument doc =
        parse(
            """
            # text = Officials met in San Jose, Costa Rica.
            1 Officials official NNS O 2 nsubj
            2 met meet VBD O 0 root
            3 in in IN O 5 case
            4 San San NNP CITY 5 compound
            5 Jose Jose NNP CITY 2 obl
            6 , , , O 5 punct
            7 Costa Costa NNP COUNTRY 8 compound
            8 Rica Rica NNP COUNTRY 5 appos
            9 . . . O 2 punct
            """);
    PlaceMention m = find(doc, 1).orElseThrow();
    assertThat(m.name()).isEqualTo("San Jose");
    assertThat(m.qualifier()).contains("Costa Rica");

    ParsedDocument dc =
        parse(
            """
            # text = Trump met Moon in Washington, D.C.
            1 Trump Trump NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 Moon Moon NNP PERSON 2 obj
            4 in in IN O 5 case
            5 Washington Washington NNP CITY 2 obl
            6 , , , O 5 punct
            7 D.C. D.C. NNP O 5 appos
            """);
    assertThat(find(dc, 1).orElseThrow().qualifier()).contains("D.C.");
  }

  @Test
  void aListOfCitiesOrADateAfterTheCommaIsNoQualifier() {
    ParsedDocument list =
        parse(
            """
            # text = Protests were held in Moscow, Minsk and Kyiv.
            1 Protests protest NNS O 3 nsubj:pass
            2 were be VBD O 3 aux:pass
            3 held hold VBN O 0 root
            4 in in IN O 5 case
            5 Moscow Moscow NNP CITY 3 obl
            6 , , , O 7 punct
            7 Minsk Minsk NNP CITY 5 conj
            8 and and CC O 9 cc
            9 Kyiv Kyiv NNP CITY 5 conj
            10 . . . O 3 punct
            """);
    PlaceMention m = find(list, 2).orElseThrow();
    assertThat(m.name()).isEqualTo("Moscow");
    assertThat(m.qualifier()).isEmpty();

    ParsedDocument dated =
        parse(
            """
            # text = The leaders met in Vladivostok, April 25.
            1 The the DT O 2 det
            2 leaders leader NNS O 3 nsubj
            3 met meet VBD O 0 root
            4 in in IN O 5 case
            5 Vladivostok Vladivostok NNP CITY 3 obl
            6 , , , O 7 punct
            7 April April NNP DATE 5 appos
            8 25 25 CD DATE 7 nummod
            9 . . . O 3 punct
            """);
    assertThat(find(dated, 2).orElseThrow().qualifier()).isEmpty();
  }

  @Test
  void aCapitalisedBuildingAfterAtIsACandidatePlaceWhateverTheTagger() {
    ParsedDocument doc =
        parse(
            """
            # text = Macron received Zelensky at the Elysee Palace on Monday.
            1 Macron Macron NNP PERSON 2 nsubj
            2 received receive VBD O 0 root
            3 Zelensky Zelensky NNP PERSON 2 obj
            4 at at IN O 7 case
            5 the the DT O 7 det
            6 Elysee Elysee NNP ORGANIZATION 7 compound
            7 Palace Palace NNP ORGANIZATION 2 obl
            8 on on IN O 9 case
            9 Monday Monday NNP DATE 2 obl
            10 . . . O 2 punct
            """);
    PlaceMention m = find(doc, 1).orElseThrow();
    assertThat(m.name()).isEqualTo("Elysee Palace");
    assertThat(m.basis()).isEqualTo(PlaceMention.Basis.NAME);
    assertThat(m.reason()).contains("'at'").contains("not tagged as a place");

    ParsedDocument hall =
        parse(
            """
            # text = Xi welcomed Putin at the Great Hall of the People.
            1 Xi Xi NNP PERSON 2 nsubj
            2 welcomed welcome VBD O 0 root
            3 Putin Putin NNP PERSON 2 obj
            4 at at IN O 7 case
            5 the the DT O 7 det
            6 Great Great NNP O 7 compound
            7 Hall Hall NNP O 2 obl
            8 of of IN O 10 case
            9 the the DT O 10 det
            10 People People NNP O 7 nmod
            11 . . . O 2 punct
            """);
    assertThat(find(hall, 1).orElseThrow().name()).isEqualTo("Great Hall of the People");
  }

  @Test
  void aPersonADateOrALowerCaseNounAfterAtIsNoPlace() {
    ParsedDocument person =
        parse(
            """
            # text = Biden lashed out at Trump on Monday.
            1 Biden Biden NNP PERSON 2 nsubj
            2 lashed lash VBD O 0 root
            3 out out RP O 2 compound:prt
            4 at at IN O 5 case
            5 Trump Trump NNP PERSON 2 obl
            6 on on IN O 7 case
            7 Monday Monday NNP DATE 2 obl
            8 . . . O 2 punct
            """);
    assertThat(find(person, 1)).isEmpty();

    ParsedDocument conference =
        parse(
            """
            # text = Putin met Xi at a conference in March.
            1 Putin Putin NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 Xi Xi NNP PERSON 2 obj
            4 at at IN O 6 case
            5 a a DT O 6 det
            6 conference conference NN O 2 obl
            7 in in IN O 8 case
            8 March March NNP DATE 2 obl
            9 . . . O 2 punct
            """);
    assertThat(find(conference, 1)).isEmpty();
  }

  @Test
  void listsEveryPlaceOfTheDocumentWithQualifiersAndSeatsTheDictionariesKnow() {
    ParsedDocument parsed =
        ParseBuilder.article("d", "2019-04-25")
            .sentence(
                """
                # text = Moon met Nikolai Patrushev at Cheong Wa Dae in Seoul.
                1 Moon Moon NNP PERSON 2 nsubj
                2 met meet VBD O 0 root
                3 Nikolai Nikolai NNP PERSON 4 compound
                4 Patrushev Patrushev NNP PERSON 2 obj
                5 at at IN O 6 case
                6 Cheong Cheong NNP PERSON 2 obl
                7 Wa Wa NNP PERSON 6 flat
                8 Dae Dae NNP PERSON 6 flat
                9 in in IN O 10 case
                10 Seoul Seoul NNP CITY 6 nmod
                11 . . . O 2 punct
                """)
            .sentence(
                """
                # text = Russian President Vladimir Putin met Kim in Vladivostok, Russia.
                1 Russian Russian JJ NATIONALITY 4 amod
                2 President President NNP TITLE 4 compound
                3 Vladimir Vladimir NNP PERSON 4 compound
                4 Putin Putin NNP PERSON 5 nsubj
                5 met meet VBD O 0 root
                6 Kim Kim NNP PERSON 5 obj
                7 in in IN O 8 case
                8 Vladivostok Vladivostok NNP CITY 5 obl
                9 , , , O 8 punct
                10 Russia Russia NNP COUNTRY 8 appos
                11 . . . O 5 punct
                """)
            .sentence(
                """
                # text = North Korea fired missiles toward South Korea and New York.
                1 North North NNP COUNTRY 2 compound
                2 Korea Korea NNP COUNTRY 3 nsubj
                3 fired fire VBD O 0 root
                4 missiles missile NNS O 3 obj
                5 toward toward IN O 7 case
                6 South South NNP COUNTRY 7 compound
                7 Korea Korea NNP COUNTRY 3 obl
                8 and and CC O 10 cc
                9 New New NNP CITY 10 compound
                10 York York NNP CITY 7 conj
                11 . . . O 3 punct
                """)
            .build();
    CodedDocument coded = CoderFixture.coder().code(parsed);
    List<PlaceMention> all = new PlaceFinder(coded.mentions()).all(parsed);
    String body = parsed.article().body();
    assertThat(all)
        .extracting(
            m ->
                m.sentence()
                    + " "
                    + m.name()
                    + " "
                    + m.basis()
                    + m.qualifier().map(q -> " (" + q + ")").orElse(""))
        .containsExactly(
            "0 Cheong Wa Dae ACTOR",
            "0 Seoul NER",
            "1 Vladivostok NER (Russia)",
            "1 Russia NER",
            "2 North Korea NER",
            "2 South Korea NER",
            "2 New York NER");
    for (PlaceMention m : all) {
      assertThat(m.span().of(body)).isEqualTo(m.name());
    }
  }

  @Test
  void theCoderLocatesEventsWithTheFinder() {
    CodedDocument atSeat =
        CoderFixture.code(
            "2019-04-25",
            """
            # text = Moon Jae-in met Nikolai Patrushev at Cheong Wa Dae.
            1 Moon Moon NNP PERSON 2 compound
            2 Jae-in Jae-in NNP PERSON 3 nsubj
            3 met meet VBD O 0 root
            4 Nikolai Nikolai NNP PERSON 5 compound
            5 Patrushev Patrushev NNP PERSON 3 obj
            6 at at IN O 7 case
            7 Cheong Cheong NNP PERSON 3 obl
            8 Wa Wa NNP PERSON 7 flat
            9 Dae Dae NNP PERSON 7 flat
            10 . . . O 3 punct
            """);
    List<Event> met = CoderFixture.events(atSeat, 0);
    assertThat(met).isNotEmpty();
    assertThat(met)
        .allSatisfy(e -> assertThat(e.location().map(Place::name)).contains("Cheong Wa Dae"));

    CodedDocument inTexas =
        CoderFixture.code(
            """
            # text = Obama met with Putin in Paris, Texas.
            1 Obama Obama NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 with with IN O 4 case
            4 Putin Putin NNP PERSON 2 obl
            5 in in IN O 6 case
            6 Paris Paris NNP CITY 2 obl
            7 , , , O 6 punct
            8 Texas Texas NNP STATE_OR_PROVINCE 6 appos
            9 . . . O 2 punct
            """);
    List<Event> talks = CoderFixture.events(inTexas, 0);
    assertThat(talks).isNotEmpty();
    Place where = talks.get(0).location().orElseThrow();
    assertThat(where.name()).isEqualTo("Paris");
    assertThat(where.reason())
        .isEqualTo("locative phrase 'in' of the trigger; qualified by 'Texas'");
  }
}
