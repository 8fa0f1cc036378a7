package org.parley.model;

import java.util.Objects;

/**
 * The source or target of an event: the words, where they are, and the actor code they resolved to.
 */
public record EventParticipant(String text, CharSpan span, ActorCode code, ResolvedBy resolvedBy) {
  public EventParticipant {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(resolvedBy, "resolvedBy");
  }

  public static EventParticipant of(ActorMention m) {
    return new EventParticipant(
        m.text(),
        m.span(),
        m.code()
            .orElseThrow(
                () -> new IllegalArgumentException("mention '" + m.text() + "' has no code")),
        m.resolvedBy());
  }
}
