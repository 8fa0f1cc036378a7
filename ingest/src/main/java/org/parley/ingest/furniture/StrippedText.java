package org.parley.ingest.furniture;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.CharSpan;

/**
 * A text with its furniture removed.
 *
 * @param body the story text, paragraph breaks kept
 * @param removed the spans of the original cut to make {@code body}: sorted, non-overlapping, not
 *     adjacent, in original offsets; furniture plus the surplus whitespace around it
 * @param title the headline found above the story, if any
 * @param byline the author named by a byline, or else by a broadcast hand-off or sign-off
 * @param cuts the furniture lines and labels that were cut, with the rule that cut each
 */
public record StrippedText(
    String body,
    List<CharSpan> removed,
    Optional<String> title,
    Optional<String> byline,
    List<Cut> cuts) {
  public StrippedText {
    Objects.requireNonNull(body, "body");
    removed = List.copyOf(removed);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    cuts = List.copyOf(cuts);
  }
}
