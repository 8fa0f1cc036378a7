package org.parley.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD blocks. News sites publish these for
 * search engines, so they are often cleaner than the markup: the headline without the site's
 * suffix, the publication time with its zone, the authors as names. The article is found wherever
 * the block puts it: at the top, in an array, in {@code @graph} or as {@code mainEntity};
 * references by {@code @id} (a publisher given once in the graph) are followed.
 */
final class StructuredData {
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                  .build())
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenews",
          "analysisnewsarticle",
          "blogposting",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "report",
          "askpublicnewsarticle",
          "satiricalarticle",
          "scholarlyarticle",
          "techarticle",
          "liveblogposting",
          "socialmediaposting",
          "posting");

  /** The article object, the block's source position and raw text, and the page's id index. */
  private final Optional<JsonNode> article;

  private final Map<String, JsonNode> byId;
  private final List<String> types;
  private final Optional<DataNode> articleBlock;
  private final int blocksRead;
  private final int blocksBroken;

  private StructuredData(
      Optional<JsonNode> article,
      Map<String, JsonNode> byId,
      List<String> types,
      Optional<DataNode> articleBlock,
      int blocksRead,
      int blocksBroken) {
    this.article = article;
    this.byId = byId;
    this.types = types;
    this.articleBlock = articleBlock;
    this.blocksRead = blocksRead;
    this.blocksBroken = blocksBroken;
  }

  static StructuredData read(Document doc) {
    Optional<JsonNode> best = Optional.empty();
    Optional<DataNode> bestBlock = Optional.empty();
    Map<String, JsonNode> byId = new HashMap<>();
    Set<String> types = new LinkedHashSet<>();
    int read = 0;
    int broken = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().strip();
      if (data.isEmpty()) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(stripCdata(data));
      } catch (JsonProcessingException e) {
        broken++;
        continue;
      }
      if (root == null) {
        continue;
      }
      read++;
      Deque<JsonNode> queue = new ArrayDeque<>();
      queue.add(root);
      int visited = 0;
      while (!queue.isEmpty() && visited++ < 10_000) {
        JsonNode n = queue.poll();
        if (n.isArray()) {
          n.forEach(queue::add);
          continue;
        }
        if (!n.isObject()) {
          continue;
        }
        String id = n.path("@id").asText("");
        if (!id.isEmpty() && n.size() > 1) {
          byId.putIfAbsent(id, n);
        }
        for (String t : typesOf(n)) {
          types.add(t);
          if (ARTICLE_TYPES.contains(t.toLowerCase(java.util.Locale.ROOT))
              && (best.isEmpty() || richness(n) > richness(best.get()))) {
            best = Optional.of(n);
            bestBlock =
                script.childNodes().stream()
                    .filter(DataNode.class::isInstance)
                    .map(DataNode.class::cast)
                    .findFirst();
          }
        }
        n.path("@graph").forEach(queue::add);
        if (n.has("mainEntity")) {
          queue.add(n.get("mainEntity"));
        }
      }
    }
    return new StructuredData(best, byId, List.copyOf(types), bestBlock, read, broken);
  }

  Optional<JsonNode> article() {
    return article;
  }

  /** Every {@code @type} met in the page's blocks, e.g. to tell a listing from a story. */
  List<String> types() {
    return types;
  }

  int blocksRead() {
    return blocksRead;
  }

  int blocksBroken() {
    return blocksBroken;
  }

  Optional<String> text(String field) {
    return article.flatMap(a -> textOf(resolve(a.get(field))));
  }

  Optional<String> headline() {
    return text("headline").or(() -> text("name"));
  }

  Optional<String> datePublished() {
    return text("datePublished").or(() -> text("dateCreated"));
  }

  Optional<String> url() {
    return text("url").or(() -> article.flatMap(a -> textOf(resolve(a.get("mainEntityOfPage")))));
  }

  Optional<String> language() {
    return text("inLanguage");
  }

  Optional<String> publisherName() {
    return article.flatMap(a -> nameOf(resolve(a.get("publisher"))));
  }

  /** The authors' names in order, joined by {@code ", "}. */
  Optional<String> authors() {
    if (article.isEmpty()) {
      return Optional.empty();
    }
    JsonNode a = resolve(article.get().get("author"));
    if (a == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    if (a.isArray()) {
      a.forEach(x -> nameOf(resolve(x)).ifPresent(names::add));
    } else {
      nameOf(a).ifPresent(names::add);
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
    return distinct.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", distinct));
  }

  /**
   * The article's {@code articleBody} as characters with their source positions, decoded from the
   * JSON string in the page so that the body taken from it still maps back to the HTML.
   */
  Optional<SourcedText> articleBody() {
    Optional<String> value = text("articleBody");
    if (value.isEmpty() || articleBlock.isEmpty()) {
      return Optional.empty();
    }
    DataNode block = articleBlock.get();
    String raw = block.getWholeData();
    int base = block.sourceRange().isTracked() ? block.sourceRange().startPos() : -1;
    int from = 0;
    while (true) {
      int key = raw.indexOf("\"articleBody\"", from);
      if (key < 0) {
        break;
      }
      from = key + 1;
      int i = key + "\"articleBody\"".length();
      while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == ':')) {
        i++;
      }
      if (i >= raw.length() || raw.charAt(i) != '"') {
        continue;
      }
      SourcedText decoded = decodeJsonString(raw, i + 1, base);
      if (decoded.text().equals(value.get())) {
        return Optional.of(decoded);
      }
    }
    // The value is right but cannot be found as written (e.g. an escape this does not read).
    return Optional.of(new SourcedText(value.get(), new int[value.get().length()]).unmapped());
  }

  /** Characters with the source position of each, -1 where there is none. */
  record SourcedText(String text, int[] sources) {
    SourcedText unmapped() {
      java.util.Arrays.fill(sources, -1);
      return this;
    }
  }

  private static SourcedText decodeJsonString(String raw, int start, int base) {
    StringBuilder out = new StringBuilder();
    int[] src = new int[Math.max(16, raw.length() - start)];
    int i = start;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      int at = base < 0 ? -1 : base + i;
      if (c == '"') {
        break;
      }
      if (c == '\\' && i + 1 < raw.length()) {
        char e = raw.charAt(i + 1);
        char decoded;
        int len = 2;
        switch (e) {
          case 'n' -> decoded = '\n';
          case 't' -> decoded = '\t';
          case 'r' -> decoded = '\r';
          case 'b' -> decoded = '\b';
          case 'f' -> decoded = '\f';
          case 'u' -> {
            if (i + 6 <= raw.length()) {
              try {
                decoded = (char) Integer.parseInt(raw.substring(i + 2, i + 6), 16);
                len = 6;
              } catch (NumberFormatException ex) {
                decoded = e;
              }
            } else {
              decoded = e;
            }
          }
          default -> decoded = e;
        }
        src[out.length()] = at < 0 ? -1 : MappedText.alone(at);
        out.append(decoded);
        i += len;
        continue;
      }
      src[out.length()] = at;
      out.append(c);
      i++;
    }
    return new SourcedText(out.toString(), java.util.Arrays.copyOf(src, out.length()));
  }

  private JsonNode resolve(JsonNode n) {
    if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
      JsonNode target = byId.get(n.get("@id").asText(""));
      return target == null ? n : target;
    }
    return n;
  }

  private static int richness(JsonNode n) {
    return (n.has("articleBody") ? 4 : 0)
        + (n.has("headline") ? 2 : 0)
        + (n.has("datePublished") ? 1 : 0);
  }

  private static List<String> typesOf(JsonNode n) {
    JsonNode t = n.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText("")));
    } else {
      out.add(t.asText(""));
    }
    return out;
  }

  private static Optional<String> nameOf(JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    if (n.isTextual()) {
      return textOf(n);
    }
    if (n.isArray()) {
      return n.size() == 0 ? Optional.empty() : nameOf(n.get(0));
    }
    return textOf(n.get("name"));
  }

  private static Optional<String> textOf(JsonNode n) {
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (n.isArray()) {
      return n.size() == 0 ? Optional.empty() : textOf(n.get(0));
    }
    if (n.isObject()) {
      return textOf(n.has("@id") ? n.get("@id") : n.get("url"));
    }
    String s = n.asText("").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String stripCdata(String data) {
    String s = data;
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.strip();
    if (s.startsWith("//<![CDATA[")) {
      s = s.substring("//<![CDATA[".length());
    }
    if (s.endsWith("//]]>")) {
      s = s.substring(0, s.length() - 5);
    }
    return s;
  }

  static boolean isArticleType(String type) {
    return ARTICLE_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT));
  }
}
