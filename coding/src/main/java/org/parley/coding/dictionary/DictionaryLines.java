package org.parley.coding.dictionary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Diagnostic;

/**
 * The content lines of a PETRARCH dictionary file, as PETRARCH's {@code read_FIN_line} defines
 * them: blank lines and lines starting with {@code #} or {@code <!} are skipped; anything after a
 * {@code #} is a comment; {@code <!-- ... -->} is a comment, also across lines. Unlike PETRARCH, a
 * multi-line {@code <!--} comment is skipped to its {@code -->} even when its inner lines do not
 * start with {@code #}.
 */
public final class DictionaryLines {
  /** One content line: 1-based number in the file, the text without comments (not stripped). */
  public record Line(int number, String text) {}

  private DictionaryLines() {}

  /**
   * Reads {@code file}; problems (unreadable file, bytes that are not UTF-8, an unterminated
   * comment) become diagnostics in {@code diagnostics}, named by {@code name}.
   */
  public static List<Line> read(Path file, String name, List<Diagnostic> diagnostics) {
    List<String> raw;
    try {
      raw = decode(Files.readAllBytes(file), name, diagnostics).lines().toList();
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(
              name, "", "cannot read dictionary file " + file + ": " + e.getMessage()));
      return List.of();
    }
    List<Line> out = new ArrayList<>();
    int commentStart = -1;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (commentStart >= 0) {
        int close = line.indexOf("-->");
        if (close < 0) {
          continue;
        }
        commentStart = -1;
        line = line.substring(close + 3);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int open = line.indexOf("<!--");
      if (open >= 0) {
        int close = line.indexOf("-->", open + 4);
        if (close >= 0) {
          line = line.substring(0, open) + line.substring(close + 3);
        } else {
          commentStart = i + 1;
          line = line.substring(0, open);
        }
      } else if (trimmed.startsWith("<!")) {
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (!line.isBlank()) {
        out.add(new Line(i + 1, line));
      }
    }
    if (commentStart >= 0) {
      diagnostics.add(
          Diagnostic.warning(
              name,
              String.valueOf(commentStart),
              "comment '<!--' is never closed; the rest of the file was skipped"));
    }
    return out;
  }

  private static String decode(byte[] bytes, String name, List<Diagnostic> diagnostics) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Older TABARI-era dictionaries are Latin-1; reading them as such keeps every entry.
      diagnostics.add(Diagnostic.warning(name, "", "not valid UTF-8; read as ISO-8859-1"));
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
