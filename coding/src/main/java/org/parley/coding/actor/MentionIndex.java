package org.parley.coding.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorMention;

/**
 * Finds the actor mention at a token: the mention headed by it, else the smallest one covering it.
 * A phrase that names several actors ("the presidents of Iraq and Egypt") has one mention for each,
 * all with the phrase's head: {@link #at} gives the first, {@link #allCoded} all of them.
 */
public final class MentionIndex {
  private final Map<Integer, List<ActorMention>> bySentence = new HashMap<>();

  public MentionIndex(List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
  }

  public Optional<ActorMention> at(int sentence, int token) {
    List<ActorMention> ms = bySentence.getOrDefault(sentence, List.of());
    ActorMention best = null;
    for (ActorMention m : ms) {
      if (m.head() == token) {
        return Optional.of(m);
      }
      if (m.covers(token)
          && (best == null
              || m.endToken() - m.startToken() < best.endToken() - best.startToken())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The mention at {@code token} when it has an actor code. */
  public Optional<ActorMention> coded(int sentence, int token) {
    return at(sentence, token).filter(m -> m.code().isPresent());
  }

  /**
   * Every coded mention at {@code token}: those headed by it, in reading order (several when one
   * phrase names several actors: "US and British activists" is a US and a British one), else the
   * smallest coded one covering it.
   */
  public List<ActorMention> allCoded(int sentence, int token) {
    List<ActorMention> headed = new ArrayList<>();
    for (ActorMention m : bySentence.getOrDefault(sentence, List.of())) {
      if (m.head() == token) {
        headed.add(m);
      }
    }
    if (headed.isEmpty()) {
      return coded(sentence, token).map(List::of).orElse(List.of());
    }
    return headed.stream().filter(m -> m.code().isPresent()).toList();
  }

  /**
   * The coded names of a hyphenated pair at {@code token} ("Putin" and "Kim" in "Putin-Kim"), in
   * order; empty unless both resolved.
   */
  public List<ActorMention> pairAt(int sentence, int token) {
    List<ActorMention> parts = new ArrayList<>();
    for (ActorMention m : bySentence.getOrDefault(sentence, List.of())) {
      if (m.head() == token
          && m.startToken() == token
          && m.endToken() == token + 1
          && m.code().isPresent()
          && m.text().indexOf('-') < 0) {
        parts.add(m);
      }
    }
    return parts.size() == 2 ? parts : List.of();
  }

  public List<ActorMention> inSentence(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }
}
