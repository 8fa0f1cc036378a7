package org.parley.ingest.format;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.parley.model.ContentHash;
import org.parley.model.Diagnostic;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds, because outlets publish their stories there, often
 * whole ({@code content:encoded}, Atom {@code content}) and always with the metadata a crawl lacks:
 * title, link, publication date, outlet and language. Each item becomes a document whose metadata
 * origin is {@code "feed"}, so that the page it links to, when read too, supersedes it.
 *
 * <p>The XML is parsed with ROME's own secure parser settings: DOCTYPE declarations are refused, so
 * no entity, internal or external, is ever expanded. A feed that is not well-formed XML is one
 * rejection for the file; XML gives no items before a fatal error that can be trusted.
 */
public final class FeedReader implements FormatReader {
  /** A feed is a list of summaries; a larger file is a dump, not a feed, and is not read whole. */
  public static final long MAX_BYTES = 64L << 20;

  /** How far into a file the root element is looked for. */
  static final int SNIFF_BYTES = 4096;

  private static final Pattern TAG =
      Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*[\\s/>]|/[a-zA-Z]|!--)");
  private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");

  @Override
  public String name() {
    return "feed";
  }

  /**
   * Whether the bytes begin an XML document whose root element is {@code rss}, {@code feed} or
   * {@code rdf:RDF}: what is before the root (declaration, comments, processing instructions, a
   * DOCTYPE) is skipped.
   */
  public static boolean looksLikeFeed(byte[] head) {
    String s = headText(head);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (s.startsWith("<?", i)) {
        i = skipPast(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = skipPast(s, i, "-->");
      } else if (s.startsWith("<!", i)) {
        i = skipPast(s, i, ">");
      } else if (c == '<') {
        int end = i + 1;
        while (end < s.length()
            && !Character.isWhitespace(s.charAt(end))
            && s.charAt(end) != '>'
            && s.charAt(end) != '/') {
          end++;
        }
        String name = s.substring(i + 1, end);
        String local = name.substring(name.indexOf(':') + 1);
        return name.equals("rss") || local.equals("feed") || local.equals("RDF");
      } else {
        return false;
      }
    }
    return false;
  }

  private static String headText(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    }
    // Markup is ASCII in every encoding a feed uses apart from UTF-16.
    return new String(head, StandardCharsets.ISO_8859_1);
  }

  private static int skipPast(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  @Override
  public void read(InputFile file, Manifest manifest, Consumer<SourceItem> out) {
    String location = file.location();
    Document document;
    SyndFeed feed;
    try {
      Optional<byte[]> bytes = WholeFile.bytes(file, MAX_BYTES, false, out);
      if (bytes.isEmpty()) {
        return;
      }
      try (XmlReader xml = new XmlReader(new java.io.ByteArrayInputStream(bytes.get()), true)) {
        document = SecureInput.builder().build(xml);
      }
      feed = new SyndFeedInput().build(document);
    } catch (JDOMException e) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR, location, "", "malformed feed", describe(e)));
      return;
    } catch (FeedException | RuntimeException e) {
      // ROME throws unchecked exceptions on some malformed feeds (bad numbers, unexpected nesting).

      out.accept(
          SourceRejection.of(Diagnostic.Severity.ERROR, location, "", "not a feed", describe(e)));
      return;
    } catch (IOException e) {
      out.accept(
          SourceRejection.of(
              Diagnostic.Severity.ERROR, location, "", "unreadable file", describe(e)));
      return;
    }
    List<Element> rawItems = itemElements(document.getRootElement());
    Optional<String> outlet = clean(feed.getTitle());
    Optional<String> language = clean(feed.getLanguage());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      out.accept(
          SourceRejection.of(Diagnostic.Severity.WARNING, location, "", "feed has no items"));
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      Optional<Element> raw =
          rawItems.size() == entries.size() ? Optional.of(rawItems.get(i)) : Optional.empty();
      out.accept(item(location, i + 1, entries.get(i), raw, outlet, language));
    }
  }

  private static SourceItem item(
      String file,
      int n,
      SyndEntry entry,
      Optional<Element> raw,
      Optional<String> outlet,
      Optional<String> language) {
    String record = "item " + n;
    Optional<SyndContent> body =
        entry.getContents().stream()
            .filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .findFirst()
            .or(
                () ->
                    Optional.ofNullable(entry.getDescription())
                        .filter(c -> c.getValue() != null && !c.getValue().isBlank()));
    if (body.isEmpty()) {
      return SourceRejection.of(Diagnostic.Severity.WARNING, file, record, "empty feed item");
    }
    String text = body.get().getValue().strip();
    Optional<String> link = clean(entry.getLink());
    Optional<String> title = clean(entry.getTitle());
    String id =
        clean(entry.getUri())
            .or(() -> link)
            .orElseGet(() -> "feed-" + ContentHash.shortId(title.orElse("") + "\n" + text));
    Optional<String> published =
        raw.flatMap(FeedReader::rawDate)
            .flatMap(FeedReader::keepOffset)
            .or(() -> Optional.ofNullable(entry.getPublishedDate()).map(FeedReader::iso))
            .or(() -> Optional.ofNullable(entry.getUpdatedDate()).map(FeedReader::iso));
    return new SourceDocument(
        file,
        record,
        id,
        text,
        isHtml(body.get(), text)
            ? SourceDocument.ContentType.HTML
            : SourceDocument.ContentType.TEXT,
        new SourceMetadata(Optional.of(id), link, outlet, published, language, title),
        SourceDocument.ORIGIN_FEED,
        List.of());
  }

  /**
   * Whether a content is HTML. Atom says so ({@code type="text"} is plain text); RSS gives no type
   * that can be trusted, so its text is looked at for tags and escaped markup.
   */
  static boolean isHtml(SyndContent content, String text) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    // Atom's own types are declared by the feed; ROME labels every RSS description "text/html"
    // whatever it holds, so that label says nothing.
    if (type.equals("html") || type.contains("xhtml")) {
      return true;
    }
    if (type.equals("text") || type.equals("text/plain")) {
      return false;
    }
    return TAG.matcher(text).find() || text.contains("&lt;") || text.contains("&amp;");
  }

  /**
   * The item and entry elements, in document order, so that each entry's date can be read as
   * written: ROME turns dates into instants and loses the outlet's own offset, and with it the
   * outlet's calendar date.
   */
  private static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    String rootName = root.getName();
    if (rootName.equals("feed")) {
      items.addAll(children(root, "entry"));
    } else if (rootName.equals("RDF")) {
      items.addAll(children(root, "item"));
    } else {
      for (Element channel : children(root, "channel")) {
        items.addAll(children(channel, "item"));
      }
      items.addAll(children(root, "item"));
    }
    return items;
  }

  private static List<Element> children(Element parent, String name) {
    return parent.getChildren().stream().filter(e -> e.getName().equals(name)).toList();
  }

  private static Optional<String> rawDate(Element item) {
    for (String name : List.of("pubDate", "published", "issued", "updated", "modified")) {
      Optional<String> v =
          item.getChildren().stream()
              .filter(e -> e.getName().equals(name))
              .map(Element::getTextTrim)
              .filter(s -> !s.isEmpty())
              .findFirst();
      if (v.isPresent()) {
        return v;
      }
    }
    return clean(item.getChildTextTrim("date", DC));
  }

  /**
   * An RFC 822 date (RSS) as an ISO timestamp with its own offset; an ISO date (Atom) as written;
   * empty for anything else, so that ROME's reading of it (as an instant) is used.
   */
  static Optional<String> keepOffset(String raw) {
    if (ISO_START.matcher(raw).lookingAt()) {
      return Optional.of(raw);
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(raw.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String iso(Date date) {
    return date.toInstant().toString();
  }

  private static Optional<String> clean(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** ROME's parser settings (DOCTYPE refused, external entities off), for parsing the XML once. */
  private static final class SecureInput extends WireFeedInput {
    static SAXBuilder builder() {
      return new SecureInput().createSAXBuilder();
    }
  }
}
