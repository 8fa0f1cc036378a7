package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells paragraph-per-line text from hard-wrapped text (lines broken at a fixed width inside
 * paragraphs, as in e-mail and wire copy), because the two need different sentence splitting.
 * Parley splits sentences at every newline: ingest writes one paragraph a line, and headlines,
 * datelines and captions carry no final period, so breaking only at punctuation would glue them to
 * the next sentence. In hard-wrapped text that rule would cut sentences in half, so the wrapped
 * line breaks are blanked out first ({@link #unwrap}).
 *
 * <p>The test: among non-blank lines that are followed by another non-blank line (a line that could
 * be a wrap), at least 3 exist, the longest line of the text is at most {@value #MAX_WRAP_WIDTH}
 * characters and at least {@value #MIN_WRAP_WIDTH}, at least 60% of those lines reach 60% of the
 * longest line, and at least half end without sentence-final punctuation. Paragraph-per-line news
 * has paragraphs far longer than any wrap width.
 */
public final class LineWrapping {
  static final int MAX_WRAP_WIDTH = 100;
  static final int MIN_WRAP_WIDTH = 40;

  private LineWrapping() {}

  /** Whether {@code text} looks hard-wrapped (see the class comment for the test). */
  public static boolean isHardWrapped(String text) {
    List<String> lines = lines(text);
    int longest = 0;
    for (String l : lines) {
      longest = Math.max(longest, l.strip().length());
    }
    if (longest > MAX_WRAP_WIDTH || longest < MIN_WRAP_WIDTH) {
      return false;
    }
    int inner = 0;
    int full = 0;
    int open = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || lines.get(i + 1).isBlank()) {
        continue;
      }
      inner++;
      if (line.length() >= longest * 0.6) {
        full++;
      }
      if (!endsSentence(line)) {
        open++;
      }
    }
    return inner >= 3 && full >= inner * 0.6 && open >= inner * 0.5;
  }

  /**
   * Replaces each line break that sits between two non-blank lines by spaces, keeping the text's
   * length and therefore every character offset; blank lines (paragraph breaks) stay.
   */
  public static String unwrap(String text) {
    char[] out = text.toCharArray();
    int lineStart = 0;
    boolean previousBlank = true;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        String line = text.substring(lineStart, i);
        boolean blank = line.isBlank();
        if (!blank && !previousBlank) {
          // the break before this line is a wrap: blank the "\n" (and a "\r" before it)
          int nl = lineStart - 1;
          out[nl] = ' ';
          if (nl > 0 && out[nl - 1] == '\r') {
            out[nl - 1] = ' ';
          }
        }
        previousBlank = blank;
        lineStart = i + 1;
      }
    }
    return new String(out);
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?:;\"'\u201d\u2019)".indexOf(last) >= 0;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
