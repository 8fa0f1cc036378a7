package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateValue;
import org.parley.model.Dependency;
import org.parley.model.Diagnostic;
import org.parley.model.EntityMention;
import org.parley.model.ParsedDocument;
import org.parley.model.Quotation;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Runs the real CoreNLP pipeline over the seed articles (their publication dates are from the
 * manifest).
 */
class CoreNlpParserIT {
  private static CoreNlpParser parser;
  private static ParsedDocument kbs;
  private static ParsedDocument koreaTimes;

  @BeforeAll
  static void parseSeeds() throws IOException {
    parser = CoreNlpParser.create(NlpOptions.defaults().withThreads(2));
    kbs = parser.parse(seed("000_3e80e674ad0fd29e.txt", "2020-02-13"));
    koreaTimes = parser.parse(seed("002_25e455a933130707.txt", "2019-04-25"));
  }

  static Article seed(String file, String published) throws IOException {
    Path seeds = Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
    return article(file, Files.readString(seeds.resolve(file)), DateValue.parse(published));
  }

  static Article article(String id, String body, Optional<DateValue> published) {
    return new Article(
        id,
        id,
        Optional.empty(),
        Optional.empty(),
        published,
        "manifest",
        Optional.of("en"),
        Optional.empty(),
        Optional.empty(),
        body,
        "0",
        List.of());
  }

  @Test
  void everyTokenAndSentenceIsTheBodyTextAtItsSpan() {
    for (ParsedDocument doc : List.of(kbs, koreaTimes)) {
      String body = doc.article().body();
      assertThat(doc.sentences()).isNotEmpty();
      for (Sentence s : doc.sentences()) {
        assertThat(s.span().of(body)).isEqualTo(s.text());
        for (Token t : s.tokens()) {
          assertThat(t.span().of(body)).isEqualTo(t.word());
          assertThat(s.span().contains(t.span())).isTrue();
        }
      }
    }
  }

  @Test
  void resolvesWeekdaysAndMonthsAgainstThePublicationDate() {
    assertThat(values(kbs, "Wednesday"))
        .containsOnly(Optional.of(DateValue.parse("2020-02-12").get()));
    assertThat(values(kbs, "last February")).containsExactly(DateValue.parse("2019-02"));
    // "Kim Jong-un's declaration in December" (published 2020-02-13): SUTime picks the past
    // December.
    assertThat(values(kbs, "December")).containsExactly(DateValue.parse("2019-12"));
    assertThat(values(koreaTimes, "September 2017")).containsExactly(DateValue.parse("2017-09"));
    assertThat(values(koreaTimes, "last year")).containsExactly(DateValue.parse("2018"));
  }

  /** CoreNLP issue #1061: SUTime's past/future tag for "Tuesday" outlived the document. */
  @Test
  void aBareWeekdayIsDatedByItsOwnDocumentNotByTheOnesBefore() {
    Optional<DateValue> monday = DateValue.parse("2016-12-12");
    Article talks =
        article(
            "talks",
            "French National Assembly president Laurent Fabius and a group of deputies held talks"
                + " with leaders of Romania's new government on Tuesday, the first high level"
                + " Western delegation to visit Bucharest since last month's revolution.",
            monday);
    Article pact =
        article(
            "pact",
            "The United States and Jordan have agreed upon a new free-trade pact between the two"
                + " countries, the White House announced Tuesday.",
            monday);
    Article meeting =
        article("meeting", "The two foreign ministers will meet Tuesday in Amman.", monday);

    // SUTime tags its shared "Tuesday" past after "announced Tuesday" and future after "will meet
    // Tuesday"; "held talks ... on Tuesday" is too far from its verb for SUTime to tag it.
    List<TimeExpression> first = times(parser.parse(talks));
    parser.parse(pact);
    List<TimeExpression> afterPast = times(parser.parse(talks));
    parser.parse(meeting);
    List<TimeExpression> afterFuture = times(parser.parse(talks));

    assertThat(afterPast).isEqualTo(first);
    assertThat(afterFuture).isEqualTo(first);
    Optional<DateValue> lastTuesday = DateValue.parse("2016-12-06");
    assertThat(values(parser.parse(talks), "Tuesday")).containsExactly(lastTuesday);
    assertThat(values(parser.parse(pact), "Tuesday")).containsExactly(lastTuesday);
    assertThat(values(parser.parse(meeting), "Tuesday"))
        .containsExactly(DateValue.parse("2016-12-13"));
  }

