package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 of text, as Parley uses it everywhere: article content hashes, and stable ids for events
 * and quotes derived from what identifies them (so re-coding the same input gives the same ids).
 */
public final class ContentHash {
  private ContentHash() {}

  /** The hex SHA-256 of {@code text} in UTF-8. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(digest(Objects.requireNonNull(text, "text")));
  }

  /** A 16-hex-digit id: the first 8 bytes of the SHA-256 of {@code key}. */
  public static String shortId(String key) {
    return HexFormat.of().formatHex(digest(Objects.requireNonNull(key, "key")), 0, 8);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
