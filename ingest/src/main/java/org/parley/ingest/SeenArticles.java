package org.parley.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.ingest.dedup.NearDuplicates;
import org.parley.ingest.dedup.UrlNormaliser;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;

/**
 * The articles seen so far in one run, by id, body hash and normalised URL. A body seen before is a
 * duplicate of the first article that had it (the same story fetched twice, or syndicated under
 * another id); a URL seen before is the same article fetched again (perhaps updated since); an id
 * seen before with another body is a different article that collided, so it gets {@code id#2},
 * {@code id#3}, ... Holds a few strings per article, not the articles.
 */
final class SeenArticles {
  private final Map<String, String> idBySha = new HashMap<>();
  private final Map<String, String> idByUrl = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final NearDuplicates nearDuplicates = new NearDuplicates();
  private final PriorArticles prior;

  SeenArticles() {
    this(PriorArticles.NONE);
  }

  /** Also checking each new body against the articles {@code prior} knows from earlier runs. */
  SeenArticles(PriorArticles prior) {
    this.prior = prior;
  }

  /** The first of {@code id#2}, {@code id#3}, ... not yet used. */
  private String nextFreeId(String id) {
    int n = 2;
    while (ids.contains(id + "#" + n)) {
      n++;
    }
    return id + "#" + n;
  }

  /** The article as admitted (possibly renamed), its status, and the old id when it was renamed. */
  record Verdict(Article article, ArticleStatus status, Optional<String> renamedFrom) {}

  Verdict admit(Article article) {
    String first = idBySha.get(article.sha256());
    if (first != null) {
      return new Verdict(
          article,
          ArticleStatus.duplicateOf(first, ArticleStatus.SAME_CONTENT, 1),
          Optional.empty());
    }
    Optional<String> stored = prior.codedWithContent(article.sha256(), article.id());
    if (stored.isPresent()) {
      return new Verdict(
          article,
          ArticleStatus.duplicateOf(stored.get(), ArticleStatus.STORED_CONTENT, 1),
          Optional.empty());
    }
    Optional<String> url = article.url().flatMap(UrlNormaliser::normalise);
    if (url.isPresent() && idByUrl.containsKey(url.get())) {
      return new Verdict(
          article,
          ArticleStatus.duplicateOf(idByUrl.get(url.get()), ArticleStatus.SAME_URL, 1),
          Optional.empty());
    }
    Optional<String> renamedFrom = Optional.empty();
    String finalId = ids.contains(article.id()) ? nextFreeId(article.id()) : article.id();
    Optional<NearDuplicates.Match> near = nearDuplicates.admit(finalId, article.body());
    if (near.isPresent()) {
      return new Verdict(
          article,
          ArticleStatus.duplicateOf(
              near.get().firstId(), ArticleStatus.NEAR_DUPLICATE, near.get().similarity()),
          Optional.empty());
    }
    if (ids.contains(article.id())) {
      renamedFrom = Optional.of(article.id());
      article = ArticleAssembler.withId(article, finalId);
    }
    ids.add(article.id());
    idBySha.put(article.sha256(), article.id());
    String id = article.id();
    url.ifPresent(u -> idByUrl.put(u, id));
    return new Verdict(article, ArticleStatus.coded(), renamedFrom);
  }
}
