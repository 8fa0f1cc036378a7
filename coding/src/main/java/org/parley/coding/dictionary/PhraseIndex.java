package org.parley.coding.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A word trie from normalised phrases ({@link PhraseWords}) to entries. A lookup walks the trie
 * over the words of successive tokens and accepts a phrase only where it ends on a token boundary,
 * so that the token range it reports is exact even when a token holds several words.
 */
final class PhraseIndex<T> {
  private static final class Node<T> {
    private Map<String, Node<T>> children;
    private T value;

    Node<T> child(String word) {
      return children == null ? null : children.get(word);
    }

    Node<T> childOrNew(String word) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(word, w -> new Node<>());
    }
  }

  private final Node<T> root = new Node<>();
  private int size;

  /** Stores {@code value} under {@code words}; returns the value it replaced, if any. */
  Optional<T> put(List<String> words, T value) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words must not be empty");
    }
    Node<T> node = root;
    for (String w : words) {
      node = node.childOrNew(w);
    }
    T old = node.value;
    node.value = Objects.requireNonNull(value, "value");
    if (old == null) {
      size++;
    }
    return Optional.ofNullable(old);
  }

  /** The entry stored under exactly these normalised words. */
  Optional<T> get(List<String> words) {
    Node<T> node = root;
    for (String w : words) {
      node = node.child(w);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node.value);
  }

  int size() {
    return size;
  }

  /** The longest phrase starting at token {@code start} and ending on a token boundary. */
  Optional<PhraseMatch<T>> longestMatch(List<String> tokens, int start) {
    Objects.requireNonNull(tokens, "tokens");
    if (start < 0 || start > tokens.size()) {
      throw new IndexOutOfBoundsException(
          "start " + start + " is outside the " + tokens.size() + " tokens");
    }
    Node<T> node = root;
    T best = null;
    int bestEnd = -1;
    for (int t = start; t < tokens.size() && node != null; t++) {
      for (String w : PhraseWords.ofToken(tokens.get(t))) {
        node = node.child(w);
        if (node == null) {
          break;
        }
      }
      if (node != null && node.value != null) {
        best = node.value;
        bestEnd = t + 1;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new PhraseMatch<>(best, start, bestEnd));
  }

  /**
   * Longest matches from left to right, none overlapping: after a match the scan goes on at its
   * end.
   */
  List<PhraseMatch<T>> findAll(List<String> tokens) {
    List<PhraseMatch<T>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<PhraseMatch<T>> m = longestMatch(tokens, i);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().end();
      } else {
        i++;
      }
    }
    return out;
  }
}
