package org.parley.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.ingest.text.DecodedText;
import org.parley.model.Diagnostic;

/**
 * Reads JSON lines: one object a line with {@code id}, {@code text} (or {@code html}) and optional
 * {@code url}, {@code outlet}, {@code published}, {@code language}, {@code title}. Each line is
 * decoded and parsed on its own, so one bad line costs only that record. Blank lines are not
 * records and are passed over.
 */
public final class JsonlReader implements FormatReader {
  /**
   * Longer lines are not news articles (a page of news is tens of kilobytes); they are reported
   * without being held in memory.
   */
  public static final long MAX_LINE_BYTES = 32L << 20;

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public void read(InputFile file, Manifest manifest, Consumer<SourceItem> out) {
    String location = file.location();
    long lineNumber = 0;
    try (ByteLines lines = new ByteLines(file.open(), MAX_LINE_BYTES)) {
      byte[] bytes;
      while ((bytes = lines.next()) != null) {
        lineNumber = lines.lineNumber();
        readLine(location, lines, bytes).ifPresent(out);
      }
    } catch (IOException e) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              location,
              lineNumber == 0 ? "" : Long.toString(lineNumber + 1),
              "unreadable file",
              String.valueOf(e.getMessage())));
    }
  }

  private Optional<SourceItem> readLine(String file, ByteLines lines, byte[] bytes) {
    String record = Long.toString(lines.lineNumber());
    if (lines.overlong()) {
      return Optional.of(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              file,
              record,
              "record too large",
              lines.length() + " bytes, limit " + MAX_LINE_BYTES));
    }
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.of(
            SourceRejection.of(Diagnostic.Severity.ERROR, file, record, "binary data in line"));
      }
    }
    DecodedText decoded = JsonLines.decode(bytes, lines.lineNumber());
    if (decoded.text().isBlank()) {
      return Optional.empty();
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (decoded.usedFallback()) {
      diagnostics.add(JsonLines.fallbackWarning(file, lines, decoded));
    }
    JsonNode node;
    try {
      node = JsonLines.parseObject(decoded.text());
    } catch (JsonProcessingException e) {
      return Optional.of(
          reject(
              file,
              record,
              diagnostics,
              Diagnostic.Severity.ERROR,
              "invalid JSON",
              JsonLines.describe(e)));
    }
    Optional<String> id = SourceMetadata.findText(node, "id");
    if (id.isEmpty()) {
      return Optional.of(
          reject(file, record, diagnostics, Diagnostic.Severity.ERROR, "missing id", ""));
    }
    // "text" is the story as the user has it; "html" is a page whose story is extracted. Text wins
    // when both are given, since it is what the user chose to code.
    String field = node.hasNonNull("text") || !node.hasNonNull("html") ? "text" : "html";
    JsonNode text = node.get(field);
    if (text == null || text.isNull()) {
      return Optional.of(
          reject(file, record, diagnostics, Diagnostic.Severity.ERROR, "missing text", ""));
    }
    if (!text.isTextual()) {
      return Optional.of(
          reject(
              file,
              record,
              diagnostics,
              Diagnostic.Severity.ERROR,
              field + " is not a string",
              ""));
    }
    if (text.asText().isBlank()) {
      return Optional.of(
          reject(file, record, diagnostics, Diagnostic.Severity.ERROR, "empty " + field, ""));
    }
    return Optional.of(
        new SourceDocument(
            file,
            record,
            id.get(),
            text.asText(),
            field.equals("html")
                ? SourceDocument.ContentType.HTML
                : SourceDocument.ContentType.TEXT,
            SourceMetadata.fromJson(node),
            SourceDocument.ORIGIN_RECORD,
            diagnostics));
  }

  private static SourceRejection reject(
      String file,
      String record,
      List<Diagnostic> earlier,
      Diagnostic.Severity severity,
      String reason,
      String detail) {
    List<Diagnostic> all = new ArrayList<>(earlier);
    all.add(
        new Diagnostic(
            severity, file, record, -1, detail.isEmpty() ? reason : reason + ": " + detail));
    return new SourceRejection(file + ":" + record, reason, all);
  }
}
