package org.parley.ingest.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.SourceSegment;

/**
 * The story of one HTML page: its body as plain paragraphs, where each body character came from in
 * the HTML (so that an event found in the body can be shown in the page), what the page says about
 * itself, and notes saying why this body was chosen or why there is none.
 *
 * @param body the story's paragraphs joined by {@code "\n\n"}; empty when the page holds no story
 * @param offsets runs of body characters copied one for one from the source, in body order
 * @param title the headline
 * @param outlet the publication's name, or the host of its URL
 * @param canonicalUrl the page's own URL, absolute when a page URL was given to resolve it against
 * @param published the publication date or date-time as the page writes it
 * @param publishedSource where {@code published} came from: {@code json-ld}, {@code meta}, {@code
 *     time} (a {@code <time>} element or a date stamp shown in the story's header), {@code url} or
 *     {@code dateline}
 * @param byline the authors as the page names them
 * @param language a lower-case ISO 639-1 code, e.g. {@code en}
 * @param notes why the body was chosen or why it is empty, and other findings worth a look
 */
public record ExtractedPage(
    String body,
    List<SourceSegment> offsets,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> canonicalUrl,
    Optional<String> published,
    Optional<String> publishedSource,
    Optional<String> byline,
    Optional<String> language,
    List<String> notes) {
  public static final List<String> PUBLISHED_SOURCES =
      List.of("json-ld", "meta", "time", "url", "dateline");

  public ExtractedPage {
    Objects.requireNonNull(body, "body");
    offsets = List.copyOf(offsets);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedSource, "publishedSource");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(language, "language");
    notes = List.copyOf(notes);
    if (publishedSource.isPresent() && !PUBLISHED_SOURCES.contains(publishedSource.get())) {
      throw new IllegalArgumentException(
          "publishedSource must be one of " + PUBLISHED_SOURCES + ", was " + publishedSource.get());
    }
    int last = 0;
    for (SourceSegment s : offsets) {
      if (s.bodyBegin() < last || s.bodyEnd() > body.length()) {
        throw new IllegalArgumentException("offset segment out of order or outside the body: " + s);
      }
      last = s.bodyEnd();
    }
  }

  /** Whether a story was found. */
  public boolean hasStory() {
    return !body.isEmpty();
  }

  /**
   * The source offset of the body character at {@code bodyOffset}. A character inside a segment
   * maps exactly; one that was not copied from the source (a paragraph break, a space between
   * elements, the second character of an entity) maps to the source position just after the
   * preceding segment, or to the first segment's start when none precedes it; {@code
   * body().length()} maps past the last segment. Without any segment the answer is 0.
   *
   * @throws IndexOutOfBoundsException when {@code bodyOffset} is outside {@code [0, body.length()]}
   */
  public int toSourceOffset(int bodyOffset) {
    if (bodyOffset < 0 || bodyOffset > body.length()) {
      throw new IndexOutOfBoundsException(
          "bodyOffset " + bodyOffset + " outside [0, " + body.length() + "]");
    }
    return SourceSegment.toSource(offsets, bodyOffset);
  }
}
