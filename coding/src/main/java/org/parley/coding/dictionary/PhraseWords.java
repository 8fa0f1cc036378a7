package org.parley.coding.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one normalisation applied to both sides of a dictionary lookup: to a phrase as a dictionary
 * writes it ({@code MOON_JAE_IN_}, {@code KIM_JONG-UN}, {@code UNITED_NATIONS_CHILDREN'S_FUND_})
 * and to a sentence token as a tokenizer writes it ({@code Jae-in}, {@code U.S.}, {@code
 * Children's}). Because both sides go through the same rules, "Moon Jae-in" and MOON_JAE_IN_ meet
 * at [MOON, JAE, IN].
 *
 * <p>Rules, in order: upper-case (root locale); the typographic apostrophe becomes {@code '}; split
 * on whitespace, {@code _} and {@code -} (so a trailing {@code _} adds nothing, as in PETRARCH2,
 * where every dictionary word must match a whole word); a trailing comma becomes a word of its own
 * (",") so that {@code KOREA,_NORTH_} meets the tokens "Korea" "," "North"; a possessive {@code 'S}
 * becomes a word of its own so that {@code CHILDREN'S} meets the tokens "Children" "'s", and so
 * does the apostrophe of a plural possessive ({@code WORKERS'} meets "Workers" "'"); a final period
 * is dropped from a word that has another period ({@code U.S.S.R.} = {@code U.S.S.R}), but kept on
 * an initial ({@code V.}). Periods are not removed altogether, because then "us" would meet {@code
 * U.S.}.
 *
 * <p>A token that yields no word (a lone "-" or "_") stands for itself, so that no phrase matches
 * across it.
 */
public final class PhraseWords {
  private PhraseWords() {}

  /** The dictionary words of {@code text}; empty when it has none (e.g. "_" or blank). */
  public static List<String> of(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>(4);
    String upper = text.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
    int n = upper.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(upper.charAt(i))) {
        i++;
      }
      int begin = i;
      while (i < n && !isSeparator(upper.charAt(i))) {
        i++;
      }
      if (i > begin) {
        addPiece(upper.substring(begin, i), out);
      }
    }
    return out;
  }

  /**
   * The words of one sentence token: as {@link #of}, except that a token yielding no word yields
   * itself (upper-cased), so that it still occupies a position that no dictionary word equals.
   */
  public static List<String> ofToken(String token) {
    List<String> words = of(token);
    if (words.isEmpty()) {
      String self = token.toUpperCase(Locale.ROOT);
      return List.of(self.isEmpty() ? "\u0000" : self);
    }
    return words;
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || Character.isWhitespace(c);
  }

  private static void addPiece(String piece, List<String> out) {
    boolean comma = false;
    if (piece.length() > 1 && piece.endsWith(",")) {
      piece = piece.substring(0, piece.length() - 1);
      comma = true;
    }
    if (piece.length() > 2 && piece.endsWith("'S")) {
      out.add(trimPeriod(piece.substring(0, piece.length() - 2)));
      out.add("'S");
    } else if (piece.length() > 2 && piece.endsWith("S'")) {
      // A plural possessive, "WORKERS'_PARTY", meets the tokens "Workers" "'" "Party".
      out.add(piece.substring(0, piece.length() - 1));
      out.add("'");
    } else {
      out.add(trimPeriod(piece));
    }
    if (comma) {
      out.add(",");
    }
  }

  private static String trimPeriod(String piece) {
    if (piece.length() > 1 && piece.endsWith(".") && piece.indexOf('.') < piece.length() - 1) {
      return piece.substring(0, piece.length() - 1);
    }
    return piece;
  }
}
