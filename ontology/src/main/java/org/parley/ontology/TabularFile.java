package org.parley.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a codebook text file, and the tab-separated fields of one line as the pack's TSV
 * files write them: a field may be wrapped in double quotes, with {@code ""} standing for one quote
 * inside it (the CAMEO table quotes usage notes that contain quotes).
 */
final class TabularFile {
  private TabularFile() {}

  /**
   * The file's lines, decoded as UTF-8. Undecodable bytes become U+FFFD rather than failing the
   * read, so that one bad byte costs one record, not the codebook; a leading byte-order mark is
   * dropped.
   */
  static List<String> lines(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().toList();
  }

  /** One line split at tabs; empty with a reason when a quoted field is not closed. */
  static Fields split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int start = i;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (!closed) {
          return Fields.malformed(
              "quoted field opened at column " + (start + 1) + " is not closed");
        }
        if (i < n && line.charAt(i) != '\t') {
          return Fields.malformed("text after the closing quote at column " + (i + 1));
        }
      } else {
        while (i < n && line.charAt(i) != '\t') {
          field.append(line.charAt(i));
          i++;
        }
      }
      out.add(field.toString());
      if (i >= n) {
        return new Fields(List.copyOf(out), Optional.empty());
      }
      i++; // the tab
    }
  }

  /**
   * The column positions named by a header line. A header that lacks a required column is a broken
   * pack, not a bad record, so it fails at once, naming the file and what is missing.
   */
  static Header header(Path file, String line, List<String> required) {
    Fields fields = split(line);
    List<String> names =
        fields.ok() ? fields.values().stream().map(String::strip).toList() : List.of();
    List<String> missing = required.stream().filter(r -> !names.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          file + ": header lacks column(s) " + missing + "; it has " + names);
    }
    return new Header(names);
  }

  /** Column names in order. */
  record Header(List<String> names) {
    Header {
      names = List.copyOf(names);
    }

    int width() {
      return names.size();
    }

    /** The stripped value of a column, empty when the record is shorter than the header. */
    String get(List<String> values, String column) {
      int i = names.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + names);
      }
      return i < values.size() ? values.get(i).strip() : "";
    }
  }

  /** The fields of a line, or why it could not be split. */
  record Fields(List<String> values, Optional<String> problem) {
    static Fields malformed(String reason) {
      return new Fields(List.of(), Optional.of(reason));
    }

    boolean ok() {
      return problem.isEmpty();
    }
  }
}
