package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.format.FormatReader;
import org.parley.ingest.format.JsonlReader;
import org.parley.ingest.format.Manifest;
import org.parley.ingest.format.PlainTextReader;
import org.parley.ingest.format.SourceDocument;
import org.parley.ingest.format.SourceItem;
import org.parley.ingest.format.SourceRejection;
import org.parley.model.ArticleStatus;
import org.parley.model.Diagnostic;

/**
 * Reads input files and directories into articles, streaming one {@link IngestRecord} per input
 * record to a sink. Every record ends coded, duplicate or skipped with its reason; bad data never
 * throws.
 *
 * <p>A file named on the command line is read by the first reader that {@linkplain
 * FormatReader#accepts accepts} its name, else as plain text. Directories are walked recursively in
 * file-name order; there, files no reader accepts are skipped with a reason (a stray {@code .json}
 * or {@code .pdf} is not an article), hidden files and directories (name starting with a dot) are
 * passed over, and so is the manifest itself.
 */
public final class Ingestor {
  private final List<FormatReader> readers;
  private final FormatReader fallback;

  private Ingestor(List<FormatReader> readers, FormatReader fallback) {
    this.readers = List.copyOf(readers);
    this.fallback = fallback;
  }

  /** An ingestor for the formats Parley reads: JSON lines and plain text. */
  public static Ingestor create() {
    PlainTextReader text = new PlainTextReader();
    return new Ingestor(List.of(new JsonlReader(), text), text);
  }

  /**
   * An ingestor with the given readers, tried in order, and the reader for explicitly named files
   * that no reader accepts.
   */
  public static Ingestor withReaders(List<FormatReader> readers, FormatReader fallback) {
    Objects.requireNonNull(readers, "readers");
    Objects.requireNonNull(fallback, "fallback");
    return new Ingestor(readers, fallback);
  }

  /**
   * Reads {@code inputs} (files and directories, in the order given), taking plain-text metadata
   * from {@code manifest} when given, and hands each record to {@code sink} as soon as it is read.
   */
  public IngestSummary read(
      List<Path> inputs, Optional<Path> manifest, Consumer<IngestRecord> sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(sink, "sink");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "inputs element");
    }
    Run run = new Run(sink, manifest.map(Ingestor::normalised));
    Manifest loaded = manifest.map(Manifest::load).orElse(Manifest.none());
    for (SourceRejection problem : loaded.problems()) {
      run.accept(problem);
    }
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, loaded, run, new HashSet<>());
      } else if (Files.exists(input)) {
        FormatReader reader =
            readers.stream().filter(r -> r.accepts(input)).findFirst().orElse(fallback);
        reader.read(input, loaded, run);
      } else {
        run.accept(
            SourceRejection.of(
                Diagnostic.Severity.ERROR, input.toString(), "", "no such file or directory"));
      }
    }
    return run.summary();
  }

  private void walk(Path dir, Manifest manifest, Run run, Set<Path> visited) {
    List<Path> entries;
    try {
      if (!visited.add(dir.toRealPath())) {
        run.accept(
            SourceRejection.of(
                Diagnostic.Severity.WARNING,
                dir.toString(),
                "",
                "directory already read (link loop)"));
        return;
      }
      try (Stream<Path> listing = Files.list(dir)) {
        entries = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      }
    } catch (IOException | UncheckedIOException e) {
      run.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              dir.toString(),
              "",
              "unreadable directory",
              String.valueOf(e.getMessage())));
      return;
    }
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".") || run.isManifest(entry)) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry, manifest, run, visited);
      } else if (!Files.isRegularFile(entry)) {
        run.accept(
            SourceRejection.of(
                Diagnostic.Severity.WARNING, entry.toString(), "", "not a regular file"));
      } else {
        Optional<FormatReader> reader = readers.stream().filter(r -> r.accepts(entry)).findFirst();
        if (reader.isPresent()) {
          reader.get().read(entry, manifest, run);
        } else {
          run.accept(
              SourceRejection.of(
                  Diagnostic.Severity.WARNING, entry.toString(), "", "not an input file type"));
        }
      }
    }
  }

  private static Path normalised(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** One call of {@link #read}: turns source items into records, de-duplicates, counts. */
  private static final class Run implements Consumer<SourceItem> {
    private final Consumer<IngestRecord> sink;
    private final Optional<Path> manifest;
    private final SeenArticles seen = new SeenArticles();
    private int coded;
    private int duplicates;
    private int skipped;
    private int warnings;
    private int errors;

    Run(Consumer<IngestRecord> sink, Optional<Path> manifest) {
      this.sink = sink;
      this.manifest = manifest;
    }

    boolean isManifest(Path file) {
      return manifest.isPresent() && manifest.get().equals(normalised(file));
    }

    @Override
    public void accept(SourceItem item) {
      if (item instanceof SourceRejection r) {
        emit(IngestRecord.skipped(r.location(), r.reason(), r.diagnostics()));
      } else if (item instanceof SourceDocument d) {
        accept(d);
      }
    }

    private void accept(SourceDocument doc) {
      ArticleAssembler.Assembled assembled = ArticleAssembler.assemble(doc);
      if (assembled.skipReason().isPresent()) {
        emit(
            new IngestRecord(
                doc.location(),
                assembled.article(),
                ArticleStatus.skipped(assembled.skipReason().get()),
                assembled.diagnostics()));
        return;
      }
      SeenArticles.Verdict verdict = seen.admit(assembled.article().get());
      List<Diagnostic> diagnostics = new ArrayList<>(assembled.diagnostics());
      verdict
          .renamedFrom()
          .ifPresent(
              old ->
                  diagnostics.add(
                      Diagnostic.warning(
                          doc.file(),
                          doc.record(),
                          "id "
                              + old
                              + " already used by an article with other text; renamed "
                              + verdict.article().id())));
      emit(
          new IngestRecord(
              doc.location(), Optional.of(verdict.article()), verdict.status(), diagnostics));
    }

    private void emit(IngestRecord record) {
      switch (record.status().kind()) {
        case CODED -> coded++;
        case DUPLICATE -> duplicates++;
        case SKIPPED -> skipped++;
      }
      for (Diagnostic d : record.diagnostics()) {
        if (d.severity() == Diagnostic.Severity.WARNING) {
          warnings++;
        } else {
          errors++;
        }
      }
      sink.accept(record);
    }

    IngestSummary summary() {
      return new IngestSummary(coded, duplicates, skipped, warnings, errors);
    }
  }
}
