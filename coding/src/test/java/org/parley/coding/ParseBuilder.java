package org.parley.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.DateValue;
import org.parley.model.Dependency;
import org.parley.model.ParsedDocument;
import org.parley.model.Quotation;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Builds a {@link ParsedDocument} from hand-typed CoNLL-U-like blocks, so that the coder can be
 * tested without CoreNLP. One line a token: {@code ID WORD LEMMA POS NER HEAD RELATION}, 1-based
 * ids, head 0 for the root, exactly as CoreNLP 4.5 English UD would emit them. A {@code # text =
 * ...} line, when given, must equal the text rebuilt from the words, which catches typos in the
 * block.
 *
 * <p>Spacing: words are joined by one space, with none before closing punctuation and clitics
 * ({@code , . ; : ? ! ) ” ’ 's n't}) and none after opening marks ({@code “ ( $}). Sentences are
 * joined by a newline; that newline-joined text is the article body every span points into.
 */
public final class ParseBuilder {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "?", "!", ")", "”", "’", "'s", "’s", "'", "n't", "%");
  private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "$");

  private final String id;
  private final Optional<DateValue> published;
  private final StringBuilder body = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<String> quotations = new ArrayList<>();

  private ParseBuilder(String id, Optional<DateValue> published) {
    this.id = id;
    this.published = published;
  }

  /** An article {@code id} published on {@code isoDate} (day, month or year precision). */
  public static ParseBuilder article(String id, String isoDate) {
    return new ParseBuilder(
        id,
        Optional.of(
            DateValue.parse(isoDate)
                .orElseThrow(
                    () -> new IllegalArgumentException("isoDate: not an ISO date: " + isoDate))));
  }

  /** An article with no known publication date. */
  public static ParseBuilder undated(String id) {
    return new ParseBuilder(id, Optional.empty());
  }

  /** Adds one sentence typed as a CoNLL-U-like block. */
  public ParseBuilder sentence(String block) {
    List<String[]> rows = new ArrayList<>();
    String expected = null;
    for (String raw : block.strip().split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# text =")) {
          expected = line.substring("# text =".length()).strip();
        }
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols.length != 7) {
        throw new IllegalArgumentException(
            "block: expected 7 columns, got " + cols.length + ": " + line);
      }
      if (Integer.parseInt(cols[0]) != rows.size() + 1) {
        throw new IllegalArgumentException("block: token ids must run 1, 2, ...: " + line);
      }
      rows.add(cols);
    }
    if (!sentences.isEmpty()) {
      body.append('\n');
    }
    int sentenceStart = body.length();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    String previous = null;
    for (String[] c : rows) {
      String word = c[1];
      if (previous != null
          && !NO_SPACE_BEFORE.contains(word)
          && !NO_SPACE_AFTER.contains(previous)) {
        body.append(' ');
      }
      int begin = body.length();
      body.append(word);
      int index = tokens.size();
      tokens.add(new Token(index, word, c[2], c[3], c[4], new CharSpan(begin, body.length())));
      deps.add(new Dependency(Integer.parseInt(c[5]) - 1, index, c[6]));
      previous = word;
    }
    CharSpan span = new CharSpan(sentenceStart, body.length());
    String text = span.of(body.toString());
    if (expected != null && !expected.equals(text)) {
      throw new IllegalArgumentException(
          "block: '# text' says '" + expected + "' but the words give '" + text + "'");
    }
    sentences.add(new Sentence(sentences.size(), text, span, tokens, deps, List.of()));
    return this;
  }

  /**
   * Marks {@code words} (consecutive words of the last sentence, space separated) as a time
   * expression resolved to {@code isoValue}.
   */
  public ParseBuilder time(String words, String isoValue) {
    Sentence s = sentences.get(sentences.size() - 1);
    String[] ws = words.split(" ");
    for (int start = 0; start + ws.length <= s.tokens().size(); start++) {
      boolean ok = true;
      for (int k = 0; k < ws.length && ok; k++) {
        ok = s.tokens().get(start + k).word().equals(ws[k]);
      }
      if (ok) {
        CharSpan span = s.spanOf(start, start + ws.length);
        List<TimeExpression> times = new ArrayList<>(s.times());
        times.add(
            new TimeExpression(
                s.index(),
                start,
                start + ws.length,
                span.of(body.toString()),
                span,
                DateValue.parse(isoValue)));
        sentences.set(
            s.index(),
            new Sentence(s.index(), s.text(), s.span(), s.tokens(), s.dependencies(), times));
        return this;
      }
    }
    throw new IllegalArgumentException("words: '" + words + "' not in sentence " + s.index());
  }

  /**
   * Marks the first occurrence of {@code text} in the body (the words inside the quote marks) as a
   * quotation.
   */
  public ParseBuilder quotation(String text) {
    quotations.add(text);
    return this;
  }

  public ParsedDocument build() {
    String text = body.toString();
    List<Quotation> qs = new ArrayList<>();
    for (String q : quotations) {
      int at = text.indexOf(q);
      if (at < 0) {
        throw new IllegalArgumentException("quotation: '" + q + "' not in the body");
      }
      CharSpan span = new CharSpan(at, at + q.length());
      int first = -1;
      int last = -1;
      for (Sentence s : sentences) {
        if (s.span().overlaps(span)) {
          first = first < 0 ? s.index() : first;
          last = s.index();
        }
      }
      qs.add(new Quotation(q, span, first, last));
    }
    Article article =
        new Article(
            id,
            "test:" + id,
            Optional.empty(),
            Optional.empty(),
            published,
            published.isPresent() ? "manifest" : "unknown",
            Optional.of("en"),
            Optional.empty(),
            Optional.empty(),
            text,
            sha256(text),
            List.of());
    return new ParsedDocument(
        article, sentences, List.of(), qs, Map.of("annotators", "hand-built (ParseBuilder)"));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
