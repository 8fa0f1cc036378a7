package org.parley.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.ingest.dateline.PublishedDates;

/**
 * What a page says about itself, read from its head and its story's header before the story is cut
 * out: Open Graph and article meta tags, JSON-LD, {@code <link rel=canonical>}, {@code <time>}, the
 * {@code lang} attribute. Each field takes its sources in a fixed order, most deliberate first (a
 * tag written for machines before a heading written for readers).
 */
final class PageMetadata {
  private static final Pattern URL_DATE_PATH =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?=[/._-]|$)");
  private static final Pattern URL_DATE_DIGITS =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=\\d{6,}|\\D|$)");
  private static final Pattern HAS_DATE =
      Pattern.compile("(?:19|20)\\d{2}(?:-?\\d{2}-?\\d{2}|[/.]\\d{1,2}[/.]\\d{1,2})");
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("^(.{12,}?)\\s+(?:\\||-|–|—|::|:|·|•)\\s+([^|–—:·•]{2,60})$");

  /** "Talks resume-Xinhua": a one-word site name written right after the headline's last word. */
  private static final Pattern TIGHT_SUFFIX =
      Pattern.compile("^(.{12,}?[\\p{Ll}\\d])-(\\p{Lu}[\\p{L}]{2,30})$");

  private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by\\s*:?\\s+");

  private static final List<String> META_DATES =
      List.of(
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[name=article:published_time]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=date]",
          "meta[name=DC.date.issued]",
          "meta[name=dc.date]",
          "meta[name=sailthru.date]",
          "meta[name=parsely-pub-date]");

  private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO2.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // A code without a three-letter form needs no mapping.
      }
    }
  }

  record Fields(
      Optional<String> title,
      Optional<String> outlet,
      Optional<String> canonicalUrl,
      Optional<String> published,
      Optional<String> publishedSource,
      Optional<String> byline,
      Optional<String> language) {}

  private PageMetadata() {}

  static Fields read(Document doc, StructuredData ld, Optional<String> pageUrl) {
    Optional<String> outletName =
        meta(doc, "meta[property=og:site_name]")
            .or(ld::publisherName)
            .or(() -> meta(doc, "meta[name=application-name]"))
            .or(() -> titleSiteName(doc));
    Optional<String> canonical =
        attr(doc, "link[rel~=(?i)^canonical$]", "href")
            .or(() -> meta(doc, "meta[property=og:url]"))
            .or(ld::url)
            .map(u -> resolve(u, pageUrl))
            .or(() -> pageUrl);
    Optional<String> outlet = outletName.or(() -> canonical.flatMap(PageMetadata::host));
    Optional<String> title =
        meta(doc, "meta[property=og:title]")
            .or(ld::headline)
            .or(() -> storyHeading(doc))
            .or(() -> Optional.of(doc.title().strip()).filter(s -> !s.isEmpty()))
            .map(t -> withoutSiteSuffix(t, outletName));
    Optional<String> byline =
        ld.authors()
            .or(() -> meta(doc, "meta[name=author]").filter(a -> !a.startsWith("http")))
            .or(() -> text(doc, "a[rel=author], [rel=author]"))
            .or(() -> bylineElement(doc))
            .map(b -> BY.matcher(b).replaceFirst("").strip())
            .filter(b -> !b.isEmpty())
            // An author that is the outlet itself ("TASS", "FRANCE 24") names no one.
            .filter(b -> !isOutlet(b, outletName) && !isOutlet(b, ld.publisherName()));
    Optional<String> language =
        attr(doc, "html[lang]", "lang")
            .or(() -> attr(doc, "html[xml:lang]", "xml:lang"))
            .or(() -> meta(doc, "meta[property=og:locale]"))
            .or(() -> attr(doc, "meta[http-equiv~=(?i)content-language]", "content"))
            .or(ld::language)
            .flatMap(PageMetadata::language);
    Optional<String> published = Optional.empty();
    Optional<String> source = Optional.empty();
    Optional<String> d = ld.datePublished().filter(PageMetadata::hasDate);
    if (d.isPresent()) {
      published = d;
      source = Optional.of("json-ld");
    } else if ((d = metaDate(doc)).isPresent()) {
      published = d;
      source = Optional.of("meta");
    } else if ((d = timeDate(doc)).isPresent()) {
      published = d;
      source = Optional.of("time");
    } else if ((d = shownDate(doc)).isPresent()) {
      published = d;
      source = Optional.of("time");
    } else if ((d = canonical.flatMap(PageMetadata::urlDate)).isPresent()) {
      published = d;
      source = Optional.of("url");
    }
    return new Fields(title, outlet, canonical, published, source, byline, language);
  }

  private static Optional<String> metaDate(Document doc) {
    for (String q : META_DATES) {
      Optional<String> v = meta(doc, q).filter(PageMetadata::hasDate);
      if (v.isPresent()) {
        return v;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      for (String a : List.of("content", "datetime")) {
        String v = e.attr(a).strip();
        if (hasDate(v)) {
          return Optional.of(v);
        }
      }
      String t = e.text().strip();
      if (hasDate(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A {@code <time datetime>} in the story or its header, not one in a teaser or a comment. */
  private static Optional<String> timeDate(Document doc) {
    for (Element t :
        doc.select("article time[datetime], header time[datetime], main time[datetime]")) {
      Element card = t.closest("article");
      boolean teaser =
          card != null
              && card.parent() != null
              && card.parent().getElementsByTag("article").size() > 1;
      for (Element a : t.parents()) {
        String n = Hints.names(a).toLowerCase(Locale.ROOT);
        if (a.normalName().equals("li")
            || a.normalName().equals("aside")
            || n.matches(".*(related|promo|comment|popular|most|recommend).*")) {
          teaser = true;
          break;
        }
      }
      String v = t.attr("datetime").strip();
      if (!teaser && hasDate(v)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * A date stamp shown in the story's header ({@code <div class="time">2024-05-03 21:15:30</div>},
   * "Posted on : 2024-05-03 16:52 KST") on a page whose markup gives none to machines: it is more
   * precise than the URL's day. Only a stamp that is all date (after a short label) counts.
   */
  private static Optional<String> shownDate(Document doc) {
    for (Element e :
        doc.select(
            "[class~=(?i)(^|[-_ ])(date|time|datetime|date-time|pubdate|publish(ed)?(-?date)?|posted)([-_ ]|$)]")) {
      if (e.closest("li, aside, footer, nav, [class~=(?i)comment|related|popular|most]") != null) {
        continue;
      }
      String t = e.ownText().strip();
      if (t.isEmpty() && e.children().size() <= 1) {
        t = e.text().strip();
      }
      t = t.replaceFirst("^[\\p{L} ]{0,20}:\\s*", "").strip();
      if (t.length() <= 40
          && t.matches(
              "(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?(?: ?[A-Z]{2,4})?")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The site's name as the {@code <title>} ends with it, for a page whose metadata names no outlet:
   * "Talks resume | Reuters", or "Talks resume-Xinhua" when the page's copyright line names it too.
   */
  private static Optional<String> titleSiteName(Document doc) {
    String t = doc.title().strip().replaceAll("\\s+", " ");
    Matcher m = TITLE_SUFFIX.matcher(t);
    if (m.matches() && !withoutSiteSuffix(t, Optional.empty()).equals(t)) {
      return Optional.of(m.group(2).strip());
    }
    Matcher tight = TIGHT_SUFFIX.matcher(t);
    if (tight.matches() && doc.body() != null) {
      String site = normal(tight.group(2));
      String text = doc.body().text().toLowerCase(Locale.ROOT);
      for (String mark : List.of("copyright", "©")) {
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
          String near = text.substring(i, Math.min(text.length(), i + 120));
          if (normal(near).contains(site)) {
            return Optional.of(tight.group(2));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isOutlet(String name, Optional<String> outlet) {
    return outlet.map(o -> !normal(o).isEmpty() && normal(o).equals(normal(name))).orElse(false);
  }

  /** The names of an in-story byline line: "By Kim Ji-eun, staff reporter" gives "Kim Ji-eun". */
  static Optional<String> bylineFromLine(String line) {
    String t = BY.matcher(line).replaceFirst("").replaceFirst("\\s*\\[[^\\]]*\\]$", "").strip();
    t =
        t.replaceFirst(
                "(?i),\\s*[\\p{L} ]*(?:reporter|writer|correspondent|editor|columnist|staff|contributor"
                    + "|intern|chief|journalist)[\\p{L} ]*$",
                "")
            .strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** A date written in a URL's path, as ISO. */
  static Optional<String> urlDate(String url) {
    Matcher m = URL_DATE_PATH.matcher(url);
    if (!m.find()) {
      m = URL_DATE_DIGITS.matcher(url);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return Optional.of(day.toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean hasDate(String v) {
    return HAS_DATE.matcher(v).find() || PublishedDates.parse(v).isPresent();
  }

  private static Optional<String> storyHeading(Document doc) {
    return text(doc, "article h1, main h1, [itemprop=headline], h1");
  }

  private static Optional<String> bylineElement(Document doc) {
    for (Element e : doc.select("[class~=(?i)byline|author], [itemprop=author]")) {
      if (e.closest("li, aside, footer, [class~=(?i)comment|related]") != null) {
        continue;
      }
      Element name = e.selectFirst("[itemprop=name], [class~=(?i)author-?name|name]");
      String t = (name != null ? name : e).text().strip();
      if (!t.isEmpty() && t.length() <= 120) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Removes {@code " | The Site"} when the part after the separator is the outlet or reads like
   * one.
   */
  static String withoutSiteSuffix(String title, Optional<String> outlet) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (outlet.isPresent() && t.endsWith("-" + outlet.get())) {
      Matcher tight = TIGHT_SUFFIX.matcher(t);
      if (tight.matches()) {
        return tight.group(1);
      }
    }
    Matcher m = TITLE_SUFFIX.matcher(t);
    if (!m.matches()) {
      return t;
    }
    String tail = m.group(2).strip();
    boolean isOutlet =
        outlet
            .map(o -> normal(o).equals(normal(tail)) || normal(tail).contains(normal(o)))
            .orElse(false);
    boolean looksLikeSite =
        tail.split("\\s+").length <= 4
            && Character.isUpperCase(tail.codePointAt(0))
            && !tail.matches(".*[.!?]$")
            && !m.group(0).contains(": ");
    return isOutlet || (looksLikeSite && !tail.contains(",")) ? m.group(1).strip() : t;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** {@code en-US}, {@code en_GB}, {@code eng}, {@code EN} give {@code en}. */
  static Optional<String> language(String raw) {
    String primary = raw.strip().split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
    if (primary.matches("[a-z]{2}")) {
      return Optional.of(primary);
    }
    if (primary.matches("[a-z]{3}")) {
      return Optional.ofNullable(ISO3_TO_ISO2.get(primary));
    }
    return Optional.empty();
  }

  static Optional<String> host(String url) {
    try {
      String h = new URI(url).getHost();
      if (h == null || h.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  static String resolve(String url, Optional<String> base) {
    String u = url.strip();
    if (base.isEmpty()) {
      return u;
    }
    try {
      URI target = new URI(u.replace(" ", "%20"));
      if (target.isAbsolute()) {
        return u;
      }
      return new URI(base.get().strip().replace(" ", "%20")).resolve(target).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return u;
    }
  }

  private static Optional<String> meta(Document doc, String query) {
    return attr(doc, query, "content");
  }

  private static Optional<String> attr(Document doc, String query, String attribute) {
    for (Element e : doc.select(query)) {
      String v = e.attr(attribute).strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Document doc, String query) {
    for (Element e : doc.select(query)) {
      String v = e.text().strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
