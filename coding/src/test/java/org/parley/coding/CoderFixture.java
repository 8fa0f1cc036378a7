package org.parley.coding;

import java.util.List;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.ontology.DataPack;

/**
 * The production coder (Phoenix dictionaries plus Parley's additions) loaded once per test JVM,
 * since loading takes about two seconds, and small look-ups over its output that the coder tests
 * share.
 */
public final class CoderFixture {
  private static Coder coder;

  private CoderFixture() {}

  public static synchronized Coder coder() {
    if (coder == null) {
      coder = new Coder(Dictionaries.phoenix(DataPack.fromEnvironment()));
    }
    return coder;
  }

  /** One sentence, a CoNLL-style block, coded as an article published on 2015-06-01. */
  public static CodedDocument code(String block) {
    return code("2015-06-01", block);
  }

  /** One sentence, a CoNLL-style block, coded as an article published on {@code published}. */
  public static CodedDocument code(String published, String block) {
    return coder().code(ParseBuilder.article("d", published).sentence(block).build());
  }

  /** The one mention of sentence {@code sentence} whose text is exactly {@code text}. */
  public static ActorMention mention(CodedDocument doc, int sentence, String text) {
    List<ActorMention> found =
        doc.mentions().stream()
            .filter(m -> m.sentence() == sentence && m.text().equals(text))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one mention '"
              + text
              + "' in sentence "
              + sentence
              + ", found "
              + found.size()
              + " among "
              + doc.mentions().stream().map(ActorMention::text).toList());
    }
    return found.get(0);
  }

  /** The events of one sentence, in coding order. */
  public static List<Event> events(CodedDocument doc, int sentence) {
    return doc.events().stream().filter(e -> e.sentenceIndex() == sentence).toList();
  }

  /**
   * One line per event: {@code CODE SOURCE_CODE>TARGET_CODE modality trigger}, for exact asserts.
   */
  public static List<String> summary(List<Event> events) {
    return events.stream()
        .map(
            e ->
                e.type().cameoCode()
                    + " "
                    + e.source().code()
                    + ">"
                    + e.target().map(t -> t.code().code()).orElse("-")
                    + " "
                    + e.modality().label()
                    + " "
                    + e.evidence().trigger())
        .toList();
  }
}
