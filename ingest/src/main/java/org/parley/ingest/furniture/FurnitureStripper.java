package org.parley.ingest.furniture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.ingest.dateline.DatelineFinder;
import org.parley.model.CharSpan;

/**
 * Cuts page furniture from a news text, line by line, in three passes:
 *
 * <ol>
 *   <li><b>Top</b>: until the first line that reads as story (see {@link LineShapes#isStoryLine}),
 *       short unpunctuated lines are navigation, section names, datelines or the headline; the
 *       longest one that could be a headline becomes the title. Credits, captions and bylines there
 *       are cut too. If no line reads as story, the top is left alone: a text of labels only is not
 *       all furniture.
 *   <li><b>Bottom</b>: from the last line up, navigation ("Latest News"), credits, copyright and
 *       captions are cut, and the last story line goes too when it is a sign-off ("NAME, OUTLET.").
 *   <li><b>Everywhere in between</b>: wholly bracketed lines except "[Sound bite: ...]" (which
 *       names the speaker of the next quote), captions, bylines and broadcast hand-offs ("NAME
 *       reports.") are cut; a speaker label at a line's start ("Anchor:", "Reporter:") is cut and
 *       the text after it kept.
 * </ol>
 *
 * Surplus whitespace is cut as well (blank runs beyond one empty line, trailing spaces, carriage
 * returns, a byte-order mark) so the body has one form whatever the source's line endings. Every
 * cut is a span of the original, so the body is the original minus {@link StrippedText#removed()}.
 */
public final class FurnitureStripper {
  public static final String RULE_NAVIGATION = "navigation";
  public static final String RULE_HEADLINE = "headline";
  public static final String RULE_DATELINE = "dateline";
  public static final String RULE_BRACKETED = "bracketed";
  public static final String RULE_CAPTION = "caption";
  public static final String RULE_BYLINE = "byline";
  public static final String RULE_HANDOFF = "handoff";
  public static final String RULE_SIGNOFF = "signoff";
  public static final String RULE_CREDIT = "credit";
  public static final String RULE_LABEL = "label";

  /** Unpunctuated lines below the story longer than this are kept: navigation items are short. */
  private static final int MAX_BOTTOM_NAVIGATION_WORDS = 10;

  private FurnitureStripper() {}

  public static StrippedText strip(String text) {
    Objects.requireNonNull(text, "text");
    return new Pass(text).run();
  }

  /** The state of stripping one text. */
  private static final class Pass {
    private final String text;
    private final List<TextLine> lines;
    private final String[] rules;
    private final int[] labelLengths;
    private String title;
    private String byline;
    private String reporter;

    Pass(String text) {
      this.text = text;
      this.lines = TextLine.split(text);
      this.rules = new String[lines.size()];
      this.labelLengths = new int[lines.size()];
    }

    StrippedText run() {
      int storyStart = scanTop();
      int storyEnd;
      if (storyStart < 0) {
        // Nothing reads as story: keep the unpunctuated lines rather than cut the whole text.
        storyStart = 0;
        storyEnd = lines.size() - 1;
      } else {
        storyEnd = scanBottom(storyStart);
      }
      for (int i = storyStart; i <= storyEnd; i++) {
        classifyMiddle(i);
      }
      return assemble();
    }

    private String line(int i) {
      return lines.get(i).content(text).strip();
    }

    /** Returns the index of the first story line, -1 when no line reads as story. */
    private int scanTop() {
      List<Integer> candidates = new ArrayList<>();
      int storyStart = -1;
      for (int i = 0; i < lines.size(); i++) {
        String s = line(i);
        if (s.isEmpty()) {
          continue;
        }
        if (LineShapes.isSoundBite(s)) {
          storyStart = i;
          break;
        }
        if (LineShapes.isBracketed(s)) {
          rules[i] = RULE_BRACKETED;
        } else if (LineShapes.isCaption(s)) {
          rules[i] = RULE_CAPTION;
        } else if (LineShapes.findByline(s).isPresent()) {
          rules[i] = RULE_BYLINE;
          byline = byline == null ? LineShapes.findByline(s).get() : byline;
        } else if (LineShapes.isStoryLine(s)) {
          storyStart = i;
          break;
        } else {
          candidates.add(i);
        }
      }
      if (storyStart < 0) {
        return -1;
      }
      int headline = -1;
      for (int i : candidates) {
        String s = line(i);
        if (LineShapes.couldBeHeadline(s)
            && !DatelineFinder.isDateline(s)
            && (headline < 0 || LineShapes.words(s) >= LineShapes.words(line(headline)))) {
          headline = i;
        }
      }
      for (int i : candidates) {
        if (i == headline) {
          rules[i] = RULE_HEADLINE;
        } else {
          rules[i] = DatelineFinder.isDateline(line(i)) ? RULE_DATELINE : RULE_NAVIGATION;
        }
      }
      if (headline >= 0) {
        title = line(headline).replaceAll("\\s+", " ");
      }
      return storyStart;
    }

