package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.ingest.format.InputFile;
import org.parley.ingest.format.InputFormat;
import org.parley.ingest.format.Manifest;
import org.parley.ingest.format.SourceItem;
import org.parley.ingest.format.SourceRejection;
import org.parley.model.Diagnostic;

/**
 * The inputs of one run, enumerated before any is read: every file with its detected format and the
 * manifest that applies to it, in the order they will be read. Planning first lets a manifest
 * anywhere among the inputs apply to the text files beside it, lets feeds be read before the pages
 * they link to, and gives progress a total to count towards. The plan holds names and formats, not
 * content.
 *
 * <p>Inputs named on the command line are one group and each directory is another; a file detected
 * as a manifest in a group applies to the group's files and to its subdirectories, unless a
 * manifest was given explicitly (which applies everywhere).
 */
final class InputPlan {
  /** The name under which standard input is shown. */
  static final String STDIN = "<stdin>";

  /** One file to read. */
  record Entry(InputFile file, InputFormat format, Manifest manifest) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<SourceItem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Path> temporary = new ArrayList<>();
  private final Set<Path> visited = new HashSet<>();
  private final Optional<Path> explicitManifest;
  private final Supplier<InputStream> stdin;

  private InputPlan(Optional<Path> explicitManifest, Supplier<InputStream> stdin) {
    this.explicitManifest = explicitManifest.map(InputPlan::normalised);
    this.stdin = stdin;
  }

  /**
   * Plans {@code inputs} (files, directories, {@code -} for standard input). Problems found while
   * planning (a missing file, an unreadable directory, bad manifest lines) are kept as rejections
   * in {@link #problems()}, in the order met.
   */
  static InputPlan of(List<Path> inputs, Optional<Path> manifest, Supplier<InputStream> stdin) {
    InputPlan plan = new InputPlan(manifest, stdin);
    Manifest given = manifest.map(Manifest::load).orElse(Manifest.none());
    plan.problems.addAll(given.problems());
    plan.group(inputs, given, true);
    return plan;
  }

  List<Entry> entries() {
    return entries;
  }

  List<SourceItem> problems() {
    return problems;
  }

  /** What the plan decided that users should know (which manifest applies where). */
  List<String> notes() {
    return notes;
  }

  /** Bytes on disk of all planned files, for progress. */
  long totalBytes() {
    long total = 0;
    for (Entry e : entries) {
      total += Math.max(0, e.file().diskSize());
    }
    return total;
  }

  /** Deletes standard input's spool file. */
  void cleanUp() {
    for (Path p : temporary) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // A temporary file left behind is harmless; the run's records are already complete.
      }
    }
  }

  /**
   * Plans one group: the files in it are detected first, so that a manifest among them applies to
   * the others whatever the name order; then files and subdirectories are planned in order.
   */
  private void group(List<Path> paths, Manifest inherited, boolean explicit) {
    List<Object[]> detected = new ArrayList<>();
    Manifest manifest = inherited;
    for (Path p : paths) {
      if (!explicit && p.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (explicit && p.toString().equals("-")) {
        Optional<InputFile> in = spoolStdin();
        in.ifPresent(f -> detected.add(new Object[] {f, detect(f, true)}));
        continue;
      }
      if (isExplicitManifest(p)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        detected.add(new Object[] {p, null});
      } else if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
        problems.add(
            SourceRejection.of(
                Diagnostic.Severity.ERROR, p.toString(), "", "no such file or directory"));
      } else if (!Files.isRegularFile(p)) {
        problems.add(
            SourceRejection.of(
                Diagnostic.Severity.WARNING, p.toString(), "", "not a regular file"));
      } else {
        InputFile f = InputFile.of(p);
        InputFormat format = detect(f, explicit);
        if (format == InputFormat.MANIFEST) {
          if (explicitManifest.isEmpty()) {
            Manifest found = Manifest.load(p);
            problems.addAll(found.problems());
            manifest = found;
            notes.add("using " + p + " as the manifest of the files beside it");
          } else {
            notes.add(p + " looks like a manifest; not read, since --manifest was given");
          }
          continue;
        }
        detected.add(new Object[] {f, format});
      }
    }
    for (Object[] d : detected) {
      if (d[0] instanceof Path dir) {
        directory(dir, manifest);
      } else {
        entries.add(new Entry((InputFile) d[0], (InputFormat) d[1], manifest));
      }
    }
  }

  private void directory(Path dir, Manifest manifest) {
    try {
      if (!visited.add(dir.toRealPath())) {
        problems.add(
            SourceRejection.of(
                Diagnostic.Severity.WARNING,
                dir.toString(),
                "",
                "directory already read (link loop)"));
        return;
      }
      List<Path> listing;
      try (Stream<Path> s = Files.list(dir)) {
        listing = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      }
      group(listing, manifest, false);
    } catch (IOException | UncheckedIOException e) {
      problems.add(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              dir.toString(),
              "",
              "unreadable directory",
              String.valueOf(e.getMessage())));
    }
  }

  private InputFormat detect(InputFile f, boolean explicit) {
    try {
      return InputFormat.detect(f.name(), f.head(InputFile.HEAD_BYTES), explicit);
    } catch (IOException e) {
      // Reading the head failed (no permission, a corrupt gzip header): the text reader reports
      // the same failure, located, when it tries to read the file.
      return InputFormat.TEXT;
    }
  }

  private boolean isExplicitManifest(Path p) {
    return explicitManifest.isPresent() && explicitManifest.get().equals(normalised(p));
  }

  private Optional<InputFile> spoolStdin() {
    try {
      Path spool = Files.createTempFile("parley-stdin-", ".input");
      temporary.add(spool);
      try (InputStream in = stdin.get()) {
        Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.of(InputFile.of(spool, STDIN).named("stdin"));
    } catch (IOException e) {
      problems.add(
          SourceRejection.of(
              Diagnostic.Severity.ERROR,
              STDIN,
              "",
              "unreadable standard input",
              String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static Path normalised(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
