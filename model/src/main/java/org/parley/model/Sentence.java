package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One parsed sentence: its tokens, UD dependency edges and time expressions. */
public record Sentence(
    int index,
    String text,
    CharSpan span,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeExpression> times) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException(
            "dependency " + d + " outside " + tokens.size() + " tokens");
      }
    }
  }

  /** The edge whose dependent is {@code token}, if the token is attached. */
  public Optional<Dependency> headEdge(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Edges whose governor is {@code token}, in token order of the dependents. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** Character span covering tokens {@code [from, to)}. */
  public CharSpan spanOf(int from, int to) {
    return new CharSpan(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
  }
}
