package org.parley.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.ingest.text.DecodedText;
import org.parley.model.Diagnostic;

/**
 * Metadata for plain-text inputs, read from a JSON-lines file: one object a line with {@code file}
 * (matched against an input's file name) and any of {@code id}, {@code url}, {@code outlet}, {@code
 * published}, {@code language}, {@code title}. It is loaded whole (it holds metadata, not text).
 * Bad lines become {@link #problems()}; the first entry for a file name wins.
 */
public final class Manifest {
  private final Optional<Path> path;
  private final Map<String, SourceMetadata> entries;
  private final List<SourceRejection> problems;

  private Manifest(
      Optional<Path> path, Map<String, SourceMetadata> entries, List<SourceRejection> problems) {
    this.path = path;
    this.entries = Map.copyOf(entries);
    this.problems = List.copyOf(problems);
  }

  public static Manifest none() {
    return new Manifest(Optional.empty(), Map.of(), List.of());
  }

  /** Loads a manifest; a missing file or a bad line is a problem, never an exception. */
  public static Manifest load(Path path) {
    Objects.requireNonNull(path, "path");
    String file = path.toString();
    Map<String, SourceMetadata> entries = new HashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    List<SourceRejection> problems = new ArrayList<>();
    try (ByteLines lines = new ByteLines(Files.newInputStream(path))) {
      byte[] bytes;
      while ((bytes = lines.next()) != null) {
        String record = Long.toString(lines.lineNumber());
        DecodedText decoded = JsonLines.decode(bytes, lines.lineNumber());
        if (decoded.text().isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JsonLines.parseObject(decoded.text());
        } catch (JsonProcessingException e) {
          problems.add(
              SourceRejection.of(
                  Diagnostic.Severity.ERROR,
                  file,
                  record,
                  "invalid manifest line",
                  JsonLines.describe(e)));
          continue;
        }
        Optional<String> name = SourceMetadata.findText(node, "file");
        if (name.isEmpty()) {
          problems.add(
              SourceRejection.of(
                  Diagnostic.Severity.ERROR, file, record, "manifest line has no file"));
          continue;
        }
        String key = fileName(name.get());
        if (entries.containsKey(key)) {
          problems.add(
              SourceRejection.of(
                  Diagnostic.Severity.WARNING,
                  file,
                  record,
                  "duplicate manifest entry for "
                      + key
                      + " (first on line "
                      + lineOf.get(key)
                      + ")"));
          continue;
        }
        entries.put(key, SourceMetadata.fromJson(node));
        lineOf.put(key, lines.lineNumber());
      }
    } catch (NoSuchFileException e) {
      problems.add(SourceRejection.of(Diagnostic.Severity.ERROR, file, "", "manifest not found"));
    } catch (IOException e) {
      problems.add(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              file,
              "",
              "manifest unreadable",
              String.valueOf(e.getMessage())));
    }
    return new Manifest(Optional.of(path), entries, problems);
  }

  /**
   * The last component of a path written with either separator; manifests are shared across
   * systems.
   */
  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** The entry for an input file name (without directories, as {@link InputFile#name()}). */
  public Optional<SourceMetadata> findEntry(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return Optional.ofNullable(entries.get(fileName(fileName)));
  }

  /** The entry for an input file, matched by its file name. */
  public Optional<SourceMetadata> findEntry(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return name == null ? Optional.empty() : Optional.ofNullable(entries.get(name.toString()));
  }

  public Optional<Path> path() {
    return path;
  }

  public int size() {
    return entries.size();
  }

  /** Lines that could not be used, and a missing or unreadable file. */
  public List<SourceRejection> problems() {
    return problems;
  }
}
