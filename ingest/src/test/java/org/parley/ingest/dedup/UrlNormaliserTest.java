package org.parley.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormaliserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://WWW.Example.COM/World/Story|https://example.com/World/Story",
        "http://example.com:80/a|https://example.com/a",
        "https://example.com:443/a|https://example.com/a",
        "https://example.com:8080/a|https://example.com:8080/a",
        "https://example.com/a#comments|https://example.com/a",
        "https://m.example.com/a|https://example.com/a",
        "https://amp.example.com/a|https://example.com/a",
        "https://mobile.example.co.uk/a|https://example.co.uk/a",
        "https://m.com/a|https://m.com/a",
        "https://example.com/news/story/|https://example.com/news/story",
        "https://example.com/|https://example.com",
        "https://example.com|https://example.com",
        "https://example.com/news/story/amp|https://example.com/news/story",
        "https://example.com/news/story/amp/|https://example.com/news/story",
        "https://example.com/news/index.html|https://example.com/news",
        "https://example.com/a/./b/../c|https://example.com/a/c",
        "https://example.com/a?utm_source=twitter&utm_medium=social&id=7|https://example.com/a?id=7",
        "https://example.com/a?fbclid=IwAR0x&gclid=abc|https://example.com/a",
        "https://example.com/a?CMP=share_btn_tw&ocid=msn&ref=rss&src=feed|https://example.com/a",
        "https://example.com/a?at_medium=RSS&at_campaign=KARANGA|https://example.com/a",
        "https://example.com/a?mc_cid=1&mc_eid=2&cmpid=x|https://example.com/a",
        "https://example.com/a?b=2&a=1&c=3|https://example.com/a?a=1&b=2&c=3",
        "https://example.com/a?b=2&&a=1&|https://example.com/a?a=1&b=2",
        "https://example.com/%7Euser/%41rticle|https://example.com/~user/Article",
        "https://example.com/a%2fb|https://example.com/a%2Fb",
        "https://example.com/q?x=%e2%82%ac|https://example.com/q?x=%E2%82%AC",
        "https://example.com/a b|https://example.com/a%20b",
        "https://example.com/news/é|https://example.com/news/%C3%A9",
        "https://bücher.example/a|https://xn--bcher-kva.example/a",
        "https://EXAMPLE.com./a|https://example.com/a",
        "https://user:pw@example.com/a|https://example.com/a",
        "//www.example.com/a|https://example.com/a",
        "https://[2001:DB8::1]:8443/a|https://[2001:db8::1]:8443/a",
        "  https://example.com/a  |https://example.com/a",
      })
  void normalisesEachUrl(String url, String expected) {
    assertThat(UrlNormaliser.normalise(url)).contains(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "not a url",
        "example.com/a",
        "ftp://example.com/a",
        "mailto:desk@example.com",
        "https://",
        "https:///path",
        "https://exa mple.com/a",
        "https://example..com/a",
        "https://-example.com/a",
        "https://example.com:99999/a",
        "https://example.com:abc/a",
        "https://[2001:db8::1/a",
      })
  void invalidUrlsGiveNothing(String url) {
    assertThat(UrlNormaliser.normalise(url)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.example.com/2024/05/01/world/story.html?utm_source=rss"
            + "|http://m.example.com/2024/05/01/world/story.html#top",
        "https://example.com/news/story/amp?ocid=x|https://www.example.com/news/story/",
        "https://example.com/a?id=1&page=2|https://example.com/a?page=2&id=1&utm_campaign=c",
      })
  void spellingsOfOneArticleNormaliseAlike(String a, String b) {
    assertThat(UrlNormaliser.normalise(a)).isPresent().isEqualTo(UrlNormaliser.normalise(b));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/World|https://example.com/world",
        "https://example.com/a?id=1|https://example.com/a?id=2",
        "https://example.com:8080/a|https://example.com/a",
        "https://news.example.com/a|https://example.com/a",
      })
  void differentArticlesStayDifferent(String a, String b) {
    assertThat(UrlNormaliser.normalise(a)).isNotEqualTo(UrlNormaliser.normalise(b));
  }

  @org.junit.jupiter.api.Test
  void nullGivesNothing() {
    assertThat(UrlNormaliser.normalise(null)).isEmpty();
  }
}
