package org.parley.ingest.format;

import java.nio.file.Path;
import java.util.Locale;

/** File-name facts the readers share. */
final class InputFiles {
  private InputFiles() {}

  /** The lower-case extension without the dot, empty when there is none. */
  static String extension(Path file) {
    String name = nameOf(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension, used as the article id when nothing else names it. */
  static String baseName(Path file) {
    String name = nameOf(file);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
