package org.parley.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page. A page says its encoding in a way a text file cannot, so the
 * order is the browser's: a byte-order mark, then the charset the transport declared (a WARC
 * record's Content-Type), then a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first 2 KB, and only then the text rule (strict UTF-8, else windows-1252, reported). A declared
 * ISO-8859-1 or US-ASCII is read as windows-1252, as browsers do, since pages that say it mostly
 * use the typographic quotes only windows-1252 has.
 */
public final class HtmlDecoding {
  /** How much of the page is searched for a meta charset. */
  public static final int SNIFF_BYTES = 2048;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

  private HtmlDecoding() {}

  /**
   * Decodes a page.
   *
   * @param declaredCharset the charset named by the transport (e.g. an HTTP Content-Type header),
   *     which wins over the page's own declaration
   */
  public static DecodedText decode(byte[] bytes, Optional<String> declaredCharset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return TextDecoder.decode(bytes);
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return TextDecoder.decode(bytes);
    }
    Optional<Charset> charset = declaredCharset.flatMap(HtmlDecoding::charset);
    if (charset.isEmpty()) {
      charset = findMetaCharset(bytes).flatMap(HtmlDecoding::charset);
    }
    if (charset.isEmpty() || charset.get().equals(StandardCharsets.UTF_8)) {
      return TextDecoder.decode(bytes);
    }
    return new DecodedText(TextDecoder.decodeLenient(bytes, charset.get()), charset.get(), -1);
  }

  /** The charset a {@code <meta>} in the first {@link #SNIFF_BYTES} bytes declares, as written. */
  public static Optional<String> findMetaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The charset a name means to a browser; empty for names Java does not know. */
  static Optional<Charset> charset(String name) {
    String n = name.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    switch (n) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "cp1252" -> {
        return Optional.of(TextDecoder.WINDOWS_1252);
      }
      case "utf-16", "utf-16le", "utf-16be", "utf16" -> {
        // Without a byte-order mark a page that says UTF-16 is ASCII-compatible: the HTML rule.
        return Optional.of(StandardCharsets.UTF_8);
      }
      case "x-user-defined" -> {
        return Optional.of(TextDecoder.WINDOWS_1252);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }
}
