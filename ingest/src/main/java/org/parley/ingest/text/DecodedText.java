package org.parley.ingest.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes.
 *
 * @param text the decoded text (a leading byte-order mark is kept, so offsets match the source)
 * @param charset the encoding actually used
 * @param firstInvalidUtf8Offset byte offset of the first byte that was not valid UTF-8, or -1 when
 *     the bytes were valid UTF-8 (or carried a UTF-16 byte-order mark)
 */
public record DecodedText(String text, Charset charset, long firstInvalidUtf8Offset) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** Whether the UTF-8 decoding failed and a fallback encoding was used. */
  public boolean usedFallback() {
    return firstInvalidUtf8Offset >= 0;
  }
}
