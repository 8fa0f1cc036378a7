package org.parley.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes articles posted to {@code POST /api/articles} into the server's store. The server cannot
 * code text itself (it does not depend on the NLP modules); {@code parley serve --allow-ingest}
 * gives it an implementation that runs Parley's coding pipeline.
 */
public interface ArticleIngest {
  /**
   * One posted article, as the JSONL input's fields: {@code id}, {@code text} (or {@code body}),
   * and optional {@code title}, {@code url}, {@code outlet}, {@code published}, {@code language}.
   */
  record Posted(Map<String, String> fields) {
    public Posted {
      fields = Map.copyOf(fields);
    }

    public Optional<String> get(String name) {
      return Optional.ofNullable(fields.get(name));
    }
  }

  /**
   * What became of one posted article.
   *
   * @param id the article id
   * @param status coded, duplicate or skipped
   * @param reason why it was a duplicate or skipped (null when coded)
   * @param events the ids of the events stored for it
   */
  record Outcome(String id, String status, String reason, List<String> events) {
    public Outcome {
      events = List.copyOf(events);
    }
  }

  /** The run that coded a request's articles and each article's outcome, in posted order. */
  record Result(String runId, List<Outcome> articles) {
    public Result {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Codes {@code articles} (1..100, each with an id and text) into the store as one run. Calls are
   * made one at a time. An {@link IllegalArgumentException} is answered as a 400 with its message.
   */
  Result ingest(List<Posted> articles);
}
