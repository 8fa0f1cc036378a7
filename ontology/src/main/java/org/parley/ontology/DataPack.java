package org.parley.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data pack (dictionaries, codebooks, gold suites) Parley reads, and Parley's own dictionary
 * additions.
 *
 * <p>The pack is found, in order, at: the directory given explicitly ({@code --data}), {@code
 * PARLEY_DATA}, {@code ./data}, and {@code ../shared/data} beside the checkout ({@code
 * parley.home}). Parley's additions are in {@code dictionaries/} of the checkout, or {@code
 * PARLEY_DICTIONARIES}.
 */
public final class DataPack {
  private final Path root;
  private final Optional<Path> additions;

  private DataPack(Path root, Optional<Path> additions) {
    this.root = root;
    this.additions = additions;
  }

  /** A pack at exactly this directory; fails when it does not look like a data pack. */
  public static DataPack at(Path root, Optional<Path> additions) {
    Objects.requireNonNull(root, "root");
    if (!looksLikePack(root)) {
      throw new IllegalArgumentException(
          "data directory "
              + root
              + " is not a Parley data pack (it needs dictionaries/ and codebooks/)");
    }
    return new DataPack(root.toAbsolutePath().normalize(), additions.filter(Files::isDirectory));
  }

  /**
   * Finds the pack as described in the class comment.
   *
   * @param explicit the {@code --data} option, if given
   * @param env the process environment (PARLEY_DATA, PARLEY_DICTIONARIES, PARLEY_HOME)
   * @param home the Parley checkout, if known (system property {@code parley.home})
   */
  public static DataPack locate(
      Optional<Path> explicit, Map<String, String> env, Optional<Path> home) {
    List<Path> tried = new ArrayList<>();
    Optional<Path> homeDir =
        home.or(() -> Optional.ofNullable(env.get("PARLEY_HOME")).map(Path::of));
    Optional<Path> additions =
        Optional.ofNullable(env.get("PARLEY_DICTIONARIES"))
            .map(Path::of)
            .or(() -> homeDir.map(h -> h.resolve("dictionaries")))
            .or(() -> Optional.of(Path.of("dictionaries")));
    if (explicit.isPresent()) {
      return at(explicit.get(), additions);
    }
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(env.get("PARLEY_DATA")).map(Path::of).ifPresent(candidates::add);
    candidates.add(Path.of("data"));
    homeDir.ifPresent(h -> candidates.add(h.resolve("../shared/data")));
    candidates.add(Path.of("../shared/data"));
    for (Path p : candidates) {
      tried.add(p.toAbsolutePath().normalize());
      if (looksLikePack(p)) {
        return new DataPack(p.toAbsolutePath().normalize(), additions.filter(Files::isDirectory));
      }
    }
    throw new IllegalStateException(
        "no data pack found; tried " + tried + ". Give one with --data DIR or PARLEY_DATA.");
  }

  /**
   * Locates the pack from system properties {@code parley.data}/{@code parley.home} and the
   * environment.
   */
  public static DataPack fromEnvironment() {
    Optional<Path> explicit = Optional.ofNullable(System.getProperty("parley.data")).map(Path::of);
    Optional<Path> home = Optional.ofNullable(System.getProperty("parley.home")).map(Path::of);
    return locate(explicit, System.getenv(), home);
  }

  private static boolean looksLikePack(Path p) {
    return Files.isDirectory(p.resolve("dictionaries"))
        && Files.isDirectory(p.resolve("codebooks"));
  }

  public Path root() {
    return root;
  }

  /** Parley's own dictionary additions folder, when there is one. */
  public Optional<Path> additions() {
    return additions;
  }

  public Path codebooks() {
    return root.resolve("codebooks");
  }

  public Path phoenix() {
    return root.resolve("dictionaries/phoenix");
  }

  public Path icews() {
    return root.resolve("dictionaries/icews");
  }

  public Path gold() {
    return root.resolve("gold");
  }

  /** A file in the pack, failing with its full path when it is missing. */
  public Path require(String relative) {
    Path p = root.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("data pack file missing: " + p);
    }
    return p;
  }
}
