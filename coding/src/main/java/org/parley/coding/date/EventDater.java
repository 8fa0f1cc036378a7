package org.parley.coding.date;

import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.DateValue;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/**
 * Dates an event. A time expression counts when one of its tokens is in the trigger's clause (so
 * "on Wednesday" dates "arrived" but a date inside a relative clause about something else does
 * not); of several, the one nearest the trigger. Otherwise the event takes the publication date,
 * which says only that it was reported by then.
 */
public final class EventDater {
  /** A date with where it came from. */
  public record Dated(
      Optional<DateValue> date, String source, Optional<TimeExpression> expression) {}

  public Dated date(Article article, Sentence s, List<Integer> clause, int trigger) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : s.times()) {
      if (t.value().isEmpty()) {
        continue;
      }
      for (int tok = t.startToken(); tok < t.endToken(); tok++) {
        if (clause.contains(tok)) {
          int distance = Math.abs(tok - trigger);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = t;
          }
          break;
        }
      }
    }
    if (best != null) {
      return new Dated(best.value(), "time_expression", Optional.of(best));
    }
    if (article.published().isPresent()) {
      return new Dated(article.published(), "publication", Optional.empty());
    }
    return new Dated(Optional.empty(), "unknown", Optional.empty());
  }
}
