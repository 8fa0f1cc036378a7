package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Why an event exists: the trigger words and their span, the rule (pattern) that fired, the
 * dictionary entries used (verb pattern, actor entries), and the cues that set its modality.
 */
public record Evidence(
    String trigger,
    CharSpan span,
    String rule,
    List<DictionaryEntry> entries,
    List<String> modalityCues) {
  public Evidence {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    entries = List.copyOf(entries);
    modalityCues = List.copyOf(modalityCues);
  }
}
