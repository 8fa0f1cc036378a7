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

  ByteLines(InputStream in) {
    this.in = new BufferedInputStream(in, 1 << 16);
  }

  /** The next line without its terminator, or null at the end of the stream. */
  byte[] next() throws IOException {
    buffer.reset();
    lineOffset = position;
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      position++;
      any = true;
      if (b == '\n') {
        break;
      }
      buffer.write(b);
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
