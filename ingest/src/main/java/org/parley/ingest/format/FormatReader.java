package org.parley.ingest.format;

import java.util.function.Consumer;

/**
 * Reads one input format. A reader streams: it hands each item to {@code out} as soon as it is read
 * and holds no more than one record. Bad data never throws; it becomes a {@link SourceRejection}
 * and reading goes on. Which reader reads an input is decided by {@link InputFormat#detect}.
 */
public interface FormatReader {
  /** A short name for messages, e.g. {@code "jsonl"}. */
  String name();

  /**
   * Reads {@code input}, looking up metadata for it in {@code manifest} where the format has none.
   */
  void read(InputFile input, Manifest manifest, Consumer<SourceItem> out);
}