  @Test
  void leavesDatesUnresolvedWithoutAPublicationDay() {
    Article undated = article("undated", kbs.article().body(), Optional.empty());
    assertThat(values(parser.parse(undated), "Wednesday")).containsOnly(Optional.empty());
    assertThat(parser.parse(undated).provenance()).containsEntry("docDate", "none");
  }

  @Test
  void findsTheSoundBiteQuoteOverTwoSentences() {
    Quotation q = quoteStarting(kbs, "There are bilateral issues");
    assertThat(q.text())
        .isEqualTo(
            "There are bilateral issues that need to be discussed and this year marks the 30th"
                + " anniversary of diplomatic relations. We will also discuss President Putin's visit to"
                + " South Korea.");
    assertThat(q.span().of(kbs.article().body())).isEqualTo(q.text());
    assertThat(q.lastSentence()).isEqualTo(q.firstSentence() + 1);
    assertThat(kbs.sentences().get(q.lastSentence()).text())
        .isEqualTo("We will also discuss President Putin's visit to South Korea.\"");
  }

  @Test
  void findsCurlyQuotesIncludingOneOverTwoSentences() {
    Quotation q = quoteStarting(koreaTimes, "Japan might well jump");
    assertThat(q.text()).endsWith("Japan passing as it were,");
    assertThat(q.lastSentence()).isEqualTo(q.firstSentence() + 1);
    assertThat(koreaTimes.quotations())
        .extracting(Quotation::text)
        .contains("secret proposal", "the definition of denuclearization");
  }

  @Test
  void tagsKimHyunChongAsAPerson() {
    assertThat(kbs.entities())
        .filteredOn(e -> e.text().equals("Kim Hyun-chong"))
        .extracting(EntityMention::type)
        .containsOnly("PERSON")
        .hasSize(2);
  }

  @Test
  void theSubjectOfArrivedIsKimHyunChong() {
    Sentence s = sentenceContaining(kbs, "arrived in Moscow");
    int arrived = tokenIndex(s, "arrived");
    List<Dependency> subjects =
        s.children(arrived).stream().filter(d -> d.relation().equals("nsubj")).toList();
    assertThat(subjects).hasSize(1);
    int subject = subjects.get(0).dependent();
    EntityMention kim =
        kbs.entities().stream()
            .filter(
                e ->
                    e.sentence() == s.index()
                        && e.startToken() <= subject
                        && subject < e.endToken())
            .findFirst()
            .orElseThrow();
    assertThat(kim.text()).isEqualTo("Kim Hyun-chong");
    assertThat(s.headEdge(tokenIndex(s, "Moscow")))
        .contains(new Dependency(arrived, tokenIndex(s, "Moscow"), "obl"));
    assertThat(s.dependencies()).filteredOn(d -> d.governor() == -1).hasSize(1);
    assertThat(s.dependencies()).hasSize(s.tokens().size());
  }

  @Test
  void keepsSubtypedRelations() {
    assertThat(kbs.sentences().stream().flatMap(s -> s.dependencies().stream()))
        .extracting(Dependency::relation)
        .contains("nmod:poss", "compound", "nsubj:pass");
  }

  @Test
  void recordsProvenance() {
    assertThat(kbs.provenance())
        .containsEntry("corenlp.version", "4.5.10")
        .containsEntry("annotators", "tokenize,ssplit,pos,lemma,ner,depparse")
        .containsEntry("docDate", "2020-02-13")
        .containsEntry("lineWrapping", "paragraph-per-line")
        .containsEntry("sentencesOverCap", "0");
  }

