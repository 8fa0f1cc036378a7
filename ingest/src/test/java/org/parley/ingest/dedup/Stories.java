package org.parley.ingest.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/** The test stories, and the edits a republisher makes to a wire story. */
final class Stories {
  private Stories() {}

  static Map<String, String> load() {
    String text;
    try (InputStream in = Stories.class.getResourceAsStream("stories.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> stories = new LinkedHashMap<>();
    String id = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (id != null) {
          stories.put(id, body.toString().strip());
        }
        id = line.substring(4).strip();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    stories.put(id, body.toString().strip());
    return stories;
  }

  /** A named edit that turns a story into a republished copy of it. */
  record Edit(String name, UnaryOperator<String> change) {
    String applyTo(String story) {
      return change.apply(story);
    }
  }

  static final Edit NEW_HEADLINE =
      new Edit(
          "new headline",
          s ->
              "UPDATE 1-Officials say talks and clashes continue in region"
                  + s.substring(s.indexOf('\n')));

  static final Edit SENTENCE_ADDED =
      new Edit(
          "sentence added",
          s -> {
            int secondParagraph = nthLineStart(s, 3);
            return s.substring(0, secondParagraph)
                + "Officials speaking on condition of anonymity said the details were still being"
                + " discussed and could change before a final announcement later this week.\n"
                + s.substring(secondParagraph);
          });

  static final Edit DATELINE_CHANGED =
      new Edit(
          "dateline changed",
          s -> s.replaceFirst("\\n[A-Z]+, [A-Z][a-z]+\\.? \\d+ \\(Wire\\) - ", "\n(Agency) -- "));

  static final Edit TYPOS_FIXED =
      new Edit(
          "typos fixed",
          s -> {
            String[] words = s.split(" ", -1);
            for (int i = 25; i < words.length; i += words.length / 4) {
              if (words[i].length() > 3) {
                char[] c = words[i].toCharArray();
                char t = c[1];
                c[1] = c[2];
                c[2] = t;
                words[i] = new String(c);
              }
            }
            return String.join(" ", words);
          });

  static final Edit BOILERPLATE_APPENDED =
      new Edit(
          "boilerplate appended",
          s ->
              s
                  + "\n\nReporting by newsroom staff; editing by the world desk.\n"
                  + "Our standards: the trust principles. Follow us on social media.\n"
                  + "Sign up for our daily briefing newsletter.");

  static final Edit SYNDICATED =
      new Edit(
          "headline, dateline and boilerplate",
          s -> BOILERPLATE_APPENDED.applyTo(DATELINE_CHANGED.applyTo(NEW_HEADLINE.applyTo(s))));

  static final List<Edit> EDITS =
      List.of(
          NEW_HEADLINE,
          SENTENCE_ADDED,
          DATELINE_CHANGED,
          TYPOS_FIXED,
          BOILERPLATE_APPENDED,
          SYNDICATED);

  private static int nthLineStart(String s, int n) {
    int at = 0;
    for (int i = 0; i < n; i++) {
      at = s.indexOf('\n', at) + 1;
    }
    return at;
  }

  /** A body of {@code words} words drawn from a large synthetic vocabulary. */
  static String synthetic(Random random, int words) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        body.append(i % 17 == 0 ? ". " : " ");
      }
      body.append("w").append(Integer.toString(random.nextInt(20_000), 36));
    }
    return body.append('.').toString();
  }
}
