package org.parley.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;

/**
 * The ids and body hashes seen so far in one run. A body seen before is a duplicate of the first
 * article that had it (the same story fetched twice, or syndicated under another id); an id seen
 * before with another body is a different article that collided, so it gets {@code id#2}, {@code
 * id#3}, ... Holds two strings per article, not the articles.
 */
final class SeenArticles {
  private final Map<String, String> idBySha = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  /** The article as admitted (possibly renamed), its status, and the old id when it was renamed. */
  record Verdict(Article article, ArticleStatus status, Optional<String> renamedFrom) {}

  Verdict admit(Article article) {
    String first = idBySha.get(article.sha256());
    if (first != null) {
      return new Verdict(article, ArticleStatus.duplicateOf(first), Optional.empty());
    }
    Optional<String> renamedFrom = Optional.empty();
    if (ids.contains(article.id())) {
      int n = 2;
      while (ids.contains(article.id() + "#" + n)) {
        n++;
      }
      renamedFrom = Optional.of(article.id());
      article = ArticleAssembler.withId(article, article.id() + "#" + n);
    }
    ids.add(article.id());
    idBySha.put(article.sha256(), article.id());
    return new Verdict(article, ArticleStatus.coded(), renamedFrom);
  }
}
