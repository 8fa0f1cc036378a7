package org.parley.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.text.DecodedText;
import org.parley.ingest.text.TextDecoder;

/**
 * Decodes an archived page's bytes the way a browser would have: a byte-order mark, else the HTTP
 * charset, else a {@code <meta>} charset, else strict UTF-8, else windows-1252. Kept private to the
 * WARC reader so that a shared HTML decoder can replace it without touching callers elsewhere.
 */
final class WarcPayloadText {
  /** Browsers look for a meta charset only this far into the page (HTML spec, prescan). */
  private static final int META_PRESCAN_BYTES = 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+\\-]+)");

  private WarcPayloadText() {}

  /**
   * The page as text.
   *
   * @param warning what was doubtful about the decoding (an unknown declared charset, bytes that
   *     did not match it), empty when nothing was
   * @param warningOffset the byte offset in the payload the warning is about, -1 when none
   */
  record Decoded(String text, Charset charset, Optional<String> warning, long warningOffset) {}

  static Decoded decode(byte[] bytes, Optional<String> httpCharset) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrFallback(bytes, 3, "byte-order mark says UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          Optional.empty(),
          -1);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          Optional.empty(),
          -1);
    }
    Optional<String> unknown = Optional.empty();
    for (Optional<String> declared : List.of(httpCharset, metaCharset(bytes))) {
      if (declared.isEmpty()) {
        continue;
      }
      Optional<Charset> charset = charsetFor(declared.get());
      if (charset.isEmpty()) {
        unknown = unknown.or(() -> Optional.of("unknown charset '" + declared.get() + "'"));
        continue;
      }
      if (charset.get().equals(StandardCharsets.UTF_8)) {
        return strictOrFallback(bytes, 0, "declared UTF-8");
      }
      return new Decoded(replacing(bytes, 0, charset.get()), charset.get(), unknown, -1);
    }
    Decoded guessed = strictOrFallback(bytes, 0, "no charset declared");
    if (unknown.isPresent() && guessed.warning().isEmpty()) {
      return new Decoded(guessed.text(), guessed.charset(), unknown, -1);
    }
    return guessed;
  }

  private static Decoded strictOrFallback(byte[] bytes, int from, String why) {
    byte[] body = from == 0 ? bytes : Arrays.copyOfRange(bytes, from, bytes.length);
    DecodedText decoded = TextDecoder.decode(body);
    if (!decoded.usedFallback()) {
      return new Decoded(decoded.text(), decoded.charset(), Optional.empty(), -1);
    }
    return new Decoded(
        decoded.text(),
        decoded.charset(),
        Optional.of(why + " but not valid UTF-8; decoded as " + decoded.charset().name()),
        from + decoded.firstInvalidUtf8Offset());
  }

  /** The charset a {@code <meta>} tag in the first kilobyte declares. */
  static Optional<String> metaCharset(byte[] bytes) {
    String head =
        new String(
                bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The charset to decode with for a declared name. Latin-1 and ASCII labels mean windows-1252 to
   * every browser, and pages labelled so use its extra characters; a UTF-16 label on bytes that
   * have no byte-order mark is a mistake browsers read as UTF-8 (HTML spec, encoding sniffing).
   */
  static Optional<Charset> charsetFor(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("\"") || name.startsWith("'")) {
      name = name.substring(1);
    }
    if (name.endsWith("\"") || name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" -> {
        return Optional.of(TextDecoder.WINDOWS_1252);
      }
      case "utf-16", "utf-16le", "utf-16be", "utf8", "unicode-1-1-utf-8" -> {
        return Optional.of(StandardCharsets.UTF_8);
      }
      default -> {}
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String replacing(byte[] bytes, int from, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
