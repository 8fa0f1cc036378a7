package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.model.SourceSegment;

/**
 * Builds the body one character at a time, each with the source position it came from, collapsing
 * runs of white space the way a browser shows them, and joins the kept paragraphs with a blank
 * line. A collapsed white-space run keeps the position of its first character; a character that
 * comes from no single source character (an entity's second character, a break between inline
 * elements) has position -1 and falls outside every {@link SourceSegment}.
 */
final class MappedText {
  static final String PARAGRAPH_BREAK = "\n\n";

  /**
   * A position at or below this marks a character that stands for a longer source text (an entity):
   * {@code ALONE_OFFSET - position}. It gets a segment of its own, so that no segment claims that
   * the characters after it are copied one for one.
   */
  static final int ALONE_OFFSET = -2;

  /** The position to pass to {@link #append} for a character read from the source at {@code at}. */
  static int alone(int at) {
    return ALONE_OFFSET - at;
  }

  /** A finished paragraph, the source position of each of its characters, and its block. */
  record Paragraph(String text, int[] sources, Block block, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  /** What kind of element a paragraph came from, which the filters ask about. */
  record Block(String tag, boolean heading, boolean listItem) {}

  private final StringBuilder current = new StringBuilder();
  private int[] currentSources = new int[64];
  private boolean pendingSpace;
  private int pendingSpaceSource = -1;
  private final List<Paragraph> ended = new ArrayList<>();
  private int linkChars;

  private final StringBuilder body = new StringBuilder();
  private final List<SourceSegment> segments = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();

  /** Appends one character read at {@code source} (or -1), collapsing white space. */
  void append(char c, int source, boolean inLink) {
    if (isSpace(c)) {
      if (current.length() > 0 && !pendingSpace) {
        pendingSpace = true;
        pendingSpaceSource = source;
      }
      return;
    }
    if (pendingSpace) {
      put(' ', pendingSpaceSource);
      pendingSpace = false;
    }
    put(c, source);
    if (inLink) {
      linkChars++;
    }
  }

  /** A soft break between inline runs: a space unless the paragraph is empty or ends in one. */
  void space() {
    if (current.length() > 0 && !pendingSpace) {
      pendingSpace = true;
      pendingSpaceSource = -1;
    }
  }

  /**
   * Whether the open paragraph ends a sentence, which makes a single line break a paragraph end.
   */
  boolean endsSentence() {
    if (current.length() == 0) {
      return false;
    }
    char c = current.charAt(current.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == ':' || c == '。';
  }

  /** Ends the open paragraph; an empty one is dropped. */
  void endParagraph(Block block) {
    pendingSpace = false;
    if (current.length() == 0) {
      linkChars = 0;
      return;
    }
    ended.add(
        new Paragraph(
            current.toString(), Arrays.copyOf(currentSources, current.length()), block, linkChars));
    current.setLength(0);
    linkChars = 0;
  }

  /** The paragraphs ended so far, for the caller to filter before {@link #keep}. */
  List<Paragraph> takeParagraphs() {
    List<Paragraph> out = List.copyOf(ended);
    ended.clear();
    return out;
  }

  /** Adds a finished paragraph to the body. */
  void keep(Paragraph p) {
    if (body.length() > 0) {
      body.append(PARAGRAPH_BREAK);
    }
    int base = body.length();
    body.append(p.text());
    int runStart = -1;
    int runSource = -1;
    boolean runAlone = false;
    int n = p.text().length();
    for (int i = 0; i <= n; i++) {
      int raw = i < n ? p.sources()[i] : -1;
      boolean alone = raw <= ALONE_OFFSET;
      int src = alone ? ALONE_OFFSET - raw : raw;
      boolean continues =
          runStart >= 0 && !runAlone && !alone && src >= 0 && src == runSource + (i - runStart);
      if (!continues) {
        if (runStart >= 0) {
          segments.add(new SourceSegment(base + runStart, runSource, i - runStart));
        }
        runStart = src >= 0 ? i : -1;
        runSource = src;
        runAlone = alone;
      }
    }
    paragraphs.add(p.text());
  }

  String body() {
    return body.toString();
  }

  List<SourceSegment> segments() {
    return List.copyOf(segments);
  }

  List<String> paragraphs() {
    return List.copyOf(paragraphs);
  }

  private void put(char c, int source) {
    if (current.length() == currentSources.length) {
      currentSources = Arrays.copyOf(currentSources, currentSources.length * 2);
    }
    currentSources[current.length()] = source;
    current.append(c);
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u00a0'
        || c == '\u200b'
        || c == '\u2009'
        || c == '\u202f'
        || c == '\ufeff';
  }
}
