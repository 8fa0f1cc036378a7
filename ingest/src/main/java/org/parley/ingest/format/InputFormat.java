package org.parley.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.parley.ingest.text.TextDecoder;

/**
 * The formats Parley reads, recognised by content first and by name second: a file called {@code
 * .txt} that holds a WARC is read as WARC, a page saved without extension as HTML, a JSONL dump
 * named {@code .json} as JSONL. The name decides only where the content is ambiguous (plain text
 * could be anything) and whether a file met in a directory walk is meant as input at all.
 */
public enum InputFormat {
  TEXT,
  JSONL,
  HTML,
  WARC,
  FEED,
  /** JSON lines naming files ({@code file} and no {@code text}/{@code html}): metadata. */
  MANIFEST,
  BINARY,
  /** Text that is not an input format (source code, CSV, a single JSON document). */
  OTHER;

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson", "json");
  private static final Set<String> WARC_EXTENSIONS = Set.of("warc", "arc");
  private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml");

  /**
   * The format of content whose first bytes are {@code head}, named {@code name} ({@code .gz}
   * already removed). {@code explicit} is true for a file the user named: such a file is read as
   * text when nothing else fits, while one met in a directory walk is then {@link #OTHER}.
   */
  public static InputFormat detect(String name, byte[] head, boolean explicit) {
    String ext = extension(name);
    String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/") || start.startsWith("filedesc://")) {
      return WARC;
    }
    if (TextDecoder.isBinary(head)) {
      return BINARY;
    }
    String text = leadingText(head);
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      if (FeedReader.looksLikeFeed(head)) {
        return FEED;
      }
      if (lower.startsWith("<!doctype html")
          || lower.contains("<html")
          || lower.contains("<head")
          || lower.contains("<body")
          || lower.contains("<article")
          || lower.contains("<p>")
          || lower.contains("<div")
          || HTML_EXTENSIONS.contains(ext)) {
        return HTML;
      }
    }
    if (lower.startsWith("{")) {
      return jsonKind(firstLine(text), ext);
    }
    if (HTML_EXTENSIONS.contains(ext)) {
      return HTML;
    }
    if (WARC_EXTENSIONS.contains(ext)) {
      // Named like a WARC but not one: the WARC reader reports what is wrong with it.
      return WARC;
    }
    if (JSONL_EXTENSIONS.contains(ext) && !ext.equals("json")) {
      return JSONL;
    }
    if (FEED_EXTENSIONS.contains(ext) && !ext.equals("xml")) {
      return FEED;
    }
    if (TEXT_EXTENSIONS.contains(ext) || explicit) {
      return TEXT;
    }
    return OTHER;
  }

  /** The lower-case extension of a file name, without the dot; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The head decoded leniently, without byte-order mark, leading blanks and XML comments. */
  private static String leadingText(byte[] head) {
    String s = TextDecoder.decode(head).text();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.stripLeading();
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /**
   * JSON lines of articles, a manifest, or (for a {@code .json} file whose first line is no record)
   * a JSON document, which is not input: a pretty-printed {@code expected.json} beside the articles
   * must not become a hundred invalid records.
   */
  private static InputFormat jsonKind(String firstLine, String ext) {
    JsonNode node;
    try {
      node = JsonLines.parseObject(firstLine.strip());
    } catch (Exception e) {
      // Not a parsable object: a JSONL file whose first line is bad (the reader locates it), or a
      // JSON document spread over lines.
      return ext.equals("json") ? OTHER : JSONL;
    }
    if (node.has("file") && !node.has("text") && !node.has("html")) {
      return MANIFEST;
    }
    if (ext.equals("json") && !node.has("text") && !node.has("html") && !node.has("id")) {
      return OTHER;
    }
    return JSONL;
  }
}
