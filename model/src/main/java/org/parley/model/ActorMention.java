package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mention of a (possible) actor in a sentence, with the code it resolved to and why. Tokens
 * {@code [startToken, endToken)} of sentence {@code sentence}; {@code head} is the token the
 * mention hangs on in the dependency parse. {@code kind} is what the mention is: person,
 * organization, country, place, role, pronoun. {@code entries} are the dictionary entries that
 * fired, in order of use.
 */
public record ActorMention(
    String docId,
    int sentence,
    int startToken,
    int endToken,
    int head,
    String text,
    CharSpan span,
    String kind,
    Optional<ActorCode> code,
    ResolvedBy resolvedBy,
    List<DictionaryEntry> entries,
    String reason) {
  public ActorMention {
    Objects.requireNonNull(docId, "docId");
    if (endToken <= startToken) {
      throw new IllegalArgumentException(
          "empty token range [" + startToken + ", " + endToken + ")");
    }
    if (head < startToken || head >= endToken) {
      throw new IllegalArgumentException(
          "head " + head + " outside [" + startToken + ", " + endToken + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(resolvedBy, "resolvedBy");
    entries = List.copyOf(entries);
    reason = reason == null ? "" : reason;
  }

  public boolean covers(int token) {
    return token >= startToken && token < endToken;
  }
}
