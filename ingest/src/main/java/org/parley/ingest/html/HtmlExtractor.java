package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.ingest.dateline.Dateline;
import org.parley.ingest.dateline.DatelineFinder;

/**
 * Turns a news page into its story and what the page says about it. Events must be coded from the
 * story alone: a headline in a "most read" list, a caption or a cookie notice coded as if it were
 * reported would be a false event. The body is chosen from the page's markup by scoring (see {@link
 * StoryFinder}); when the markup gives no good body but the page's JSON-LD carries an {@code
 * articleBody}, that is used. Every body character keeps its position in the HTML.
 *
 * <p>Stateless and thread-safe. Bad HTML never throws: jsoup repairs what it can, and a page
 * without a story gives an empty body and a note saying why.
 */
public final class HtmlExtractor {
  private HtmlExtractor() {}

  /**
   * Extracts the story of {@code html}.
   *
   * @param pageUrl where the page was fetched from, if known: relative canonical links are resolved
   *     against it, and it is the canonical URL when the page names none
   */
  public static ExtractedPage extract(String html, Optional<String> pageUrl) {
    return extract(html, pageUrl, false);
  }

  /**
   * Extracts the text of an HTML fragment (a feed item's content, a JSONL record's snippet), which
   * is all story however short, while its chrome (share links, "read more") is still dropped.
   */
  public static ExtractedPage extractFragment(String html, Optional<String> pageUrl) {
    return extract(html, pageUrl, true);
  }

  private static ExtractedPage extract(String html, Optional<String> pageUrl, boolean fragment) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pageUrl, "pageUrl");
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, pageUrl.orElse(""), parser);
    List<String> notes = new ArrayList<>();
    StructuredData ld = StructuredData.read(doc);
    if (ld.blocksBroken() > 0) {
      notes.add("json-ld: " + ld.blocksBroken() + " block(s) could not be read");
    }
    PageMetadata.Fields meta = PageMetadata.read(doc, ld, pageUrl);
    StoryFinder.Story story =
        fragment
            ? StoryFinder.findInFragment(doc, html, meta.title(), notes)
            : StoryFinder.find(doc, html, meta.title(), meta.byline(), notes);
    MappedText text = story.text();

    Optional<StructuredData.SourcedText> ldBody = ld.articleBody();
    if (ldBody.isPresent()) {
      int ldLength = ldBody.get().text().strip().length();
      int domLength = text.body().length();
      if (ldLength >= StoryFinder.MIN_STORY_CHARS && domLength * 2 < ldLength) {
        text = fromStructuredData(ldBody.get());
        notes.add(
            "body: json-ld articleBody, "
                + text.paragraphs().size()
                + " paragraphs ("
                + (domLength == 0
                    ? "the markup gave none"
                    : "the markup gave " + domLength + " characters")
                + ")");
      }
    }

    Optional<String> byline =
        meta.byline().or(() -> story.bylineLine().flatMap(PageMetadata::bylineFromLine));
    Optional<String> published = meta.published();
    Optional<String> publishedSource = meta.publishedSource();
    if (published.isEmpty() && !text.paragraphs().isEmpty()) {
      Optional<Dateline> dl = DatelineFinder.find(text.paragraphs().get(0));
      if (dl.isPresent() && dl.get().date().isPresent()) {
        published = Optional.of(dl.get().date().get().value());
        publishedSource = Optional.of("dateline");
      }
    }
    return new ExtractedPage(
        text.body(),
        text.segments(),
        meta.title(),
        meta.outlet(),
        meta.canonicalUrl(),
        published,
        publishedSource,
        byline,
        meta.language(),
        notes);
  }

  /** The JSON-LD body: one paragraph per line, blank lines and surrounding space dropped. */
  private static MappedText fromStructuredData(StructuredData.SourcedText ld) {
    MappedText out = new MappedText();
    MappedText.Block block = new MappedText.Block("json-ld", false, false);
    String t = ld.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        out.endParagraph(block);
      } else {
        out.append(c, ld.sources()[i], false);
      }
    }
    out.endParagraph(block);
    out.takeParagraphs().forEach(out::keep);
    return out;
  }
}
