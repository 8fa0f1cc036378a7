package org.parley.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.ingest.text.DecodedText;
import org.parley.ingest.text.TextDecoder;
import org.parley.model.Diagnostic;

/**
 * Decoding and parsing one line of a JSON-lines file, shared by the JSONL reader and the manifest.
 */
final class JsonLines {
  // Trailing tokens fail the line: "{...} {...}" on one line is two records glued by a broken
  // writer.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLines() {}

  /** A line as text; strips a byte-order mark at the start of the file. */
  static DecodedText decode(byte[] bytes, long lineNumber) {
    DecodedText decoded = TextDecoder.decode(bytes);
    if (lineNumber == 1 && decoded.text().startsWith("\uFEFF")) {
      return new DecodedText(
          decoded.text().substring(1), decoded.charset(), decoded.firstInvalidUtf8Offset());
    }
    return decoded;
  }

  static Diagnostic fallbackWarning(String file, ByteLines lines, DecodedText decoded) {
    return new Diagnostic(
        Diagnostic.Severity.WARNING,
        file,
        Long.toString(lines.lineNumber()),
        lines.lineOffset() + decoded.firstInvalidUtf8Offset(),
        "not valid UTF-8; decoded as " + decoded.charset().name());
  }

  /** The parsed JSON object; throws with Jackson's message when the line is not one JSON object. */
  static JsonNode parseObject(String line) throws JsonProcessingException {
    JsonNode node = MAPPER.readTree(line);
    if (node == null || !node.isObject()) {
      throw new NotAnObjectException(
          node == null ? "nothing" : node.getNodeType().name().toLowerCase());
    }
    return node;
  }

  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e.getLocation() != null) {
      message += " (column " + e.getLocation().getColumnNr() + ")";
    }
    return message;
  }

  /** A line holding valid JSON that is not an object. */
  static final class NotAnObjectException extends JsonProcessingException {
    NotAnObjectException(String found) {
      super("expected a JSON object, found " + found);
    }
  }
}
