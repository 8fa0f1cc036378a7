package org.parley.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about whether it holds the story. Class names are
 * split into words ({@code story-body__inner} gives story, body, inner; {@code shareBar} gives
 * share, bar) so that a short word like "ad" or "nav" matches only as a word, while a few long
 * unambiguous words also match inside a run-together name ({@code mostread}, {@code sharetools}).
 */
final class Hints {
  private Hints() {}

  /** Words of a story container. */
  private static final Set<String> POSITIVE =
      Set.of(
          "article",
          "articlebody",
          "story",
          "storybody",
          "content",
          "body",
          "entry",
          "post",
          "text",
          "main",
          "news",
          "blog",
          "prose",
          "richtext",
          "paragraph",
          "column");

  /** Words of page chrome, each also a reason to drop the element before scoring. */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of(
          "nav",
          "navbar",
          "menu",
          "footer",
          "masthead",
          "breadcrumb",
          "breadcrumbs",
          "comment",
          "comments",
          "share",
          "sharing",
          "social",
          "related",
          "promo",
          "promotion",
          "caption",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "ad",
          "ads",
          "adv",
          "advert",
          "advertisement",
          "advertising",
          "banner",
          "sponsor",
          "sponsored",
          "outbrain",
          "taboola",
          "popular",
          "trending",
          "recommended",
          "recommendation",
          "recommendations",
          "byline",
          "dateline",
          "tags",
          "tag",
          "topics",
          "sidebar",
          "widget",
          "skip",
          "toolbar",
          "print",
          "modal",
          "popup",
          "login",
          "hidden",
          "copyright",
          "disclaimer",
          "paywall",
          "more",
          "readmore",
          "next",
          "prev",
          "pagination",
          "author",
          "credit",
          "credits",
          "timestamp",
          "meta",
          "keywords",
          "rail",
          "aside",
          "bio",
          "contributor",
          "feedback",
          "correction",
          "corrections",
          "editorspicks",
          "pick",
          "interstitial",
          "standfirst",
          "subtitle",
          "chapo",
          "dek");

  /** Words of an element that frames a picture: with an image and little text it is a figure. */
  private static final Set<String> PICTURE_WORDS =
      Set.of("image", "img", "photo", "picture", "media", "gallery", "thumbnail", "figure");

  private static final Pattern NEGATIVE_INSIDE =
      Pattern.compile(
          "mostread|mostpopular|mostviewed|sharebar|sharetools|socialshare|newsletter|cookiebanner"
              + "|consent|relatedstor|relatedarticle|relatedlink|readmore|breadcrumb|outbrain"
              + "|taboola|figcaption|imagecaption|photocaption|commentlist|disqus");

  /** Words that mark the story body itself, which wins over any negative word on the element. */
  private static final Pattern STRONG_POSITIVE =
      Pattern.compile(
          "articlebody|article-body|article_body|storybody|story-body|story_body|entry-content"
              + "|post-content|post-body|postbody|article-content|article__content|story-content"
              + "|content-body|article-text|story-text|body-text|bodytext|news-content|newstext"
              + "|article_txt|art_body|articletxt|maincontent|main-content");

  private static final Set<String> CHROME_TAGS =
      Set.of(
          "nav",
          "footer",
          "aside",
          "figure",
          "figcaption",
          "form",
          "button",
          "select",
          "input",
          "textarea",
          "label",
          "menu",
          "dialog");

  private static final Set<String> INVISIBLE_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "img",
          "map",
          "head",
          "link",
          "meta",
          "title",
          "source");

  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar",
          "button");

  /** Never shown as text. */
  static boolean isInvisible(Element e) {
    if (INVISIBLE_TAGS.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** The class and id words of an element, lower-cased and joined by spaces. */
  static String names(Element e) {
    // Test hooks (data-testid, data-qa) name a block's role as plainly as a class does.
    String raw =
        e.className()
            + " "
            + e.id()
            + " "
            + e.attr("data-component")
            + " "
            + e.attr("data-testid")
            + " "
            + e.attr("data-qa");
    return raw.strip();
  }

  /** Whether the element is chrome: its tag, role or names say navigation, sharing, ads etc. */
  static boolean isChrome(Element e) {
    if (CHROME_TAGS.contains(e.normalName())) {
      return true;
    }
    if (e.normalName().equals("header") && !e.parent().normalName().equals("body")) {
      // A story's own header holds the headline and byline, both metadata rather than body.
      return true;
    }
    if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (isPictureFrame(e) || isCaptionUnderPicture(e)) {
      return true;
    }
    return isNegative(names(e)) && !isStrongPositive(e);
  }

  /**
   * A block named for a picture ({@code image-area}, {@code photo-box}) that holds an image and
   * little text: a figure built of divs, whose text is its caption.
   */
  private static boolean isPictureFrame(Element e) {
    boolean named = false;
    for (String w : words(names(e))) {
      named |= PICTURE_WORDS.contains(w);
    }
    return named
        && e.selectFirst("img, picture, amp-img") != null
        && e.text().length() < 300
        && !isStrongPositive(e);
  }

  /**
   * A centred paragraph right after a paragraph that is only an image: the caption as many CMSs
   * write it into the story itself (Xinhua, China Daily and others).
   */
  private static boolean isCaptionUnderPicture(Element e) {
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (!e.normalName().equals("p") || !style.contains("text-align:center")) {
      return false;
    }
    Element prev = e.previousElementSibling();
    return prev != null
        && prev.text().isBlank()
        && prev.selectFirst("img, picture, amp-img") != null
        && e.text().length() < 500;
  }

  /** Whether an element's names mark it as the story body, whatever other words it has. */
  static boolean isStrongPositive(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    return STRONG_POSITIVE.matcher(names(e).toLowerCase(Locale.ROOT)).find();
  }

  static boolean isNegative(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String w : words(names)) {
      if (NEGATIVE_WORDS.contains(w)) {
        return true;
      }
    }
    return NEGATIVE_INSIDE.matcher(names.toLowerCase(Locale.ROOT)).find();
  }

  static boolean isPositive(String names) {
    for (String w : words(names)) {
      if (POSITIVE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The class weight of readability-style scoring: +25 for story words, -25 for chrome words. */
  static int weight(Element e) {
    int w = 0;
    String names = names(e);
    if (isStrongPositive(e)) {
      w += 50;
    } else if (isPositive(names)) {
      w += 25;
    }
    if (isNegative(names)) {
      w -= 25;
    }
    return w;
  }

  /** {@code story-body__inner shareBar} gives story, body, inner, share, bar. */
  static String[] words(String names) {
    String split = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return split.split("[^a-z0-9]+");
  }
}
