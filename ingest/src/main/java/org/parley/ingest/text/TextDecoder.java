package org.parley.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes input bytes. UTF-8 is tried strictly first, because silently replacing bad bytes would
 * hide a wrongly encoded file; when it fails the bytes are read as windows-1252, which maps every
 * byte to some character and is what most non-UTF-8 English news text is in. The caller reports the
 * fallback.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * True when the bytes hold a NUL byte and no UTF-16 byte-order mark: text files never contain
   * NUL, while images, archives and office documents nearly always do within their first bytes.
   */
  public static boolean isBinary(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  public static DecodedText decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (hasUtf16Bom(bytes)) {
      return new DecodedText(
          new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16, -1);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = utf8.decode(in, out, true);
    if (!result.isError()) {
      result = utf8.flush(out);
    }
    if (!result.isError()) {
      out.flip();
      return new DecodedText(out.toString(), StandardCharsets.UTF_8, -1);
    }
    long badOffset = in.position();
    return new DecodedText(decodeLenient(bytes, WINDOWS_1252), WINDOWS_1252, badOffset);
  }

  /** The bytes in {@code charset}, undecodable ones as U+FFFD: never fails. */
  static String decodeLenient(byte[] bytes, Charset charset) {
    try {
      // windows-1252 leaves five bytes undefined; they become U+FFFD rather than failing the file.
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }
}
