package org.parley.coding.dictionary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.parley.coding.dictionary.PatternElement.Compound;
import org.parley.coding.dictionary.PatternElement.NounPhrase;
import org.parley.coding.dictionary.PatternElement.PrepPhrase;
import org.parley.coding.dictionary.PatternElement.Skip;
import org.parley.coding.dictionary.PatternElement.Source;
import org.parley.coding.dictionary.PatternElement.SynonymRef;
import org.parley.coding.dictionary.PatternElement.Target;
import org.parley.coding.dictionary.PatternElement.Word;
import org.parley.coding.dictionary.SynonymSets.SynonymSet;

/**
 * The grammar of a pattern body (the text between the leading {@code -} and the {@code [code]}). A
 * bad body raises {@link VerbPatternParser.Malformed} carrying the reason, which the reader turns
 * into a located diagnostic.
 */
final class VerbPatternParser {

  /** The body could not be read; the message says why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String reason) {
      super(reason);
    }
  }

  /** The two sides of the verb marker. */
  record Sides(List<PatternElement> before, List<PatternElement> after) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'.,\\-]+");

  private final Function<String, Optional<SynonymSet>> synonyms;

  VerbPatternParser(Function<String, Optional<SynonymSet>> synonyms) {
    this.synonyms = synonyms;
  }

  Sides parse(String body) throws Malformed {
    // TABARI wrote IN_* and *_OUT for "next to the verb"; PETRARCH2 matches by tree position, so
    // the join is a blank.
    List<String> tokens = tokenize(body.replace("_*", " * ").replace("*_", " * "));
    int star = -1;
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("(") || t.equals("{")) {
        depth++;
      } else if (t.equals(")") || t.equals("}")) {
        depth--;
      } else if (t.equals("*") && depth == 0) {
        if (star >= 0) {
          throw new Malformed("more than one verb marker *");
        }
        star = i;
      }
    }
    if (star < 0) {
      throw new Malformed("no verb marker * outside brackets");
    }
    return new Sides(sequence(tokens, 0, star), sequence(tokens, star + 1, tokens.size()));
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || "(){}*".indexOf(c) >= 0) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private List<PatternElement> sequence(List<String> tokens, int from, int to) throws Malformed {
    List<PatternElement> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      String t = tokens.get(i);
      switch (t) {
        case "(" -> {
          int close = closing(tokens, i, to);
          out.add(prepPhrase(tokens, i + 1, close));
          i = close + 1;
        }
        case "{" -> {
          int close = closing(tokens, i, to);
          List<PatternElement> inner = sequence(tokens, i + 1, close);
          if (inner.isEmpty()) {
            throw new Malformed("empty noun phrase {}");
          }
          for (PatternElement e : inner) {
            if (e instanceof PrepPhrase) {
              throw new Malformed("prepositional phrase inside a noun phrase {...}");
            }
          }
          out.add(new NounPhrase(flatten(inner)));
          i = close + 1;
        }
        case ")", "}" -> throw new Malformed("unbalanced " + t);
        case "*" -> throw new Malformed("verb marker * inside brackets");
        default -> {
          atom(t, out);
          i++;
        }
      }
    }
    return out;
  }

  /** {A_B C} is one noun phrase A B C, not a phrase inside a phrase. */
  private static List<PatternElement> flatten(List<PatternElement> inner) {
    List<PatternElement> out = new ArrayList<>();
    for (PatternElement e : inner) {
      if (e instanceof NounPhrase np) {
        out.addAll(np.elements());
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static int closing(List<String> tokens, int open, int to) throws Malformed {
    Deque<String> stack = new ArrayDeque<>();
    for (int i = open; i < to; i++) {
      String t = tokens.get(i);
      if (t.equals("(") || t.equals("{")) {
        stack.push(t.equals("(") ? ")" : "}");
      } else if (t.equals(")") || t.equals("}")) {
        if (stack.isEmpty() || !stack.peek().equals(t)) {
          throw new Malformed("mismatched " + t);
        }
        stack.pop();
        if (stack.isEmpty()) {
          return i;
        }
      }
    }
    throw new Malformed("unclosed " + tokens.get(open));
  }

  private PrepPhrase prepPhrase(List<String> tokens, int from, int to) throws Malformed {
    if (from >= to) {
      throw new Malformed("empty prepositional phrase ()");
    }
    String prep = tokens.get(from);
    if (prep.indexOf('/') > 0) {
      throw new Malformed(
          "'"
              + prep
              + "': A/B alternatives are not pattern syntax; write one pattern per preposition");
    }
    if (!WORD.matcher(prep).matches()) {
      throw new Malformed(
          "a prepositional phrase must start with its preposition, found '" + prep + "'");
    }
    List<PatternElement> rest = sequence(tokens, from + 1, to);
    for (PatternElement e : rest) {
      if (e instanceof PrepPhrase) {
        throw new Malformed("prepositional phrase inside a prepositional phrase");
      }
    }
    return new PrepPhrase(prep.toUpperCase(Locale.ROOT), rest);
  }

  /**
   * One blank-delimited token: a marker, a word, a synonym set, or such parts joined with {@code
   * _}.
   */
  private void atom(String token, List<PatternElement> out) throws Malformed {
    String[] parts = token.split("_", -1);
    List<PatternElement> group = new ArrayList<>();
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (p.isEmpty()) {
        continue; // trailing '_' (TABARI "exact word") or a doubled separator
      }
      switch (p) {
        case "$" -> group.add(new Source());
        case "+" -> group.add(new Target());
        case "^" -> group.add(new Skip());
        case "%" -> group.add(new Compound());
        default -> {
          if (p.startsWith("&")) {
            k = synonym(parts, k, group);
          } else if (WORD.matcher(p).matches()) {
            group.add(new Word(p.toUpperCase(Locale.ROOT)));
          } else if (p.indexOf('/') > 0) {
            throw new Malformed(
                "'"
                    + p
                    + "': A/B alternatives are not pattern syntax (PETRARCH2 reads one word that"
                    + " never matches); write one pattern per word or use a synonym set");
          } else {
            throw new Malformed("unexpected '" + p + "' in '" + token + "'");
          }
        }
      }
    }
    boolean lexical = group.stream().allMatch(e -> e instanceof Word || e instanceof SynonymRef);
    if (group.size() > 1 && lexical) {
      // TABARI's and PETRARCH's "consecutive words": A_B matches A immediately followed by B
      out.add(new NounPhrase(group, true));
    } else {
      out.addAll(group);
    }
  }

  /**
   * Set names may contain {@code _} ({@code &FIGHT_OF_WORDS}) and {@code _} also joins words
   * ({@code &FIGHT_GAMES} = {@code &FIGHT} then GAMES): the longest defined name wins.
   */
  private int synonym(String[] parts, int k, List<PatternElement> group) throws Malformed {
    for (int m = parts.length - 1; m >= k; m--) {
      String name = String.join("_", Arrays.asList(parts).subList(k, m + 1));
      Optional<SynonymSet> set = synonyms.apply(name);
      if (set.isPresent()) {
        group.add(new SynonymRef(set.get().name(), set.get().matchForms()));
        return m;
      }
    }
    throw new Malformed("undefined synonym set " + parts[k]);
  }
}