    /** Returns the index of the last line that may still be story. */
    private int scanBottom(int storyStart) {
      int i = lines.size() - 1;
      for (; i > storyStart; i--) {
        String s = line(i);
        if (s.isEmpty()) {
          continue;
        }
        if (LineShapes.isSoundBite(s)) {
          break;
        }
        if (LineShapes.isBracketed(s)) {
          rules[i] = RULE_BRACKETED;
        } else if (LineShapes.isCaption(s)) {
          rules[i] = RULE_CAPTION;
        } else if (LineShapes.isCredit(s)) {
          rules[i] = RULE_CREDIT;
        } else if (LineShapes.isStoryLine(s)) {
          Optional<String> signedOff = LineShapes.findSignoff(s);
          if (signedOff.isPresent()) {
            rules[i] = RULE_SIGNOFF;
            reporter = signedOff.get();
            i--;
          }
          break;
        } else if (LineShapes.words(s) <= MAX_BOTTOM_NAVIGATION_WORDS) {
          rules[i] = RULE_NAVIGATION;
        } else {
          break;
        }
      }
      return i;
    }

    private void classifyMiddle(int i) {
      if (rules[i] != null) {
        return;
      }
      String s = line(i);
      if (s.isEmpty() || LineShapes.isSoundBite(s)) {
        return;
      }
      if (LineShapes.isBracketed(s)) {
        rules[i] = RULE_BRACKETED;
      } else if (LineShapes.isCaption(s)) {
        rules[i] = RULE_CAPTION;
      } else if (LineShapes.findByline(s).isPresent()) {
        rules[i] = RULE_BYLINE;
        byline = byline == null ? LineShapes.findByline(s).get() : byline;
      } else if (LineShapes.findHandoff(s).isPresent()) {
        rules[i] = RULE_HANDOFF;
        reporter = reporter == null ? LineShapes.findHandoff(s).get() : reporter;
      } else {
        labelLengths[i] = LineShapes.labelLength(s);
      }
    }

    private StrippedText assemble() {
      boolean[] cut = new boolean[text.length()];
      List<Cut> cuts = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        TextLine l = lines.get(i);
        if (rules[i] != null) {
          mark(cut, l.begin(), l.next());
          cuts.add(new Cut(new CharSpan(l.begin(), l.end()), rules[i], l.content(text)));
          continue;
        }
        int contentBegin = l.begin();
        while (contentBegin < l.end() && Character.isWhitespace(text.charAt(contentBegin))) {
          contentBegin++;
        }
        if (labelLengths[i] > 0) {
          int labelEnd = contentBegin + labelLengths[i];
          mark(cut, contentBegin, labelEnd);
          cuts.add(
              new Cut(
                  new CharSpan(contentBegin, labelEnd),
                  RULE_LABEL,
                  text.substring(contentBegin, labelEnd)));
        }
        int contentEnd = l.end();
        while (contentEnd > l.begin() && Character.isWhitespace(text.charAt(contentEnd - 1))) {
          contentEnd--;
        }
        // Trailing spaces and the '\r' of a CRLF go; a blank line keeps only its '\n'.
        mark(cut, Math.max(contentEnd, l.begin()), l.end());
        if (l.end() < l.next() && text.charAt(l.end()) == '\r') {
          mark(cut, l.end(), l.end() + 1);
        }
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        cut[0] = true;
      }
      squeezeWhitespace(cut);
      return new StrippedText(
          bodyOf(cut),
          spansOf(cut),
          Optional.ofNullable(title),
          Optional.ofNullable(byline != null ? byline : reporter),
          cuts);
    }

    /** Cuts leading and trailing whitespace and newline runs beyond one empty line. */
    private void squeezeWhitespace(boolean[] cut) {
      boolean started = false;
      int newlines = 0;
      for (int i = 0; i < cut.length; i++) {
        if (cut[i]) {
          continue;
        }
        char c = text.charAt(i);
        if (!started) {
          if (Character.isWhitespace(c)) {
            cut[i] = true;
            continue;
          }
          started = true;
        }
        if (c == '\n') {
          newlines++;
          if (newlines > 2) {
            cut[i] = true;
          }
        } else {
          newlines = 0;
        }
      }
      for (int i = cut.length - 1; i >= 0; i--) {
        if (cut[i]) {
          continue;
        }
        if (!Character.isWhitespace(text.charAt(i))) {
          break;
        }
        cut[i] = true;
      }
    }

    private String bodyOf(boolean[] cut) {
      StringBuilder body = new StringBuilder(text.length());
      for (int i = 0; i < cut.length; i++) {
        if (!cut[i]) {
          body.append(text.charAt(i));
        }
      }
      return body.toString();
    }

    private static List<CharSpan> spansOf(boolean[] cut) {
      List<CharSpan> spans = new ArrayList<>();
      int i = 0;
      while (i < cut.length) {
        if (!cut[i]) {
          i++;
          continue;
        }
        int begin = i;
        while (i < cut.length && cut[i]) {
          i++;
        }
        spans.add(new CharSpan(begin, i));
      }
      return spans;
    }

    private static void mark(boolean[] cut, int begin, int end) {
      for (int i = begin; i < end; i++) {
        cut[i] = true;
      }
    }
  }
}
