package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element holding the story and reads its paragraphs, in the manner of Arc90's
 * Readability: chrome (navigation, share bars, captions, cookie notices, comments) is removed first
 * by tag, role and class words; every paragraph then gives points, for its length and commas, to
 * the elements above it; the best-scoring element, weighed by its class words and link density,
 * wins, and its siblings that read like story join it (not the block of the headline, which is the
 * story's header). The paragraphs are then filtered one by one: link lists, "Read more" and
 * breadcrumb lines, bylines (kept aside as the byline of last resort), contact lines, editors'
 * notes (corrections, print-edition lines, "contributed to this report"), captions closed by a
 * photo credit, the authors' biographies; a pull quote that repeats a paragraph goes, a dateline
 * set apart from its paragraph is joined to it again, and an agency's end mark ("Enditem") is cut.
 * A page whose best element is a list of linked headlines is a listing, not a story.
 *
 * <p>This works on a document it may change: the caller parses one for it alone.
 */
final class StoryFinder {
  /** A story shorter than this is not one: an error page, a teaser, a stub. */
  static final int MIN_STORY_CHARS = 200;

  private static final int MIN_PARAGRAPH = 25;

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "header",
          "footer",
          "figure",
          "address",
          "hr",
          "center",
          "details",
          "summary",
          "caption",
          "tbody",
          "thead",
          "form",
          "fieldset",
          "body",
          "html",
          "nav",
          "aside",
          "hgroup");

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** A byline written as a line of the story: "By Kim Ji-eun, staff reporter". */
  private static final String BYLINE_LINE =
      "by [\\p{L}.'’ -]{2,60}(?:,? (?:and|&) [\\p{L}.'’ -]{2,60})*"
          + "(?:,\\s*[\\p{L} ]{2,40})?(?:\\s*\\[[^\\]]{0,60}\\])?";

  /** Lines that are controls or labels, not sentences of a story. */
  private static final Pattern CHROME_LINE =
      Pattern.compile(
          "(?i)^(?:advertisement|advertising|ad|sponsored|read more|read more:?.{0,80}|more:?|"
              + "related(?: (?:stories|articles|content|coverage|news))?:?.{0,80}|"
              + "share(?: this(?: article| story)?)?|share on \\w+|tweet|email|print|copy link|"
              + "(?:sign up|subscribe)(?: (?:to|for) .{0,60})?|skip to .{0,30}|listen(?: to this article)?"
              + "|\\d+ min(?:ute)?s?(?: read)?|comments?(?: \\(\\d+\\))?|top of page|back to top"
              + "|photo:.{0,120}|\\(?(?:photo|image|file photo)\\)?|©.{0,80}|copyright .{0,80}"
              + "|all rights reserved.{0,60}|(?:updated|published|posted|issued(?: on)?)\\s*:?.{0,40}\\d.{0,40}"
              + "|(?:additional )?(?:reporting|writing|editing|compiled) by .{0,200}"
              + "|\\S+@\\S+\\.\\w+(?: \\(END\\))?|\\(END\\)"
              + "|(?:read|see) also:?.{0,80}|also read:?.{0,80}|more on (?:this|the topic).{0,60}"
              + "|sources?\\s*:.{1,80}|\\([^()]{2,60}\\)"
              + "|[^.!?>»›]{1,40}(?:\\s+[>»›]\\s+[^.!?>»›]{1,40})+"
              + "|"
              + BYLINE_LINE
              + ")$");

  private static final Pattern BYLINE = Pattern.compile("(?i)^" + BYLINE_LINE + "$");

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");

  /**
   * Editors' notes about the story rather than the story: corrections, the print edition, and
   * credits for reporting.
   */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile(
          "(?i)^(?:(?:correction|clarification|editor[’']?s[’']? note)s?\\s*:.*"
              + "|an earlier version of this (?:article|story|report|post) .*"
              + "|a version of this (?:article|story) (?:appears|appeared) in print .*"
              + "|.{0,200}\\bcontributed(?: (?:additional|to this) (?:report(?:ing)?|story|article)"
              + "| reporting)(?: from [\\p{L} ,.'’-]{2,60})?\\.?)$");

  /** A caption's photo credit closing the paragraph: "(Xinhua/Zhai Jianlan)", "(AP Photo/X)". */
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?:\\((?:[\\p{Lu}][\\p{L}.'’-]*\\s?){1,4}/(?:[\\p{Lu}][\\p{L}.'’-]*\\s?){1,5}\\)"
              + "|\\[(?:Photo|Image)/[^\\]]{2,40}\\])$");

  /** A news agency's end mark closing the last paragraph. */
  private static final Pattern END_MARK = Pattern.compile("\\s*(?:Enditem|\\(END\\))$");

  /** Dashes that open the paragraph after a dateline set apart: "— Secretary of State ...". */
  private static final Pattern DASH_START = Pattern.compile("^(?:—|–|--)\\s");

  private final String html;
  private final List<String> notes;
  private final Optional<String> byline;
  private Optional<String> bylineLine = Optional.empty();

  private StoryFinder(String html, Optional<String> byline, List<String> notes) {
    this.html = html;
    this.byline = byline;
    this.notes = notes;
  }

  /**
   * What was found: the kept paragraphs, or none and why, and a byline written as a line of the
   * story ("By Kim Ji-eun, staff reporter"), which was dropped from the body.
   */
  record Story(MappedText text, Optional<String> emptyReason, Optional<String> bylineLine) {}

  /**
   * The story of a page.
   *
   * @param byline the authors the page's metadata names, whose biographies are not story
   */
  static Story find(
      Document doc,
      String html,
      Optional<String> title,
      Optional<String> byline,
      List<String> notes) {
    return new StoryFinder(html, byline, notes).find(doc, title, false);
  }

  /**
   * The story of a fragment (a feed item's content, a record's HTML snippet): the whole fragment is
   * the story however short, and text outside paragraphs counts; chrome and listings are still
   * refused.
   */
  static Story findInFragment(
      Document doc, String html, Optional<String> title, List<String> notes) {
    return new StoryFinder(html, Optional.empty(), notes).find(doc, title, true);
  }

  private Story find(Document doc, Optional<String> title, boolean fragment) {
    Element body = doc.body();
    if (body == null) {
      return empty("no <body>");
    }
    removeChrome(body);
    Map<Element, Double> scores = score(body);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null && !(fragment && !body.text().isBlank())) {
      return empty("no paragraph of text in the page");
    }
    List<Element> parts = top == null ? List.of(body) : withSiblings(top, best, scores);
    MappedText text = new MappedText();
    int[] counts = emit(parts, text, title);
    String where = top == null ? "the whole fragment" : describe(top);
    String body_ = text.body();
    int linkedHeadings = counts[0];
    int paragraphs = text.paragraphs().size();
    if (linkedHeadings >= 3 && linkedHeadings * 3 >= paragraphs) {
      notes.add(
          "listing: best block "
              + where
              + " holds "
              + linkedHeadings
              + " linked headlines and "
              + paragraphs
              + " paragraphs");
      return empty("no story: the page is a listing of other pages");
    }
    if (body_.length() < MIN_STORY_CHARS && !(fragment && !body_.isBlank())) {
      notes.add("short: best block " + where + " has " + body_.length() + " characters");
      return empty("no story: the best block has only " + body_.length() + " characters");
    }
    notes.add(
        "body: "
            + where
            + (parts.size() > 1 ? " + " + (parts.size() - 1) + " siblings" : "")
            + ", "
            + paragraphs
            + " paragraphs, score "
            + Math.round(best));
    return new Story(text, Optional.empty(), bylineLine);
  }

  private Story empty(String reason) {
    notes.add("empty: " + reason);
    return new Story(new MappedText(), Optional.of(reason), Optional.empty());
  }

  // ---- 1. chrome -------------------------------------------------------------------------------

  private void removeChrome(Element body) {
    int paragraphText = 0;
    for (Element p : body.getElementsByTag("p")) {
      paragraphText += p.text().length();
    }
    final int pText = paragraphText;
    int[] removed = {0, 0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == body) {
              return node instanceof org.jsoup.nodes.Comment
                  ? FilterResult.REMOVE
                  : FilterResult.CONTINUE;
            }
            if (Hints.isInvisible(e)) {
              removed[0]++;
              return FilterResult.REMOVE;
            }
            if (Hints.isChrome(e) && !holdsTheStory(e, pText)) {
              removed[1]++;
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    int invisible = removed[0];
    int chrome = removed[1];
    notes.add("removed " + invisible + " hidden/script and " + chrome + " chrome elements");
  }

  /**
   * A wrapper with a chrome word (e.g. "with-sidebar") that still holds most of the page's text.
   */
  private static boolean holdsTheStory(Element e, int pageParagraphText) {
    if (Set.of("nav", "footer", "figure", "figcaption", "aside").contains(e.normalName())) {
      return false;
    }
    for (Element d : e.getAllElements()) {
      if (d != e && Hints.isStrongPositive(d)) {
        return true;
      }
    }
    if (pageParagraphText < MIN_STORY_CHARS) {
      return false;
    }
    int inside = 0;
    for (Element p : e.getElementsByTag("p")) {
      inside += p.text().length();
    }
    return inside * 2 > pageParagraphText;
  }

  // ---- 2. scores -------------------------------------------------------------------------------

  private Map<Element, Double> score(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      List<Double> chunks;
      Element first;
      if (PARAGRAPH_TAGS.contains(tag)) {
        String t = e.text();
        if (t.length() < MIN_PARAGRAPH) {
          continue;
        }
        chunks = List.of(paragraphScore(t));
        first = e.parent();
      } else if (!BLOCK_TAGS.contains(tag) || HEADINGS.contains(tag) || tag.equals("li")) {
        continue;
      } else {
        // Text written straight into a div between <br>s, as some Korean outlets publish it.
        chunks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node n : e.childNodes()) {
          if (n instanceof TextNode tn) {
            run.append(tn.text());
          } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
            if (c.normalName().equals("br")) {
              run.append('\n');
            } else {
              run.append(c.text());
            }
          }
        }
        for (String piece : run.toString().split("\n\\s*\n")) {
          if (piece.strip().length() >= MIN_PARAGRAPH) {
            chunks.add(paragraphScore(piece.strip()));
          }
        }
        if (chunks.isEmpty()) {
          continue;
        }
        first = e;
      }
      double total = chunks.stream().mapToDouble(Double::doubleValue).sum();
      Element a = first;
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        if (a.normalName().equals("html")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        double base = scores.computeIfAbsent(a, StoryFinder::initialScore);
        scores.put(a, base + total / divider);
      }
    }
    return scores;
  }

  private static double paragraphScore(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        commas++;
      }
    }
    return 1 + commas + Math.min(3, text.length() / 100.0);
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "section" -> 5;
          case "article" -> 15;
          case "main" -> 8;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          case "body" -> -10;
          default -> 0;
        };
    return s + Hints.weight(e);
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      if (isInlineLink(a)) {
        links += a.text().length();
      }
    }
    return Math.min(1, (double) links / all);
  }

  /**
   * A link around a story's paragraphs is an unclosed {@code <a>} that the parser stretched over
   * what follows (or a teaser card); it says nothing about the text being navigation.
   */
  private static boolean isInlineLink(Element a) {
    return a.selectFirst("p, div, article, section, h1, h2, h3, h4, h5, h6, li, table") == null;
  }

  private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      if (s.selectFirst("h1") != null) {
        // The block of the headline is the story's header: standfirst, dates, reading time.
        continue;
      }
      double bonus =
          !top.className().isEmpty() && s.className().equals(top.className()) ? best * 0.2 : 0;
      Double score = scores.get(s);
      if (score != null && score * (1 - linkDensity(s)) + bonus >= threshold) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        String t = s.text();
        double ld = linkDensity(s);
        if ((t.length() > 80 && ld < 0.25)
            || (t.length() > 0 && ld == 0 && t.matches("(?s).*\\.( |$).*"))) {
          out.add(s);
        }
      }
    }
    return out;
  }

  // ---- 3. paragraphs ---------------------------------------------------------------------------

  /** Emits the paragraphs of {@code parts}; returns {linked headings seen}. */
  private int[] emit(List<Element> parts, MappedText text, Optional<String> title) {
    int[] linkedHeadings = {0};
    for (Element part : parts) {
      for (Element h : part.select("h1, h2, h3, h4")) {
        if (!h.select("a[href]").isEmpty() || h.closest("a[href]") != null) {
          linkedHeadings[0]++;
        }
      }
      NodeTraversor.traverse(new Emitter(text), part);
      text.endParagraph(new MappedText.Block(part.normalName(), false, false));
    }
    List<MappedText.Paragraph> paragraphs = joinSetApartDatelines(text.takeParagraphs());
    int kept = 0;
    int dropped = 0;
    Map<String, Integer> seen = new HashMap<>();
    List<MappedText.Paragraph> keep = new ArrayList<>();
    for (MappedText.Paragraph p : paragraphs) {
      String why = dropReason(p, kept, title, seen);
      if (why == null && isAuthorBio(p.text())) {
        why = "author bio";
      }
      if (why == null) {
        keep.add(p);
        kept++;
      } else {
        dropped++;
        if (bylineLine.isEmpty() && BYLINE.matcher(p.text()).matches()) {
          bylineLine = Optional.of(p.text());
        }
      }
    }
    List<MappedText.Paragraph> unique = withoutRepeatedQuotes(keep);
    dropped += keep.size() - unique.size();
    for (int i = 0; i < unique.size(); i++) {
      MappedText.Paragraph p = unique.get(i);
      text.keep(i == unique.size() - 1 ? withoutEndMark(p) : p);
    }
    if (dropped > 0) {
      notes.add("dropped " + dropped + " chrome lines inside the story");
    }
    return linkedHeadings;
  }

  /**
   * A dateline set apart from its paragraph ("Riyadh, Saudi Arabia CNN" in a {@code <cite>}, then
   * "— Secretary of State ...") is joined to it again: the dateline says where the story happened.
   */
  private static List<MappedText.Paragraph> joinSetApartDatelines(
      List<MappedText.Paragraph> paragraphs) {
    List<MappedText.Paragraph> out = new ArrayList<>();
    for (MappedText.Paragraph p : paragraphs) {
      MappedText.Paragraph prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null
          && DASH_START.matcher(p.text()).find()
          && prev.text().length() <= 60
          && !prev.block().heading()
          && !prev.text().matches(".*[.!?:\"”]$")) {
        String joined = prev.text() + " " + p.text();
        int[] sources = new int[joined.length()];
        System.arraycopy(prev.sources(), 0, sources, 0, prev.text().length());
        sources[prev.text().length()] = -1;
        System.arraycopy(p.sources(), 0, sources, prev.text().length() + 1, p.text().length());
        out.set(
            out.size() - 1,
            new MappedText.Paragraph(joined, sources, p.block(), prev.linkChars() + p.linkChars()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** A pull quote repeats a sentence of the story in large type; the story keeps its own copy. */
  private static List<MappedText.Paragraph> withoutRepeatedQuotes(
      List<MappedText.Paragraph> paragraphs) {
    List<String> normal = new ArrayList<>();
    for (MappedText.Paragraph p : paragraphs) {
      normal.add(p.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }
    List<MappedText.Paragraph> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String n = normal.get(i);
      boolean repeated = false;
      for (int j = 0; j < paragraphs.size() && n.length() >= 40 && !repeated; j++) {
        repeated = j != i && normal.get(j).length() > n.length() && normal.get(j).contains(n);
      }
      if (!repeated) {
        out.add(paragraphs.get(i));
      }
    }
    return out;
  }

  /** The last paragraph without a news agency's end mark ("Enditem", "(END)"). */
  private static MappedText.Paragraph withoutEndMark(MappedText.Paragraph p) {
    java.util.regex.Matcher m = END_MARK.matcher(p.text());
    if (!m.find() || m.start() == 0) {
      return p;
    }
    int n = m.start();
    return new MappedText.Paragraph(
        p.text().substring(0, n), java.util.Arrays.copyOf(p.sources(), n), p.block(), 0);
  }

  /** "Edward Wong is a diplomatic correspondent who ...": a note on an author of the story. */
  private boolean isAuthorBio(String t) {
    if (byline.isEmpty() || t.length() > 400) {
      return false;
    }
    for (String name : byline.get().split(",\\s*|\\s+and\\s+")) {
      String n = name.strip();
      if (n.length() >= 4
          && t.startsWith(n + " ")
          && t.substring(n.length())
              .matches("(?s) (?:is|was|covers|has covered|reports|writes|joined)\\b.*")) {
        return true;
      }
    }
    return false;
  }

  private static String dropReason(
      MappedText.Paragraph p, int kept, Optional<String> title, Map<String, Integer> seen) {
    String t = p.text();
    String tag = p.block().tag();
    if (seen.merge(t, 1, Integer::sum) > 1 && t.length() < 200) {
      return "repeated";
    }
    if (tag.equals("h1") && (kept == 0 || title.map(x -> similar(x, t)).orElse(false))) {
      return "headline";
    }
    if (p.linkDensity() > 0.5 && !p.block().heading()) {
      return "links";
    }
    if (p.block().listItem() && p.linkDensity() > 0.3) {
      return "link list";
    }
    if (t.length() < 120 && CHROME_LINE.matcher(t).matches()) {
      return "chrome line";
    }
    if (t.length() < 140 && EMAIL.matcher(t).find()) {
      return "contact line";
    }
    if (t.length() < 600 && EDITORS_NOTE.matcher(t).matches()) {
      return "editors' note";
    }
    if (t.length() < 500 && PHOTO_CREDIT.matcher(t).find()) {
      return "caption";
    }
    if (title.isPresent() && kept == 0 && similar(title.get(), t)) {
      return "headline";
    }
    return null;
  }

  private static boolean similar(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return !x.isEmpty() && (x.equals(y) || x.startsWith(y) || y.startsWith(x));
  }

  /** Walks one part of the story, feeding characters with their source positions. */
  private final class Emitter implements NodeVisitor {
    private final MappedText text;
    private int linkDepth;
    private boolean lastWasBr;
    private final List<Element> blocks = new ArrayList<>();
    private final java.util.Set<Element> inlineLinks =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Emitter(MappedText text) {
      this.text = text;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode tn) {
        appendText(tn);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        if (lastWasBr || text.endsSentence()) {
          text.endParagraph(block());
        } else {
          text.space();
        }
        lastWasBr = true;
        return;
      }
      if (tag.equals("a") && isInlineLink(e)) {
        linkDepth++;
        inlineLinks.add(e);
      }
      if (BLOCK_TAGS.contains(tag)) {
        text.endParagraph(block());
        blocks.add(e);
        lastWasBr = false;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("a") && inlineLinks.remove(e)) {
        linkDepth--;
      }
      if (BLOCK_TAGS.contains(tag)) {
        text.endParagraph(block());
        if (!blocks.isEmpty()) {
          blocks.remove(blocks.size() - 1);
        }
      } else if (tag.equals("td") || tag.equals("th")) {
        text.space();
      }
    }

    private MappedText.Block block() {
      if (blocks.isEmpty()) {
        return new MappedText.Block("", false, false);
      }
      String tag = blocks.get(blocks.size() - 1).normalName();
      boolean listItem = false;
      for (Element b : blocks) {
        listItem |= b.normalName().equals("li");
      }
      return new MappedText.Block(tag, HEADINGS.contains(tag), listItem);
    }

    private void appendText(TextNode tn) {
      String t = tn.getWholeText();
      if (!t.isBlank()) {
        lastWasBr = false;
      }
      boolean inLink = linkDepth > 0;
      Range r = tn.sourceRange();
      if (!r.isTracked() || r.endPos() > html.length() || r.startPos() < 0) {
        for (int i = 0; i < t.length(); i++) {
          text.append(t.charAt(i), -1, inLink);
        }
        return;
      }
      align(t, r.startPos(), r.endPos(), inLink);
    }

    /**
     * Pairs each character of a text node with the source character it was read from: equal
     * characters pair one for one, an entity ({@code &amp;}, {@code &#8217;}) gives its first
     * character the entity's start, and a carriage return the parser dropped is skipped.
     */
    private void align(String t, int start, int end, boolean inLink) {
      int i = 0;
      int j = start;
      while (i < t.length()) {
        char c = t.charAt(i);
        if (j < end && html.charAt(j) == '&') {
          int consumed = entityLength(j, end, t, i);
          if (consumed > 0) {
            String decoded =
                org.jsoup.parser.Parser.unescapeEntities(html.substring(j, j + consumed), false);
            for (int k = 0; k < decoded.length(); k++) {
              text.append(t.charAt(i + k), k == 0 ? MappedText.alone(j) : -1, inLink);
            }
            i += decoded.length();
            j += consumed;
            continue;
          }
        }
        if (j < end && html.charAt(j) == c) {
          text.append(c, j, inLink);
          i++;
          j++;
          continue;
        }
        if (j < end && html.charAt(j) == '\r') {
          j++;
          continue;
        }
        text.append(c, -1, inLink);
        i++;
        j++;
      }
    }

    /** How many source characters from {@code j} form the entity for {@code t} at {@code i}. */
    private int entityLength(int j, int end, String t, int i) {
      int limit = Math.min(end, j + 34);
      int k = j + 1;
      while (k < limit && (Character.isLetterOrDigit(html.charAt(k)) || html.charAt(k) == '#')) {
        k++;
      }
      if (k < limit && html.charAt(k) == ';' && decodesTo(j, k + 1, t, i)) {
        return k + 1 - j;
      }
      // Legacy entities without a semicolon ("&amp", "&nbsp"), longest first.
      for (int e = k; e >= j + 2; e--) {
        if (decodesTo(j, e, t, i)) {
          return e - j;
        }
      }
      return 0;
    }

    private boolean decodesTo(int from, int to, String t, int i) {
      String candidate = html.substring(from, to);
      String decoded = org.jsoup.parser.Parser.unescapeEntities(candidate, false);
      return !decoded.equals(candidate) && t.startsWith(decoded, i);
    }
  }

  private static String describe(Element e) {
    StringBuilder b = new StringBuilder("<").append(e.normalName()).append(">");
    if (!e.id().isEmpty()) {
      b.append(" #").append(e.id());
    }
    if (!e.className().isEmpty()) {
      b.append(" .").append(e.className().strip().replaceAll("\\s+", "."));
    }
    if (e.hasAttr("itemprop")) {
      b.append(" [itemprop=").append(e.attr("itemprop")).append("]");
    }
    return b.toString();
  }
}
