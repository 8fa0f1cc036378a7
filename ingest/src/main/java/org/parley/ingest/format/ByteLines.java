package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of bytes, so that each line can be decoded (and its encoding judged)
 * on its own and only one line is held at a time.
 */
final class ByteLines implements Closeable {
  private final InputStream in;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private long lineNumber;
  private long lineOffset;
  private long position;

  private final long maxLineBytes;
  private long lastLength;

  ByteLines(InputStream in) {
    this(in, Long.MAX_VALUE);
  }

  /** Lines of {@code in}, of which at most {@code maxLineBytes} bytes are kept. */
  ByteLines(InputStream in, long maxLineBytes) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  byte[] next() throws IOException {
    buffer.reset();
    lineOffset = position;
    int b;
    boolean any = false;
    lastLength = 0;
    while ((b = in.read()) >= 0) {
      position++;
      any = true;
      if (b == '\n') {
        break;
      }
      lastLength++;
      // Past the limit the line is counted but not kept: one huge line must not fill the heap.
      if (lastLength <= maxLineBytes) {
        buffer.write(b);
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    byte[] line = buffer.toByteArray();
    if (line.length > 0 && line[line.length - 1] == '\r') {
      byte[] shorter = new byte[line.length - 1];
      System.arraycopy(line, 0, shorter, 0, shorter.length);
      return shorter;
    }
    return line;
  }

  /**
   * Whether the line last returned was longer than the limit: it was then cut to the limit and must
   * not be used.
   */
  boolean overlong() {
    return lastLength > maxLineBytes;
  }

  /** The length in bytes of the line last returned, as it was in the stream. */
  long length() {
    return lastLength;
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** Byte offset in the stream where the line last returned starts. */
  long lineOffset() {
    return lineOffset;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
