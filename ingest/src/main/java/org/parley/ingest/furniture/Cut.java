package org.parley.ingest.furniture;

import java.util.Objects;
import org.parley.model.CharSpan;

/**
 * One piece of furniture cut from a text, in original-text offsets, and the rule that cut it (one
 * of the {@code RULE_} names of {@link FurnitureStripper}).
 */
public record Cut(CharSpan span, String rule, String text) {
  public Cut {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }
}
