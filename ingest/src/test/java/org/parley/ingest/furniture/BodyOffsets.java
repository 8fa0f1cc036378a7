package org.parley.ingest.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.CharSpan;

/** The property every stripped body must have: each body offset maps back to the same character. */
public final class BodyOffsets {
  private BodyOffsets() {}

  public static void assertMapsBack(String original, String body, List<CharSpan> removed) {
    Article article =
        new Article(
            "t",
            "t",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "unknown",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            body,
            "0",
            removed);
    for (int i = 0; i < body.length(); i++) {
      int o = article.toOriginalOffset(i);
      assertThat(original.charAt(o))
          .as("body[%d] maps to original[%d]", i, o)
          .isEqualTo(body.charAt(i));
    }
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (CharSpan span : removed) {
      assertThat(span.begin()).as("spans sorted and apart").isGreaterThan(at == 0 ? -1 : at);
      rebuilt.append(original, at, span.begin());
      at = span.end();
    }
    rebuilt.append(original.substring(at));
    assertThat(rebuilt.toString()).isEqualTo(body);
  }

  public static void assertMapsBack(String original, StrippedText stripped) {
    assertMapsBack(original, stripped.body(), stripped.removed());
  }
}
