package org.parley.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.ingest.text.DecodedText;
import org.parley.ingest.text.TextDecoder;
import org.parley.model.Diagnostic;

/**
 * Reading a file that is one document (a text file, a saved page, a feed): whole, within a size
 * limit, with the same located reasons whatever the format for a file too large, unreadable or
 * binary.
 */
final class WholeFile {
  private WholeFile() {}

  /**
   * The file's bytes, or empty after a rejection has been handed to {@code out}: too large (more
   * than {@code limit} bytes, never read whole), unreadable, or (when {@code refuseBinary}) binary.
   */
  static Optional<byte[]> bytes(
      InputFile file, long limit, boolean refuseBinary, Consumer<SourceItem> out) {
    String location = file.location();
    byte[] bytes;
    try {
      bytes = file.readAtMost(limit);
    } catch (IOException e) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              location,
              "",
              "unreadable file",
              String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    if (bytes == null) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              location,
              "",
              "file too large (more than " + limit + " bytes)"));
      return Optional.empty();
    }
    if (refuseBinary && TextDecoder.isBinary(bytes)) {
      out.accept(SourceRejection.of(Diagnostic.Severity.WARNING, location, "", "binary file"));
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  /**
   * Reads the file as one document of {@code type}, decoded by {@code decoder}, with metadata from
   * its manifest entry; a decoding that fell back from UTF-8 is a warning at the first bad byte.
   */
  static void document(
      InputFile file,
      Manifest manifest,
      Consumer<SourceItem> out,
      long limit,
      SourceDocument.ContentType type,
      Function<byte[], DecodedText> decoder,
      String fallbackWhy) {
    Optional<byte[]> bytes = bytes(file, limit, true, out);
    if (bytes.isEmpty()) {
      return;
    }
    DecodedText decoded = decoder.apply(bytes.get());
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (decoded.usedFallback()) {
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Severity.WARNING,
              file.location(),
              "",
              decoded.firstInvalidUtf8Offset(),
              fallbackWhy + "; decoded as " + decoded.charset().name()));
    }
    Optional<SourceMetadata> entry = manifest.findEntry(file.name());
    out.accept(
        new SourceDocument(
            file.location(),
            "",
            file.baseName(),
            decoded.text(),
            type,
            entry.orElse(SourceMetadata.none()),
            entry.isPresent() ? SourceDocument.ORIGIN_MANIFEST : SourceDocument.ORIGIN_NONE,
            diagnostics));
  }
}
