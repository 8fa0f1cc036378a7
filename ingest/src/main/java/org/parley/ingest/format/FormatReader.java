package org.parley.ingest.format;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one input format. A reader streams: it hands each item to {@code out} as soon as it is read
 * and holds no more than one record. Bad data never throws; it becomes a {@link SourceRejection}
 * and reading goes on.
 */
public interface FormatReader {
  /** A short name for messages, e.g. {@code "jsonl"}. */
  String name();

  /** Whether this reader takes the file when it is met while walking a directory (by its name). */
  boolean accepts(Path file);

  /**
   * Reads {@code file}, looking up metadata for it in {@code manifest} where the format has none.
   */
  void read(Path file, Manifest manifest, Consumer<SourceItem> out);
}
