package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.CharSpan;

/**
 * Finds double-quoted passages in paragraph text, with straight ("...") or curly (“...”) marks,
 * including the news convention for a quote running over several paragraphs: each paragraph of it
 * opens with a quote mark and only the last one closes. CoreNLP's QuoteAnnotator takes that
 * continuing mark for a closing one, which cuts the first paragraph's quote at the wrong place and
 * loses the rest, hence this finder.
 *
 * <p>The text must mark paragraph breaks, and nothing else, with '\n' ({@link LineWrapping#unwrap}
 * gives that for hard-wrapped text). A quote still open at a paragraph break whose next paragraph
 * does not open with a mark is unclosed and dropped, as is one open at the end of the text. Single
 * quotes are not read: in news they are mostly apostrophes or quotes inside quotes.
 */
public final class QuoteFinder {
  /** One quotation: the span inside the marks, and its text with continuation marks removed. */
  public record Found(CharSpan span, String text) {}

  private enum Mark {
    OPEN,
    CLOSE,
    NONE
  }

  private QuoteFinder() {}

  /** The quotations in {@code text}, in text order. */
  public static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int open = -1;
    boolean brokeParagraph = false;
    boolean atLineStart = true;
    List<Integer> continuations = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        brokeParagraph = open >= 0;
        atLineStart = true;
        continue;
      }
      if (Character.isWhitespace(c)) {
        continue;
      }
      Mark mark = classify(text, i);
      if (open >= 0 && brokeParagraph) {
        brokeParagraph = false;
        if (mark == Mark.OPEN && atLineStart) {
          continuations.add(i);
          atLineStart = false;
          continue;
        }
        open = -1;
        continuations.clear();
      }
      atLineStart = false;
      if (mark == Mark.OPEN && (open < 0 || c == '\u201c')) {
        open = i;
        continuations.clear();
      } else if (mark != Mark.NONE && open >= 0) {
        found(text, open + 1, i, continuations).ifPresent(out::add);
        open = -1;
        continuations.clear();
      }
    }
    return out;
  }

  private static java.util.Optional<Found> found(
      String text, int begin, int end, List<Integer> continuations) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin >= end) {
      return java.util.Optional.empty();
    }
    StringBuilder sb = new StringBuilder(end - begin);
    for (int i = begin; i < end; i++) {
      if (!continuations.contains(i)) {
        sb.append(text.charAt(i));
      }
    }
    return java.util.Optional.of(new Found(new CharSpan(begin, end), sb.toString()));
  }

  /**
   * Curly marks say their direction. A straight mark opens after a space, line start or opening
   * bracket and before a non-space; otherwise it closes.
   */
  private static Mark classify(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201c') {
      return Mark.OPEN;
    }
    if (c == '\u201d') {
      return Mark.CLOSE;
    }
    if (c != '"') {
      return Mark.NONE;
    }
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    char after = i + 1 == text.length() ? ' ' : text.charAt(i + 1);
    boolean opensAfter = Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0;
    return opensAfter && !Character.isWhitespace(after) ? Mark.OPEN : Mark.CLOSE;
  }
}
