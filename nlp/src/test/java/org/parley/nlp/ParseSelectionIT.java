package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateValue;
import org.parley.model.ParseSelector;
import org.parley.model.ParsedDocument;
import org.parley.model.Token;

/**
 * The dependency parse run over the sentences a {@link ParseSelector} chooses: the others keep
 * everything but the parse.
 */
class ParseSelectionIT {
  private static final String TEXT =
      "Putin met Xi in Beijing on Monday. Russia accused Ukraine of shelling Donetsk on Friday.\n"
          + "\u201cWe will talk,\u201d he said. Nothing else happened.";

  private static CoreNlpParser all;
  private static List<BitSet> quotedSeen;
  private static CoreNlpParser firstOnly;

  @BeforeAll
  static void build() {
    all = CoreNlpParser.create(NlpOptions.defaults());
    quotedSeen = new ArrayList<>();
    firstOnly =
        CoreNlpParser.create(
            NlpOptions.defaults(),
            (List<List<Token>> sentences, BitSet quoted) -> {
              synchronized (quotedSeen) {
                quotedSeen.add((BitSet) quoted.clone());
              }
              BitSet b = new BitSet();
              b.set(0);
              return b;
            });
  }

  private static Article article() {
    return CoreNlpParserIT.article("sel", TEXT, DateValue.parse("2020-02-13"));
  }

  @Test
  void aSentenceLeftOutHasItsTokensTagsAndTimesButNoParse() {
    ParsedDocument full = all.parse(article());
    ParsedDocument some = firstOnly.parse(article());
    assertThat(some.sentences()).hasSize(full.sentences().size()).hasSize(4);
    assertThat(some.sentences().get(0).dependencies())
        .isNotEmpty()
        .isEqualTo(full.sentences().get(0).dependencies());
    for (int i = 1; i < 4; i++) {
      assertThat(some.sentences().get(i).dependencies()).isEmpty();
      assertThat(some.sentences().get(i).tokens()).isEqualTo(full.sentences().get(i).tokens());
      // The same time expressions; only the value of a bare weekday or month name may differ, as
      // CalendarNames reads its direction from the tense of the verb it depends on.
      assertThat(some.sentences().get(i).times())
          .extracting(t -> t.text() + " " + t.span())
          .isEqualTo(
              full.sentences().get(i).times().stream()
                  .map(t -> t.text() + " " + t.span())
                  .toList());
    }
    // "accused ... on Friday": the past Friday with the parse, the coming one without it
    assertThat(full.sentences().get(1).times().get(0).value().get().value())
        .isEqualTo("2020-02-07");
    assertThat(some.sentences().get(1).times().get(0).value().get().value())
        .isEqualTo("2020-02-14");
    assertThat(some.sentences().get(1).tokens().stream().map(Token::ner)).contains("LOCATION");
    assertThat(some.sentences().get(1).tokens().stream().map(Token::pos)).contains("VBD");
    assertThat(some.entities()).isEqualTo(full.entities());
    assertThat(some.quotations()).isEqualTo(full.quotations());
    assertThat(some.provenance()).containsEntry("sentencesParsed", "1");
    assertThat(full.provenance()).containsEntry("sentencesParsed", "4");
    assertThat(full.provenance()).containsEntry("depparse.sentences", "all");
  }

  @Test
  void theSelectorIsToldTheQuotationsSentencesAndTheNextOne() {
    firstOnly.parse(article());
    synchronized (quotedSeen) {
      BitSet expected = new BitSet();
      expected.set(2);
      expected.set(3);
      assertThat(quotedSeen.get(quotedSeen.size() - 1)).isEqualTo(expected);
    }
  }

  @Test
  void theBasicGraphIsTheOneTheDepparseAnnotatorMakes() throws IOException {
    // The parser is called directly for the basic graph alone; the seeds' sentences must get the
    // graph CoreNLP's depparse annotator (which also makes four others) gives them.
    Properties props = CoreNlpParser.properties(NlpOptions.defaults());
    props.setProperty("annotators", props.getProperty("annotators") + ",depparse");
    props.setProperty("depparse.model", NlpOptions.ENGLISH_UD);
    StanfordCoreNLP annotator = new StanfordCoreNLP(props);
    Properties dep = new Properties();
    dep.setProperty("model", NlpOptions.ENGLISH_UD);
    DependencyParser parser = DependencyParser.loadFromModelFile(NlpOptions.ENGLISH_UD, dep);
    int compared = 0;
    for (String seed : List.of("000_3e80e674ad0fd29e.txt", "002_25e455a933130707.txt")) {
      Article a = CoreNlpParserIT.seed(seed, "2020-02-13");
      Annotation doc = new Annotation(LineWrapping.unwrap(a.body()));
      annotator.annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        SemanticGraph expected =
            s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph mine = CoreNlpParser.basicDependencies(parser, s);
        assertThat(mine.toList()).isEqualTo(expected.toList());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(30);
  }
}
