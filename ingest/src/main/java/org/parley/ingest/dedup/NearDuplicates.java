package org.parley.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a story that was admitted before in a slightly different form: the wire copy
 * republished with a new headline, a changed dateline, a sentence added, typos fixed or a footer
 * appended. Such copies would otherwise be coded twice and double the events they report.
 *
 * <p>Each body becomes the set of its five-word shingles (words lower-cased, punctuation removed;
 * Han and kana characters count as one word each, since those scripts do not separate words). A
 * MinHash signature of {@value #PERMUTATIONS} seeded 64-bit hashes estimates the Jaccard similarity
 * of two shingle sets, and LSH banding ({@value #BANDS} bands of {@value #ROWS} rows) finds the
 * earlier bodies worth comparing without comparing all pairs: a pair at Jaccard 0.8 shares a band
 * with probability above 0.99999, a pair at 0.5 with probability 0.87, so thresholds from about 0.5
 * up keep their recall. Candidates are then checked against the threshold with the exact Jaccard
 * when both bodies are small enough to keep their shingle hashes ({@value #EXACT_SHINGLES} shingles
 * or fewer), and with the signature's estimate otherwise. The reported similarity is the best
 * candidate's.
 *
 * <p>Bodies under {@value #MIN_WORDS} words have too few shingles for a fair estimate: they are
 * only ever exact duplicates (the same words in the same order, whatever the punctuation and case).
 * Memory per admitted body is its signature (1 KB), its small shingle set if any (at most 2 KB),
 * its id and its band entries; the text is not kept.
 *
 * <p>Thread-safe: signatures are computed outside the lock, the look-up and insertion under it, so
 * that two copies admitted at the same time cannot both be taken as first.
 */
public final class NearDuplicates {
  /**
   * The Jaccard similarity from which two bodies are the same story. A 200-word wire story given a
   * new headline, a new dateline and a footer keeps about 0.8 of its shingles; a second-day story
   * that repeats two background paragraphs of the first shares under 0.2. 0.7 sits well above the
   * second and leaves room below the first for one more edit.
   */
  public static final double DEFAULT_THRESHOLD = 0.7;

  /** Bodies with fewer words than this are compared only for exact equality. */
  public static final int MIN_WORDS = 30;

  static final int SHINGLE_WORDS = 5;
  static final int PERMUTATIONS = 128;
  static final int BANDS = 32;
  static final int ROWS = PERMUTATIONS / BANDS;
  static final int EXACT_SHINGLES = 256;

  private static final long[] SEEDS = seeds();

  /**
   * An earlier body that this one copies.
   *
   * @param firstId the id under which the earlier body was admitted
   * @param similarity Jaccard similarity of the two shingle sets (exact or estimated), in [0, 1]
   */
  public record Match(String firstId, double similarity) {
    public Match {
      Objects.requireNonNull(firstId, "firstId");
      if (!(similarity >= 0.0 && similarity <= 1.0)) {
        throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
      }
    }
  }

  private record Admitted(String id, long[] signature, long[] shingles) {}

  private final double threshold;
  private final List<Admitted> admitted = new ArrayList<>();
  private final List<Map<Long, int[]>> bands = new ArrayList<>();
  private final Map<Long, String> exactFirstId = new HashMap<>();

  /** Near-duplicates at Jaccard {@value #DEFAULT_THRESHOLD} or more. */
  public NearDuplicates() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold the Jaccard similarity in (0, 1] at or above which a body is a copy; below
   *     about 0.5 the banding starts to miss pairs
   */
  public NearDuplicates(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earlier body that {@code body} copies, if any; otherwise remembers {@code body} under
   * {@code id} and returns empty. A copy is not remembered, so later copies match the first one.
   * Bodies without a word are never duplicates and are not remembered.
   */
  public Optional<Match> admit(String id, String body) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    List<String> words = words(body);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    long exactKey = sequenceHash(words);
    long[] shingles = words.size() >= MIN_WORDS ? shingleHashes(words) : null;
    long[] signature = shingles == null ? null : signature(shingles);
    synchronized (this) {
      String exact = exactFirstId.get(exactKey);
      if (exact != null) {
        return Optional.of(new Match(exact, 1.0));
      }
      if (signature != null) {
        Optional<Match> near = bestCandidate(signature, shingles);
        if (near.isPresent()) {
          return near;
        }
      }
      exactFirstId.put(exactKey, id);
      if (signature != null) {
        int index = admitted.size();
        admitted.add(
            new Admitted(id, signature, shingles.length <= EXACT_SHINGLES ? shingles : null));
        for (int b = 0; b < BANDS; b++) {
          bands.get(b).merge(bandKey(signature, b), new int[] {index}, NearDuplicates::append);
        }
      }
      return Optional.empty();
    }
  }

  /** How many bodies have been remembered (copies are not counted). */
  public synchronized int size() {
    return exactFirstId.size();
  }

  /**
   * The exact Jaccard similarity of the five-word shingle sets of two texts, for tests and
   * explanations; a text shorter than five words is one shingle.
   */
  public static double similarity(String a, String b) {
    return jaccard(shingleHashes(words(a)), shingleHashes(words(b)));
  }

  private Optional<Match> bestCandidate(long[] signature, long[] shingles) {
    int best = -1;
    double bestSimilarity = -1;
    Set<Integer> seen = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      int[] bucket = bands.get(b).get(bandKey(signature, b));
      if (bucket == null) {
        continue;
      }
      for (int index : bucket) {
        if (!seen.add(index)) {
          continue;
        }
        Admitted other = admitted.get(index);
        double similarity =
            other.shingles() != null && shingles.length <= EXACT_SHINGLES
                ? jaccard(shingles, other.shingles())
                : estimate(signature, other.signature());
        if (similarity > bestSimilarity || (similarity == bestSimilarity && index < best)) {
          best = index;
          bestSimilarity = similarity;
        }
      }
    }
    if (best < 0 || bestSimilarity < threshold) {
      return Optional.empty();
    }
    return Optional.of(new Match(admitted.get(best).id(), bestSimilarity));
  }

  /**
   * Words of the text in lower case: runs of letters and digits, apostrophes inside words dropped
   * ("don't" is "dont"), each Han or kana character a word of its own.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (isIdeographic(cp)) {
          flush(word, words);
          words.add(new String(Character.toChars(cp)));
        } else {
          word.appendCodePoint(cp);
        }
      } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0) {
        continue;
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK && word.length() > 0) {
        word.appendCodePoint(cp);
      } else {
        flush(word, words);
      }
    }
    flush(word, words);
    return words;
  }

  private static boolean isIdeographic(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Distinct hashes of the five-word shingles, sorted. */
  static long[] shingleHashes(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = stringHash(words.get(i));
    }
    int count = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
    long[] shingles = new long[count];
    for (int s = 0; s < count; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = s; w < Math.min(s + SHINGLE_WORDS, wordHashes.length); w++) {
        h = mix(h * 31 + wordHashes[w]);
      }
      shingles[s] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  private static long[] signature(long[] shingles) {
    long[] signature = new long[PERMUTATIONS];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int p = 0; p < PERMUTATIONS; p++) {
        long h = mix(shingle ^ SEEDS[p]);
        if (h < signature[p]) {
          signature[p] = h;
        }
      }
    }
    return signature;
  }

  private static double estimate(long[] a, long[] b) {
    int equal = 0;
    for (int p = 0; p < PERMUTATIONS; p++) {
      if (a[p] == b[p]) {
        equal++;
      }
    }
    return (double) equal / PERMUTATIONS;
  }

  /** Jaccard similarity of two sorted sets of distinct hashes. */
  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static long bandKey(long[] signature, int band) {
    long h = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = mix(h * 31 + signature[r]);
    }
    return h;
  }

  private static long sequenceHash(List<String> words) {
    long h = 0;
    for (String word : words) {
      h = mix(h * 31 + stringHash(word));
    }
    return h;
  }

  /** 64-bit FNV-1a over the UTF-16 units, then mixed: stable across runs and JVMs. */
  private static long stringHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: a cheap bijection that spreads every input bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[PERMUTATIONS];
    long state = 0x5EED_0F_9A12_1E7L;
    for (int p = 0; p < PERMUTATIONS; p++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[p] = mix(state);
    }
    return seeds;
  }

  private static int[] append(int[] existing, int[] more) {
    int[] joined = Arrays.copyOf(existing, existing.length + more.length);
    System.arraycopy(more, 0, joined, existing.length, more.length);
    return joined;
  }
}
