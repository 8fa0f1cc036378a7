package org.parley.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.ingest.text.DecodedText;
import org.parley.ingest.text.HtmlDecoding;
import org.parley.ingest.text.TextDecoder;
import org.parley.model.Diagnostic;

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
    String location = file.location();
    byte[] bytes;
    try {
      bytes = file.readAtMost(MAX_BYTES);
      if (bytes == null) {
        out.accept(
            SourceRejection.of(
                Diagnostic.Severity.ERROR,
                location,
                "",
                "file too large (more than " + MAX_BYTES + " bytes)"));
        return;
      }
    } catch (IOException e) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              location,
              "",
              "unreadable file",
              String.valueOf(e.getMessage())));
      return;
    }
    if (TextDecoder.isBinary(bytes)) {
      out.accept(SourceRejection.of(Diagnostic.Severity.WARNING, location, "", "binary file"));
      return;
    }
    DecodedText decoded = HtmlDecoding.decode(bytes, Optional.empty());
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (decoded.usedFallback()) {
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Severity.WARNING,
              location,
              "",
              decoded.firstInvalidUtf8Offset(),
              "not valid UTF-8 and no charset declared; decoded as " + decoded.charset().name()));
    }
    Optional<SourceMetadata> entry = manifest.findEntry(file.name());
    out.accept(
        new SourceDocument(
            location,
            "",
            file.baseName(),
            decoded.text(),
            SourceDocument.ContentType.HTML,
            entry.orElse(SourceMetadata.none()),
            entry.isPresent() ? SourceDocument.ORIGIN_MANIFEST : SourceDocument.ORIGIN_NONE,
            diagnostics));
  }
}
