package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * One input as the readers see it: a file on disk, or a gzip-compressed file read through its
 * decompressed content, or standard input (spooled to a temporary file by the caller, since it can
 * be read only once and formats are detected from its first bytes).
 *
 * <p>{@link #location()} is what messages show (the path as given, or {@code <stdin>}); {@link
 * #name()} is the file name the content has, which for {@code report.html.gz} is {@code
 * report.html}: extensions and manifest entries refer to it.
 */
public final class InputFile {
  /** Bytes enough to recognise every format Parley reads. */
  public static final int HEAD_BYTES = 4096;

  private final String location;
  private final String name;
  private final Path path;
  private final boolean gzip;
  private final AtomicLong consumed = new AtomicLong();

  private InputFile(String location, String name, Path path, boolean gzip) {
    this.location = location;
    this.name = name;
    this.path = path;
    this.gzip = gzip;
  }

  /**
   * The file at {@code path}. A file whose first bytes are the gzip magic number is read through
   * its decompressed content, whatever its name; its name loses a {@code .gz} or {@code .tgz}
   * extension.
   */
  public static InputFile of(Path path) {
    Objects.requireNonNull(path, "path");
    return of(path, path.toString());
  }

  /** A file shown in messages under another name (standard input spooled to a file). */
  public static InputFile of(Path path, String location) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    boolean gzip = isGzip(path);
    String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (gzip) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".gz")) {
        fileName = fileName.substring(0, fileName.length() - 3);
      } else if (lower.endsWith(".tgz")) {
        fileName = fileName.substring(0, fileName.length() - 4) + ".tar";
      }
    }
    return new InputFile(location, fileName, path, gzip);
  }

  private static boolean isGzip(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      // Unreadable files are reported when they are read; here they are simply not gzip.
      return false;
    }
  }

  public String location() {
    return location;
  }

  /** The content's file name: the path's name without a {@code .gz} when it is compressed. */
  public String name() {
    return name;
  }

  /** The same content under another content name (standard input is named {@code stdin}). */
  public InputFile named(String contentName) {
    Objects.requireNonNull(contentName, "contentName");
    return new InputFile(location, contentName, path, gzip);
  }

  /** The name without its extension: the article id when nothing else names the document. */
  public String baseName() {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The file on disk (compressed when {@link #compressed()}). */
  public Path path() {
    return path;
  }

  public boolean compressed() {
    return gzip;
  }

  /** The size on disk, or -1 when it cannot be read. */
  public long diskSize() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The content, decompressed when the file is gzip. Concatenated gzip members (as in {@code
   * .warc.gz}) read as one stream; a truncated or corrupt member raises an {@link IOException} when
   * it is reached, which readers turn into a located diagnostic.
   */
  public InputStream open() throws IOException {
    return open(true);
  }

  /**
   * Bytes of the file on disk (compressed bytes for a gzip file) read so far through {@link
   * #open()}: how far a reader has got, for progress within one large file.
   */
  public long bytesConsumed() {
    return consumed.get();
  }

  private InputStream open(boolean counted) throws IOException {
    InputStream file = Files.newInputStream(path);
    InputStream raw = counted ? new Counting(file, consumed) : file;
    if (!gzip) {
      return new BufferedInputStream(raw, 1 << 16);
    }
    try {
      // Not wrapped in a BufferedInputStream: its read(byte[], ...) keeps reading while the
      // stream claims more is available, so a truncated member's EOFException would throw away
      // the bytes already inflated, and with them the records before the cut.
      return new GZIPInputStream(raw, 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Up to {@code max} bytes from the start of the content; fewer when the content is shorter or
   * breaks off (a truncated gzip file still shows what it has).
   */
  public byte[] head(int max) throws IOException {
    byte[] buffer = new byte[max];
    int n = 0;
    try (InputStream in = open(false)) {
      while (n < max) {
        int r;
        try {
          r = in.read(buffer, n, max - n);
        } catch (IOException e) {
          if (n == 0) {
            throw e;
          }
          break;
        }
        if (r < 0) {
          break;
        }
        n += r;
      }
    }
    return Arrays.copyOf(buffer, n);
  }

  /**
   * The whole content when it is at most {@code limit} bytes; null when it is larger (the caller
   * reports the size), so that a huge file is never held in memory.
   */
  public byte[] readAtMost(long limit) throws IOException {
    try (InputStream in = open()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      return bytes.length > limit ? null : bytes;
    }
  }

  /** Adds the bytes read through it to a counter. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong counter;

    Counting(InputStream in, AtomicLong counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counter.addAndGet(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counter.addAndGet(skipped);
      return skipped;
    }
  }

  @Override
  public String toString() {
    return location;
  }
}
