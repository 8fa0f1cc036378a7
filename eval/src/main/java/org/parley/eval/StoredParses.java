package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.ContentHash;
import org.parley.model.DateValue;
import org.parley.model.Dependency;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.TreebankConverter;

/**
 * Turns a gold record's stored parse into the {@link ParsedDocument} the coder reads, so a suite
 * tests the coder and not the parser. Words are aligned to the record's text, so every span points
 * at the words as written; where the parse's words cannot be found in the text in order, the body
 * is the words joined by spaces instead.
 */
public final class StoredParses {
  private StoredParses() {}

  /** Words, tags, lemmas and dependencies of one stored sentence. */
  record Parsed(
      List<String> words, List<String> tags, List<String> lemmas, List<Dependency> dependencies) {}

  /**
   * The document for {@code record}.
   *
   * @throws IllegalArgumentException saying what is wrong when the stored parse cannot be read
   */
  public static ParsedDocument document(GoldRecord record, Suite.Parses kind) {
    String parse =
        record.parse().orElseThrow(() -> new IllegalArgumentException("record has no parse"));
    Parsed p =
        switch (kind) {
          case PENN_TREEBANK -> {
            TreebankConverter.Converted c = TreebankConverter.convert(parse);
            yield new Parsed(c.words(), c.tags(), c.lemmas(), c.dependencies());
          }
          case CONLLU -> conllu(parse);
          case NONE -> throw new IllegalArgumentException("suite has no stored parses");
        };
    return document(record, p, kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  static ParsedDocument document(GoldRecord record, Parsed p, String how) {
    String text = record.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      text = String.join(" ", p.words()); // a record that gives only its parse
    }
    Optional<List<CharSpan>> aligned = align(text, p.words());
    String body = aligned.isPresent() ? text : String.join(" ", p.words());
    List<CharSpan> spans = aligned.orElseGet(() -> joinedSpans(p.words()));
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < p.words().size(); i++) {
      CharSpan s = spans.get(i);
      tokens.add(new Token(i, s.of(body), p.lemmas().get(i), p.tags().get(i), "O", s));
    }
    CharSpan whole = new CharSpan(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    Sentence sentence = new Sentence(0, whole.of(body), whole, tokens, p.dependencies(), List.of());
    Optional<DateValue> published = record.date().map(DateValue::of);
    Article article =
        new Article(
            record.id(),
            "gold " + record.id(),
            Optional.empty(),
            Optional.empty(),
            published,
            published.isPresent() ? "record" : "unknown",
            Optional.of("en"),
            Optional.empty(),
            Optional.empty(),
            body,
            ContentHash.sha256(body),
            List.of());
    return new ParsedDocument(
        article,
        List.of(sentence),
        List.of(),
        List.of(),
        Map.of("parse", "stored " + how, "aligned", Boolean.toString(aligned.isPresent())));
  }

  /**
   * A CoNLL-U sentence, either with its usual lines or flattened onto one line (as the
   * UniversalPetrarch records store it: ten whitespace-separated fields a token).
   */
  static Parsed conllu(String parse) {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = parse.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    boolean multiLine = lines.size() > 1 && lines.stream().allMatch(l -> l.contains("\t"));
    if (multiLine) {
      for (String l : lines) {
        if (!l.startsWith("#")) {
          rows.add(l.split("\t"));
        }
      }
    } else {
      String[] f = parse.strip().split("\\s+");
      if (f.length % 10 != 0) {
        throw new IllegalArgumentException(
            "flattened CoNLL-U has " + f.length + " fields, not a multiple of 10");
      }
      for (int i = 0; i < f.length; i += 10) {
        rows.add(java.util.Arrays.copyOfRange(f, i, i + 10));
      }
    }
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (String[] r : rows) {
      if (r.length < 8) {
        throw new IllegalArgumentException(
            "CoNLL-U row with " + r.length + " fields: " + String.join(" ", r));
      }
      if (r[0].contains("-") || r[0].contains(".")) {
        continue; // multi-word token ranges and empty nodes
      }
      int id;
      int head;
      try {
        id = Integer.parseInt(r[0]);
        head = Integer.parseInt(r[6]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "CoNLL-U row with a non-numeric id or head: " + r[0] + " " + r[6]);
      }
      if (id != words.size() + 1) {
        throw new IllegalArgumentException("CoNLL-U token " + id + " out of order");
      }
      words.add(r[1]);
      lemmas.add(r[2].equals("_") ? r[1] : r[2]);
      tags.add(r[4].equals("_") ? r[3] : r[4]);
      deps.add(new Dependency(head - 1, id - 1, head == 0 ? "root" : r[7]));
    }
    deps = deps.stream().map(d -> toUd2(d, tags)).toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("CoNLL-U parse without tokens");
    }
    for (Dependency d : deps) {
      if (d.governor() >= words.size()) {
        throw new IllegalArgumentException(
            "CoNLL-U token "
                + (d.dependent() + 1)
                + " has head "
                + (d.governor() + 1)
                + ", past the last token");
      }
    }
    return new Parsed(words, tags, lemmas, deps);
  }

  /**
   * A UD v1 relation as UD v2 names it, as CoreNLP 4.5 emits: the UniversalPetrarch parses mix the
   * two (dobj and obj, nsubjpass, name, nmod under a verb where v2 has obl).
   */
  static Dependency toUd2(Dependency d, List<String> tags) {
    String rel = d.relation();
    String v2 =
        switch (rel) {
          case "dobj" -> "obj";
          case "nsubjpass" -> "nsubj:pass";
          case "csubjpass" -> "csubj:pass";
          case "auxpass" -> "aux:pass";
          case "name" -> "flat";
          case "mwe" -> "fixed";
          case "neg" -> "advmod";
          default -> rel;
        };
    if ((v2.equals("nmod") || v2.startsWith("nmod:") && !v2.equals("nmod:poss"))
        && d.governor() >= 0) {
      String headTag = tags.get(d.governor());
      if (headTag.startsWith("VB") || headTag.startsWith("JJ")) {
        v2 = "obl" + v2.substring(4);
      }
    }
    return v2.equals(rel) ? d : new Dependency(d.governor(), d.dependent(), v2);
  }

  /** Each word's span in {@code text}, in order, allowing for quote marks written differently. */
  static Optional<List<CharSpan>> align(String text, List<String> words) {
    List<CharSpan> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      int len = matchAt(text, at, w);
      if (len < 0) {
        // a word the text spells with extra characters between (e.g. a dropped quote mark): look
        // a little ahead
        int found = -1;
        for (int k = at + 1; k < Math.min(text.length(), at + 4) && found < 0; k++) {
          if (matchAt(text, k, w) >= 0) {
            found = k;
          }
        }
        if (found < 0) {
          return Optional.empty();
        }
        at = found;
        len = matchAt(text, at, w);
      }
      out.add(new CharSpan(at, at + len));
      at += len;
    }
    return Optional.of(out);
  }

  private static int matchAt(String text, int at, String w) {
    if (text.startsWith(w, at)) {
      return w.length();
    }
    if (w.equals("\"") || w.equals("``") || w.equals("''")) {
      for (String q : List.of("``", "''", "\"", "“", "”")) {
        if (text.startsWith(q, at)) {
          return q.length();
        }
      }
    }
    if (w.equals("'") || w.equals("`")) {
      for (String q : List.of("'", "`", "‘", "’")) {
        if (text.startsWith(q, at)) {
          return q.length();
        }
      }
    }
    return -1;
  }

  private static List<CharSpan> joinedSpans(List<String> words) {
    List<CharSpan> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      out.add(new CharSpan(at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }
}