  @Test
  void anUnknownParserModelFailsAtCreationNamingIt() {
    assertThatThrownBy(
            () ->
                CoreNlpParser.create(new NlpOptions(true, true, true, 1, 250, "no/such/model.gz")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "dependencyModel 'no/such/model.gz' is neither on the classpath nor a file");
  }

  @Test
  void anEmptyBodyGivesNoSentences() {
    ParsedDocument doc = parser.parse(article("empty", " \n ", DateValue.parse("2020-02-13")));
    assertThat(doc.sentences()).isEmpty();
    assertThat(doc.entities()).isEmpty();
    assertThat(doc.provenance()).containsKey("corenlp.version");
  }

  @Test
  void aSentenceOverTheCapKeepsItsTokensWithoutAnalysisAndIsReported() {
    String longOne = "Talks resumed " + "and talks continued ".repeat(100) + "in Moscow.";
    String body = "Kim arrived in Moscow.\n" + longOne;
    List<Diagnostic> diagnostics = new ArrayList<>();
    ParsedDocument doc =
        parser.parse(article("long", body, DateValue.parse("2020-02-13")), diagnostics::add);
    assertThat(doc.sentences()).hasSize(2);
    Sentence capped = doc.sentences().get(1);
    assertThat(capped.tokens()).hasSize(305);
    assertThat(capped.dependencies()).isEmpty();
    assertThat(capped.tokens()).allSatisfy(t -> assertThat(t.pos()).isEmpty());
    assertThat(doc.sentences().get(0).dependencies()).hasSize(5);
    assertThat(diagnostics)
        .extracting(Diagnostic::located)
        .containsExactly(
            "long:long (offset 23): sentence of 305 tokens is over the cap of 250: no POS, NER or"
                + " dependencies");
    assertThat(doc.provenance()).containsEntry("sentencesOverCap", "1");
  }

  @Test
  void hardWrappedTextIsSplitAtSentencesNotLines() {
    String body =
        "The minister arrived in Moscow on Wednesday for talks with his\n"
            + "Russian counterpart on the stalled negotiations, officials said,\n"
            + "adding that a joint statement was expected later in the week\n"
            + "after the two sides meet again.\n"
            + "\n"
            + "Both sides declined to comment on the details of the proposal\n"
            + "ahead of the meeting.\n";
    ParsedDocument doc = parser.parse(article("wrapped", body, DateValue.parse("2020-02-13")));
    assertThat(doc.provenance()).containsEntry("lineWrapping", "hard-wrapped");
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.sentences().get(1).text())
        .isEqualTo(
            "Both sides declined to comment on the details of the proposal\nahead of the meeting.");
  }

  @Test
  void parsingOnTwoThreadsGivesTheSameDocumentsAsOneThread() {
    List<Article> articles = List.of(kbs.article(), koreaTimes.article(), kbs.article());
    List<ParsedDocument> parallel = parser.parseAll(articles, d -> {});
    assertThat(parallel).containsExactly(kbs, koreaTimes, kbs);
  }

  private static List<Optional<DateValue>> values(ParsedDocument doc, String text) {
    return doc.sentences().stream()
        .flatMap(s -> s.times().stream())
        .filter(t -> t.text().equals(text))
        .map(TimeExpression::value)
        .toList();
  }

  private static List<TimeExpression> times(ParsedDocument doc) {
    return doc.sentences().stream().flatMap(s -> s.times().stream()).toList();
  }

  private static Quotation quoteStarting(ParsedDocument doc, String prefix) {
    return doc.quotations().stream()
        .filter(q -> q.text().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private static Sentence sentenceContaining(ParsedDocument doc, String text) {
    return doc.sentences().stream().filter(s -> s.text().contains(text)).findFirst().orElseThrow();
  }

  private static int tokenIndex(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
  }
}
