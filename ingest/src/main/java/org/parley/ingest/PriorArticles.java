package org.parley.ingest;

import java.util.Optional;

/**
 * Articles coded before this run, for de-duplication across runs: a daily crawl fetches many of
 * yesterday's stories again, under new file names or record ids, and coding them again would count
 * their events twice. The store answers this in {@code parley code}.
 */
@FunctionalInterface
public interface PriorArticles {
  /** None: de-duplication within the run only. */
  PriorArticles NONE = (sha256, id) -> Optional.empty();

  /**
   * The id of an article coded earlier whose body has SHA-256 {@code sha256}, other than {@code id}
   * itself (the same article coded again replaces its earlier coding instead).
   */
  Optional<String> codedWithContent(String sha256, String id);
}
