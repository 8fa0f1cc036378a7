package org.parley.model;

/**
 * A run of body characters copied one for one from the source document: body offsets {@code
 * [bodyBegin, bodyBegin + length)} are source offsets {@code [sourceBegin, sourceBegin + length)}.
 * An HTML page's body is made of such runs (one per text node, split at entities), since markup,
 * collapsed white space and decoded entities make the body no mere subsequence of the page.
 */
public record SourceSegment(int bodyBegin, int sourceBegin, int length) {
  public SourceSegment {
    if (bodyBegin < 0 || sourceBegin < 0 || length < 0) {
      throw new IllegalArgumentException(
          "offsets and length must be >= 0, were "
              + bodyBegin
              + ", "
              + sourceBegin
              + ", "
              + length);
    }
  }

  public int bodyEnd() {
    return bodyBegin + length;
  }

  /**
   * The source offset of {@code bodyOffset} through {@code segments} (sorted by body offset): its
   * place in the run holding it; a character of no run (a paragraph break an extractor added) maps
   * to just after the run before it, and one before every run to the first run's start.
   */
  public static int toSource(java.util.List<SourceSegment> segments, int bodyOffset) {
    if (segments.isEmpty()) {
      return 0;
    }
    int lo = 0;
    int hi = segments.size() - 1;
    int before = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (segments.get(mid).bodyBegin() <= bodyOffset) {
        before = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (before < 0) {
      return segments.get(0).sourceBegin();
    }
    SourceSegment s = segments.get(before);
    if (bodyOffset < s.bodyEnd()) {
      return s.sourceBegin() + (bodyOffset - s.bodyBegin());
    }
    return s.sourceBegin() + s.length();
  }
}
