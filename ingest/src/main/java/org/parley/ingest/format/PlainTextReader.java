package org.parley.ingest.format;

import java.util.function.Consumer;
import org.parley.ingest.text.TextDecoder;

/**
 * Reads a plain-text file as one document. Its metadata comes from the manifest entry for its file
 * name; without one, its id is the file name without extension.
 */
public final class PlainTextReader implements FormatReader {
  /** Larger files are not news articles; reading them whole would only risk the heap. */
  public static final long MAX_BYTES = 32L << 20;

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void read(InputFile file, Manifest manifest, Consumer<SourceItem> out) {
    WholeFile.document(
        file,
        manifest,
        out,
        MAX_BYTES,
        SourceDocument.ContentType.TEXT,
        TextDecoder::decode,
        "not valid UTF-8");
  }
}
