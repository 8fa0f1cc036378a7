package org.parley.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Decides the language of an article body, so that the coder only treats as English what is
 * English. Built on Apache OpenNLP's maxent language detector with its 103-language model
 * (langdetect-183), which comes from Maven Central inside a jar: nothing is downloaded at run time.
 * OpenNLP was chosen over Lingua (80 MB jar, 0.6-1.4 GB heap with its accurate models, 120-300
 * docs/s) and Optimaize (unmaintained since 2016, read traditional Chinese as Korean) because it
 * was as accurate on news paragraphs at about 40 MB of heap and roughly 1,000 two-kilobyte
 * documents a second.
 *
 * <p>Three rules sit around the model. Text with fewer than {@value #MIN_LETTERS} letters (after
 * URLs and e-mail addresses are removed) gets no language: a byline or a caption does not say what
 * language the story is in. Text written mostly in Hangul, or in Han characters with or without
 * kana, is decided by its script, since those scripts name the language more reliably than n-gram
 * statistics over a few hundred characters do. Otherwise the model's best guess is kept only when
 * it clearly beats the runner-up: the confidence is {@code 1 - p2/p1} over the two most probable
 * languages, and below {@value #MIN_CONFIDENCE} no language is given. Only the first {@value
 * #MAX_CHARS} characters are read, which is plenty for a decision and keeps the cost per article
 * flat.
 *
 * <p>Thread-safe: one instance serves all threads; load it once with {@link #shared()}.
 */
public final class LanguageDetector {
  /** How much of the text is read; the opening paragraphs decide. */
  public static final int MAX_CHARS = 2_000;

  /** Fewer letters than this give no language. */
  public static final int MIN_LETTERS = 20;

  /** Below this margin over the runner-up, the model's guess is not trusted. */
  public static final double MIN_CONFIDENCE = 0.2;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final Pattern URL_OR_EMAIL =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.[a-z]{2,}");

  private static final Map<String, String> ISO_639_1_BY_639_3 = twoLetterCodes();

  private final ThreadSafeLanguageDetectorME model;

  private LanguageDetector(LanguageDetectorModel model) {
    this.model = new ThreadSafeLanguageDetectorME(model);
  }

  /** The detector every caller should share: the model is read on first use, once. */
  public static LanguageDetector shared() {
    return Holder.INSTANCE;
  }

  /**
   * Reads the model from the classpath (the opennlp-models-langdetect artifact). About half a
   * second; prefer {@link #shared()}.
   *
   * @throws IllegalStateException when the model artifact is not on the classpath
   */
  public static LanguageDetector load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model "
                + MODEL_RESOURCE
                + " is not on the classpath: add org.apache.opennlp:opennlp-models-langdetect");
      }
      return new LanguageDetector(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  /** The language of {@code text}, or an empty language with the reason. Never throws on input. */
  public Detection detect(String text) {
    Objects.requireNonNull(text, "text");
    String head = URL_OR_EMAIL.matcher(opening(text)).replaceAll(" ");
    ScriptCounts counts = ScriptCounts.of(head);
    if (counts.letters() < MIN_LETTERS) {
      return Detection.none(
          0.0, "too short: " + counts.letters() + " letters, need " + MIN_LETTERS);
    }
    Optional<Detection> byScript = byScript(counts);
    if (byScript.isPresent()) {
      return byScript.get();
    }
    Optional<Detection> byWords = byEnglishFunctionWords(head);
    if (byWords.isPresent()) {
      return byWords.get();
    }
    if (counts.letters() < MIN_LETTERS_FOR_MODEL) {
      // A headline or a line of mixed languages ("Le président français met the German chancellor")
      // is too little for a character n-gram model to overrule: unknown, not a guess.
      return Detection.none(
          0.0,
          "too short for the model: "
              + counts.letters()
              + " letters, need "
              + MIN_LETTERS_FOR_MODEL);
    }
    Language[] ranked = model.predictLanguages(head);
    Language best = ranked[0];
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
    double confidence =
        best.getConfidence() > 0 ? clamp(1.0 - runnerUp / best.getConfidence()) : 0.0;
    String versus = ranked.length > 1 ? " over '" + ranked[1].getLang() + "'" : "";
    String margin = String.format(Locale.ROOT, "%.2f", confidence);
    if (confidence < MIN_CONFIDENCE) {
      return Detection.none(
          confidence, "low confidence: '" + best.getLang() + "'" + versus + " by margin " + margin);
    }
    String code = ISO_639_1_BY_639_3.get(best.getLang());
    if (code == null) {
      return Detection.none(
          confidence, "detected '" + best.getLang() + "', which has no ISO 639-1 code");
    }
    return Detection.of(
        code, confidence, "model: '" + best.getLang() + "'" + versus + " by margin " + margin);
  }

  /**
   * English prose is about a quarter function words that no other language writes as words (the,
   * of, and, that, with, said, ...); in French, German, Spanish or Dutch news they are under 2%.
   * Above {@value #ENGLISH_FUNCTION_SHARE} of at least {@value #MIN_WORDS_FOR_WORDS} words the text
   * is English without asking the model, which is most of the cost of ingestion otherwise.
   */
  private static Optional<Detection> byEnglishFunctionWords(String head) {
    int words = 0;
    int function = 0;
    int i = 0;
    int n = head.length();
    while (i < n) {
      while (i < n && !Character.isLetter(head.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(head.charAt(i)) || head.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        words++;
        if (ENGLISH_FUNCTION_WORDS.contains(head.substring(start, i).toLowerCase(Locale.ROOT))) {
          function++;
        }
      }
    }
    if (words < MIN_WORDS_FOR_WORDS) {
      return Optional.empty();
    }
    double share = (double) function / words;
    if (share < ENGLISH_FUNCTION_SHARE) {
      return Optional.empty();
    }
    return Optional.of(
        Detection.of(
            "en",
            Math.min(1.0, share / (2 * ENGLISH_FUNCTION_SHARE)),
            String.format(
                Locale.ROOT, "function words: %d of %d words are English ones", function, words)));
  }

  /** Texts with fewer letters are not given to the model (scripts still decide). */
  public static final int MIN_LETTERS_FOR_MODEL = 60;

  static final double ENGLISH_FUNCTION_SHARE = 0.12;
  static final int MIN_WORDS_FOR_WORDS = 30;
  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS =
      java.util.Set.of(
          "the", "of", "and", "to", "that", "with", "for", "said", "from", "by", "which", "would",
          "their", "they", "has", "have", "had", "were", "been", "its", "it's", "this", "after",
          "about", "but", "not", "who", "will");

  /** Hangul is Korean; Han with kana is Japanese; Han without kana is Chinese. */
  private static Optional<Detection> byScript(ScriptCounts counts) {
    int cjk = counts.hangul() + counts.kana() + counts.han();
    double share = (double) cjk / counts.letters();
    if (share < 0.5) {
      return Optional.empty();
    }
    String percent = Math.round(share * 100) + "% of letters";
    if (counts.hangul() >= counts.kana() + counts.han()) {
      return Optional.of(Detection.of("ko", share, "script: Hangul, CJK " + percent));
    }
    if (counts.kana() >= 0.1 * (counts.kana() + counts.han())) {
      return Optional.of(Detection.of("ja", share, "script: kana with Han, CJK " + percent));
    }
    return Optional.of(Detection.of("zh", share, "script: Han without kana, CJK " + percent));
  }

  private static String opening(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static double clamp(double value) {
    return Math.max(0.0, Math.min(1.0, value));
  }

  /**
   * The model speaks ISO 639-3, including individual codes inside macrolanguages (cmn for Mandarin,
   * pes for Iranian Persian); the JDK's table covers the rest.
   */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      codes.put(new Locale(two).getISO3Language(), two);
    }
    codes.put("cmn", "zh");
    codes.put("pes", "fa");
    codes.put("lvs", "lv");
    codes.put("ekk", "et");
    codes.put("pnb", "pa");
    codes.put("plt", "mg");
    codes.put("zsm", "ms");
    codes.put("arb", "ar");
    return Map.copyOf(codes);
  }

  private static final class Holder {
    static final LanguageDetector INSTANCE = load();
  }

  /** Letters in the text, and how many of them are in the scripts that name their language. */
  private record ScriptCounts(int letters, int hangul, int kana, int han) {
    static ScriptCounts of(String text) {
      int letters = 0;
      int hangul = 0;
      int kana = 0;
      int han = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        switch (script) {
          case HANGUL -> hangul++;
          case HIRAGANA, KATAKANA -> kana++;
          case HAN -> han++;
          default -> {}
        }
      }
      return new ScriptCounts(letters, hangul, kana, han);
    }
  }
}
