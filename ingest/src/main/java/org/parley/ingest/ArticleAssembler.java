package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.ingest.dateline.Dateline;
import org.parley.ingest.dateline.DatelineFinder;
import org.parley.ingest.dateline.PublishedDates;
import org.parley.ingest.format.SourceDocument;
import org.parley.ingest.format.SourceMetadata;
import org.parley.ingest.furniture.FurnitureStripper;
import org.parley.ingest.furniture.StrippedText;
import org.parley.model.Article;
import org.parley.model.ContentHash;
import org.parley.model.DateValue;
import org.parley.model.Diagnostic;

/**
 * Builds the article for one source document, whatever its format: metadata precedence (manifest or
 * record first, then what the text says), the language filter, furniture stripping, publication
 * date and hash.
 */
final class ArticleAssembler {
  static final String PUBLISHED_DATELINE = "dateline";
  static final String PUBLISHED_UNKNOWN = "unknown";

  private ArticleAssembler() {}

  /** The outcome for one document: an article to check for duplicates, or a skip reason. */
  record Assembled(
      Optional<Article> article, Optional<String> skipReason, List<Diagnostic> diagnostics) {
    Assembled {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  static Assembled assemble(SourceDocument doc) {
    List<Diagnostic> diagnostics = new ArrayList<>(doc.diagnostics());
    SourceMetadata meta = doc.metadata();
    Optional<String> language = meta.language().map(l -> l.toLowerCase(Locale.ROOT));
    if (doc.type() == SourceDocument.ContentType.HTML) {
      // Until the HTML extractor lands, a page is not coded as if its markup were text.
      diagnostics.add(Diagnostic.warning(doc.file(), doc.record(), "html input not supported yet"));
      return skipped(
          doc, meta, FurnitureStripper.strip(""), "html input not supported yet", diagnostics);
    }
    StrippedText stripped = FurnitureStripper.strip(doc.text());
    if (language.isPresent() && !isEnglish(language.get())) {
      return skipped(doc, meta, stripped, "language " + language.get(), diagnostics);
    }
    if (stripped.body().isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              doc.file(), doc.record(), "no text left after removing page furniture"));
      return skipped(doc, meta, stripped, "empty text", diagnostics);
    }
    Optional<DateValue> published = Optional.empty();
    String publishedSource = PUBLISHED_UNKNOWN;
    if (meta.published().isPresent()) {
      published = PublishedDates.parse(meta.published().get());
      if (published.isPresent()) {
        publishedSource = doc.metadataOrigin();
      } else {
        diagnostics.add(
            Diagnostic.warning(
                doc.file(),
                doc.record(),
                "published '" + meta.published().get() + "' is not a date; ignored"));
      }
    }
    if (published.isEmpty()) {
      Optional<Dateline> dateline = DatelineFinder.find(doc.text());
      if (dateline.isPresent() && dateline.get().date().isPresent()) {
        published = dateline.get().date();
        publishedSource = PUBLISHED_DATELINE;
      } else if (dateline.isPresent()) {
        diagnostics.add(
            new Diagnostic(
                Diagnostic.Severity.WARNING,
                doc.file(),
                doc.record(),
                dateline.get().offset(),
                "dateline '" + dateline.get().text() + "' has no year; published unknown"));
      }
    }
    Article article =
        new Article(
            meta.id().orElse(doc.defaultId()),
            doc.location(),
            meta.url(),
            meta.outlet(),
            published,
            publishedSource,
            meta.language(),
            meta.title().or(stripped::title),
            stripped.byline(),
            stripped.body(),
            ContentHash.sha256(stripped.body()),
            stripped.removed());
    return new Assembled(Optional.of(article), Optional.empty(), diagnostics);
  }

  /** A skip that keeps the record's id and metadata, so the user sees it under its own id. */
  private static Assembled skipped(
      SourceDocument doc,
      SourceMetadata meta,
      StrippedText stripped,
      String reason,
      List<Diagnostic> diagnostics) {
    Article article =
        new Article(
            meta.id().orElse(doc.defaultId()),
            doc.location(),
            meta.url(),
            meta.outlet(),
            meta.published().flatMap(PublishedDates::parse),
            meta.published().isPresent() ? doc.metadataOrigin() : PUBLISHED_UNKNOWN,
            meta.language(),
            meta.title().or(stripped::title),
            stripped.byline(),
            stripped.body(),
            ContentHash.sha256(stripped.body()),
            stripped.removed());
    return new Assembled(Optional.of(article), Optional.of(reason), diagnostics);
  }

  /** "en", "en-US", "en_GB", "eng", "English". */
  static boolean isEnglish(String language) {
    String l = language.strip().toLowerCase(Locale.ROOT);
    return l.equals("en")
        || l.startsWith("en-")
        || l.startsWith("en_")
        || l.equals("eng")
        || l.equals("english");
  }

  /** A record that never became an article (an invalid JSON line): kept under its location. */
  static Article placeholder(String location) {
    return new Article(
        location,
        location,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        PUBLISHED_UNKNOWN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        ContentHash.sha256(""),
        List.of());
  }

  /**
   * The page with what its feed item says and the page itself does not: a publication date (the
   * feed's is the publisher's own), a title, the outlet (the feed's title), the language.
   */
  static Article withMetadataFrom(Article page, SourceDocument item) {
    SourceMetadata meta = item.metadata();
    Optional<DateValue> published = page.published();
    String publishedSource = page.publishedSource();
    if (published.isEmpty() || publishedSource.equals(PUBLISHED_DATELINE)) {
      Optional<DateValue> fromFeed = meta.published().flatMap(PublishedDates::parse);
      if (fromFeed.isPresent()) {
        published = fromFeed;
        publishedSource = SourceDocument.ORIGIN_FEED;
      }
    }
    return new Article(
        page.id(),
        page.source(),
        page.url(),
        page.outlet().or(meta::outlet),
        published,
        publishedSource,
        page.language().or(meta::language),
        page.title().or(meta::title),
        page.byline(),
        page.body(),
        page.sha256(),
        page.removed());
  }

  /** The same article under another id. */
  static Article withId(Article a, String id) {
    return new Article(
        id,
        a.source(),
        a.url(),
        a.outlet(),
        a.published(),
        a.publishedSource(),
        a.language(),
        a.title(),
        a.byline(),
        a.body(),
        a.sha256(),
        a.removed());
  }
}
