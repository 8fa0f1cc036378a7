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
import org.parley.ingest.html.ExtractedPage;
import org.parley.ingest.html.HtmlExtractor;
import org.parley.ingest.language.Detection;
import org.parley.ingest.language.LanguageDetector;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.ContentHash;
import org.parley.model.DateValue;
import org.parley.model.Diagnostic;
import org.parley.model.SourceSegment;

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
    Body body =
        doc.type() == SourceDocument.ContentType.HTML ? fromHtml(doc, diagnostics) : fromText(doc);
    SourceMetadata meta = doc.metadata();
    Optional<String> declared =
        meta.language().or(() -> body.language).map(l -> l.toLowerCase(Locale.ROOT));
    if (declared.isPresent() && !isEnglish(declared.get())) {
      return skipped(doc, body, "language " + declared.get(), diagnostics);
    }
    if (body.text.isBlank()) {
      diagnostics.add(Diagnostic.warning(doc.file(), doc.record(), body.emptyReason));
      return skipped(doc, body, "empty text", diagnostics);
    }
    if (body.text.length() > MAX_BODY_CHARS) {
      diagnostics.add(
          Diagnostic.error(
              doc.file(),
              doc.record(),
              "story of "
                  + body.text.length()
                  + " characters is longer than any news article (limit "
                  + MAX_BODY_CHARS
                  + "); not coded"));
      return skipped(doc, body, "text too long", diagnostics);
    }
    Detection detected = LanguageDetector.shared().detect(body.text);
    Optional<String> language = meta.language().or(() -> body.language);
    if (detected.language().isPresent() && !detected.language().get().equals("en")) {
      if (declared.isEmpty() || detected.confidence() >= OVERRIDE_CONFIDENCE) {
        diagnostics.add(
            Diagnostic.warning(
                doc.file(),
                doc.record(),
                "text is in language "
                    + detected.language().get()
                    + declared.map(d -> " (declared " + d + ")").orElse("")
                    + ": "
                    + detected.reason()));
        return skipped(doc, body, "language " + detected.language().get(), diagnostics);
      }
    }
    if (language.isEmpty() && detected.language().isPresent()) {
      language = detected.language();
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
    if (published.isEmpty() && body.published.isPresent()) {
      published = PublishedDates.parse(body.published.get());
      if (published.isPresent()) {
        publishedSource = body.publishedSource;
      }
    }
    if (published.isEmpty()) {
      Optional<Dateline> dateline = DatelineFinder.find(body.datelineText);
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
    Article article = article(doc, body, published, publishedSource, language);
    return new Assembled(Optional.of(article), Optional.empty(), diagnostics);
  }

  /**
   * Longest story coded: about 150,000 words, ten times a long feature. Longer texts are books,
   * dumps or concatenated feeds, which would take the parser hours and give no usable events.
   */
  static final int MAX_BODY_CHARS = 1_000_000;

  /**
   * Above this confidence the detected language overrides a declared "en": a Korean text labelled
   * English by a careless feed is still not coded as English.
   */
  static final double OVERRIDE_CONFIDENCE = 0.5;

  /** The story and what the document itself says about it, whatever its format. */
  private static final class Body {
    String text = "";
    String datelineText = "";
    String emptyReason = "no text left after removing page furniture";
    List<CharSpan> removed = List.of();
    List<SourceSegment> sourceMap = List.of();
    Optional<String> title = Optional.empty();
    Optional<String> byline = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> outlet = Optional.empty();
    Optional<String> published = Optional.empty();
    String publishedSource = PUBLISHED_UNKNOWN;
    Optional<String> language = Optional.empty();
  }

  private static Body fromText(SourceDocument doc) {
    StrippedText stripped = FurnitureStripper.strip(doc.text());
    Body b = new Body();
    b.text = stripped.body();
    b.datelineText = doc.text();
    b.removed = stripped.removed();
    b.title = stripped.title();
    b.byline = stripped.byline();
    return b;
  }

  /** The story of a page: the extractor's body, and the page's own metadata after the record's. */
  private static Body fromHtml(SourceDocument doc, List<Diagnostic> diagnostics) {
    ExtractedPage page =
        isFragment(doc)
            ? HtmlExtractor.extractFragment(doc.text(), doc.metadata().url())
            : HtmlExtractor.extract(doc.text(), doc.metadata().url());
    Body b = new Body();
    b.text = page.body();
    b.datelineText = page.body();
    b.sourceMap = page.offsets();
    b.title = page.title();
    b.byline = page.byline();
    b.url = page.canonicalUrl();
    b.outlet = page.outlet();
    b.published = page.published();
    b.publishedSource = page.publishedSource().orElse(PUBLISHED_UNKNOWN);
    b.language = page.language();
    if (!page.hasStory()) {
      b.emptyReason = "no story found in the page: " + String.join("; ", page.notes());
    }
    return b;
  }

  /**
   * A feed item's content, or HTML with neither {@code <html>} nor {@code <body>}: a snippet of a
   * story rather than a page with navigation around it.
   */
  private static boolean isFragment(SourceDocument doc) {
    if (doc.metadataOrigin().equals(SourceDocument.ORIGIN_FEED)) {
      return true;
    }
    String head = doc.text().substring(0, Math.min(doc.text().length(), 4096));
    String lower = head.toLowerCase(Locale.ROOT);
    return !lower.contains("<html") && !lower.contains("<body");
  }

  /** A skip that keeps the record's id and metadata, so the user sees it under its own id. */
  private static Assembled skipped(
      SourceDocument doc, Body body, String reason, List<Diagnostic> diagnostics) {
    SourceMetadata meta = doc.metadata();
    Article article =
        article(
            doc,
            body,
            meta.published().flatMap(PublishedDates::parse),
            meta.published().isPresent() ? doc.metadataOrigin() : PUBLISHED_UNKNOWN,
            meta.language().or(() -> body.language));
    return new Assembled(Optional.of(article), Optional.of(reason), diagnostics);
  }

  /** The record's metadata first, the document's own second. */
  private static Article article(
      SourceDocument doc,
      Body body,
      Optional<DateValue> published,
      String publishedSource,
      Optional<String> language) {
    SourceMetadata meta = doc.metadata();
    return new Article(
        meta.id().orElse(doc.defaultId()),
        doc.location(),
        meta.url().or(() -> body.url),
        meta.outlet().or(() -> body.outlet),
        published,
        publishedSource,
        language,
        meta.title().or(() -> body.title),
        body.byline,
        body.text,
        ContentHash.sha256(body.text),
        body.removed,
        body.sourceMap);
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
        page.removed(),
        page.sourceMap());
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
        a.removed(),
        a.sourceMap());
  }
}
