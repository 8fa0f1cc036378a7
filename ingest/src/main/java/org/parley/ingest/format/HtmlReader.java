package org.parley.ingest.format;

import java.util.Optional;
import java.util.function.Consumer;
import org.parley.ingest.text.HtmlDecoding;

/**
 * Reads a saved web page as one document whose text is the decoded HTML source, so that the story
 * extracted later keeps offsets into the page as saved. The page's encoding is found as a browser
 * finds it (see {@link HtmlDecoding}); metadata comes from the manifest entry for its file name,
 * and otherwise from the page itself when its story is extracted.
 */
public final class HtmlReader implements FormatReader {
  /** Larger files are not single news pages; reading them whole would only risk the heap. */
  public static final long MAX_BYTES = PlainTextReader.MAX_BYTES;

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void read(InputFile file, Manifest manifest, Consumer<SourceItem> out) {
    WholeFile.document(
        file,
        manifest,
        out,
        MAX_BYTES,
        SourceDocument.ContentType.HTML,
        bytes -> HtmlDecoding.decode(bytes, Optional.empty()),
        "not valid UTF-8 and no charset declared");
  }
}
