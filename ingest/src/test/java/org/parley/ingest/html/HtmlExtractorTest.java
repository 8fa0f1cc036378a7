package org.parley.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.SourceSegment;

class HtmlExtractorTest {
  static final List<String> FIXTURES =
      List.of(
          "kbs-world",
          "korea-times",
          "yonhap",
          "reuters",
          "apnews",
          "bbc",
          "guardian",
          "wordpress-blog",
          "listing",
          "broken");

  static final List<String> FIELDS =
      List.of("title", "outlet", "published", "byline", "language", "canonicalUrl");

  static Stream<String> fixtures() {
    return FIXTURES.stream();
  }

  static String resource(String name) throws IOException {
    return resource("html", name);
  }

  static String resource(String dir, String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/" + dir + "/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode expected(String fixture) throws IOException {
    return expected("html", fixture);
  }

  static JsonNode expected(String dir, String fixture) throws IOException {
    return new ObjectMapper().readTree(resource(dir, fixture + ".expected.json"));
  }

  static ExtractedPage extract(String fixture) throws IOException {
    return extract("html", fixture);
  }

  static ExtractedPage extract(String dir, String fixture) throws IOException {
    JsonNode exp = expected(dir, fixture);
    Optional<String> pageUrl =
        exp.hasNonNull("pageUrl") ? Optional.of(exp.get("pageUrl").asText()) : Optional.empty();
    return HtmlExtractor.extract(resource(dir, fixture + ".html"), pageUrl);
  }

  static Optional<String> field(ExtractedPage p, String name) {
    return switch (name) {
      case "title" -> p.title();
      case "outlet" -> p.outlet();
      case "published" -> p.published();
      case "byline" -> p.byline();
      case "language" -> p.language();
      case "canonicalUrl" -> p.canonicalUrl();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static List<String> expectedParagraphs(JsonNode exp) {
    List<String> out = new ArrayList<>();
    exp.get("body").forEach(n -> out.add(n.asText()));
    return out;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void extractsTheExpectedBodyAndMetadata(String fixture) throws IOException {
    JsonNode exp = expected(fixture);
    ExtractedPage page = extract(fixture);
    assertThat(page.body())
        .as(fixture + " body; notes " + page.notes())
        .isEqualTo(String.join("\n\n", expectedParagraphs(exp)));
    for (String f : FIELDS) {
      JsonNode v = exp.get(f);
      Optional<String> want = v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
      assertThat(field(page, f)).as(fixture + " " + f).isEqualTo(want);
    }
    assertThat(page.notes()).as(fixture + " notes").isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyMappedBodyRunIsTheSourceText(String fixture) throws IOException {
    assertMapped("html", fixture);
  }

  static void assertMapped(String dir, String fixture) throws IOException {
    String html = resource(dir, fixture + ".html");
    ExtractedPage page = extract(dir, fixture);
    for (SourceSegment s : page.offsets()) {
      String body = page.body().substring(s.bodyBegin(), s.bodyEnd());
      String source = html.substring(s.sourceBegin(), s.sourceBegin() + s.length());
      if (s.length() == 1 && html.charAt(s.sourceBegin()) == '&') {
        // An entity's character: the segment maps its start exactly.
        assertThat(html.indexOf(';', s.sourceBegin())).isGreaterThan(s.sourceBegin());
        continue;
      }
      // A collapsed white-space run keeps the position of its first character, which may differ.
      assertThat(body.replaceAll("\\s", " "))
          .as(fixture + " " + s)
          .isEqualTo(source.replaceAll("\\s", " "));
    }
    if (page.hasStory()) {
      int mapped = page.offsets().stream().mapToInt(SourceSegment::length).sum();
      int visible = page.body().replace("\n\n", "").length();
      assertThat(mapped).as(fixture + " mapped share").isGreaterThan(visible * 9 / 10);
    }
  }

  @Test
  void editorsNotesCreditsBiosPullQuotesAndEndMarksAreNotStory() {
    String html =
        "<html><head><meta name=author content=\"Ann Lee\"></head><body><article>"
            + "<div class=source><cite>Oslo</cite></div><p>&mdash; Envoys from both countries met"
            + " in Oslo on Monday to discuss a ceasefire, officials said, the first talks in a"
            + " year.</p><blockquote class=quote><p>“To discuss a ceasefire, officials said, the"
            + " first talks in a year”</p></blockquote><p>The talks ended without an agreement, but both sides said"
            + " they would meet again next month in Geneva, where prisoner exchanges are on the"
            + " agenda. Enditem</p><p>Correction: An earlier version of this story misstated the"
            + " day of the talks.</p><p>Bo Kim in Seoul contributed to this report.</p><p>Ann Lee"
            + " is a diplomatic correspondent based in Oslo.</p><p>Home &gt; World &gt; Europe"
            + "</p></article></body></html>";
    ExtractedPage page = HtmlExtractor.extract(html, Optional.empty());
    assertThat(page.body())
        .isEqualTo(
            "Oslo — Envoys from both countries met in Oslo on Monday to discuss a ceasefire,"
                + " officials said, the first talks in a year.\n\nThe talks ended without an"
                + " agreement, but both sides said they would meet again next month in Geneva,"
                + " where prisoner exchanges are on the agenda.");
  }

  @Test
  void aBylineLineGivesTheNamesWithoutRoleOrAddress() {
    assertThat(PageMetadata.bylineFromLine("By Kim Ji-eun, staff reporter")).contains("Kim Ji-eun");
    assertThat(PageMetadata.bylineFromLine("BY SHIN HA-NEE [shin.hanee@joongang.co.kr]"))
        .contains("SHIN HA-NEE");
    assertThat(PageMetadata.bylineFromLine("By Ann Lee and Bo Kim")).contains("Ann Lee and Bo Kim");
  }

  @Test
  void anAuthorThatIsTheOutletNamesNoOne() {
    String html =
        "<html><head><meta property=og:site_name content=\"TASS\"><script"
            + " type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
            + "\"Organization\",\"name\":\"TASS\"}}</script></head><body></body></html>";
    assertThat(HtmlExtractor.extract(html, Optional.empty()).byline()).isEmpty();
  }

  @Test
  void anEntityMapsToItsFirstSourceCharacter() {
    String html =
        "<html><body><article><p>Seoul &amp; Tokyo agreed on Thursday to resume talks, officials"
            + " said, after a pause of twelve years in which relations between the two neighbours"
            + " had soured over wartime history and trade disputes.</p><p>Both sides called the"
            + " meeting a turning point for the region and pledged regular visits by their"
            + " leaders.</p></article></body></html>";
    ExtractedPage page = HtmlExtractor.extract(html, Optional.empty());
    int amp = page.body().indexOf('&');
    assertThat(html.substring(page.toSourceOffset(amp))).startsWith("&amp; Tokyo");
    int tokyo = page.body().indexOf("Tokyo");
    assertThat(html.substring(page.toSourceOffset(tokyo))).startsWith("Tokyo agreed");
    int both = page.body().indexOf("Both");
    assertThat(html.substring(page.toSourceOffset(both))).startsWith("Both sides");
    assertThat(page.toSourceOffset(page.body().length())).isLessThanOrEqualTo(html.length());
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenTheMarkupHasNoStory() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Envoys meet\",\"inLanguage\":\"en\",\"datePublished\":\"2024-02-01\","
            + "\"articleBody\":\"Envoys from both countries met in Oslo on Monday to discuss a"
            + " ceasefire, officials said.\\nThe talks, the first in a year, ended without an"
            + " agreement but both sides said they would meet again next month in Geneva, and"
            + " that \\\"progress\\\" had been made on prisoner exchanges.\"}]}</script></head>"
            + "<body><div id=app></div></body></html>";
    ExtractedPage page = HtmlExtractor.extract(html, Optional.empty());
    assertThat(page.body()).startsWith("Envoys from both countries met in Oslo");
    assertThat(page.body()).contains("\n\nThe talks, the first in a year");
    assertThat(page.published()).contains("2024-02-01");
    assertThat(page.publishedSource()).contains("json-ld");
    int q = page.body().indexOf("\"progress");
    assertThat(html.substring(page.toSourceOffset(q))).startsWith("\\\"progress");
    int oslo = page.body().indexOf("Oslo");
    assertThat(html.substring(page.toSourceOffset(oslo))).startsWith("Oslo on Monday");
  }

  @Test
  void emptyAndScriptOnlyPagesGiveAnEmptyBodyWithAReason() {
    for (String html :
        List.of(
            "",
            "   ",
            "<html></html>",
            "<script>var a = '<p>' + 1;</script><script>for(;;){}</script>",
            "<html><head><style>p{}</style></head><body><script>x()</script></body></html>",
            "<<<>>>&&&;</div></p></body>",
            "<p>Too short.</p>")) {
      ExtractedPage page = HtmlExtractor.extract(html, Optional.empty());
      assertThat(page.body()).as(html).isEmpty();
      assertThat(page.offsets()).isEmpty();
      assertThat(page.notes()).as(html).anyMatch(n -> n.startsWith("empty: "));
    }
  }

  @Test
  void deeplyNestedAndHugePagesDoNotThrow() {
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(20_000));
    for (int i = 0; i < 2_000; i++) {
      b.append("<p>Paragraph ").append(i).append(" of a long report, with commas, on the talks.");
    }
    ExtractedPage page = HtmlExtractor.extract(b.toString(), Optional.empty());
    assertThat(page.body()).contains("Paragraph 1999 of a long report");
  }

  @Test
  void aRelativeCanonicalUrlIsResolvedAndTheHostIsTheOutletOfLastResort() {
    String html =
        "<html lang=\"ko-KR\"><head><link rel=canonical href=\"/news/2019/04/25/talks.html\">"
            + "</head><body><p>x</p></body></html>";
    ExtractedPage page = HtmlExtractor.extract(html, Optional.of("https://www.example.co.kr/a/b"));
    assertThat(page.canonicalUrl())
        .contains("https://www.example.co.kr/news/2019/04/25/talks.html");
    assertThat(page.outlet()).contains("example.co.kr");
    assertThat(page.published()).contains("2019-04-25");
    assertThat(page.publishedSource()).contains("url");
    assertThat(page.language()).contains("ko");
  }

  @Test
  void aDigitRunInTheUrlGivesTheDate() {
    assertThat(PageMetadata.urlDate("https://en.yna.co.kr/view/AEN20190425001234315"))
        .contains("2019-04-25");
    assertThat(PageMetadata.urlDate("https://x.com/a/20191345/b")).isEmpty();
  }

  @Test
  void theSiteSuffixIsRemovedFromTheTitle() {
    assertThat(PageMetadata.withoutSiteSuffix("Talks resume | Reuters", Optional.of("Reuters")))
        .isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteSuffix("Talks resume - BBC News", Optional.empty()))
        .isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteSuffix("Ukraine war: talks resume", Optional.empty()))
        .isEqualTo("Ukraine war: talks resume");
  }
}
