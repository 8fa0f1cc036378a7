package org.parley.model;

/** A half-open range [begin, end) of character offsets into an article body. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (begin < 0) {
      throw new IllegalArgumentException("begin must be >= 0, was " + begin);
    }
    if (end < begin) {
      throw new IllegalArgumentException("end must be >= begin, was [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(CharSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public CharSpan union(CharSpan other) {
    return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** Shifts both ends by {@code delta}. */
  public CharSpan shift(int delta) {
    return new CharSpan(begin + delta, end + delta);
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}
