package org.parley.ingest.furniture;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of furniture lines. Every method takes one stripped, non-empty line. The forms come
 * from the conventions of news pages and wire copy (credit lines, bylines, broadcast scripts), not
 * from any article.
 */
final class LineShapes {
  /**
   * A personal-name word: capitalised, may hold hyphens, apostrophes and initials (Yoo-chul,
   * O'Neil, A.).
   */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]*(?:[-.]\\p{L}[\\p{L}'’]*)*\\.?";

  private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}";

  /** News agencies whose names end photo captions, alone or joined ("AP-Yonhap", "EPA/Yonhap"). */
  private static final String AGENCY =
      "(?i:AP|AFP|Reuters|Yonhap|EPA|EFE|Getty\\s+Images|Xinhua|Kyodo(?:\\s+News)?|KCNA|Newsis|News1"
          + "|Bloomberg|TASS|Sputnik|UPI|Pool|Bernama|ANSA|dpa|Shutterstock|Imaginechina|NurPhoto)";

  private static final String AGENCIES = AGENCY + "(?:\\s*[-/]\\s*" + AGENCY + ")*";

  /**
   * Words that make a name an outlet's: the second half of a sign-off like "Kim, KBS World Radio
   * News."
   */
  private static final Pattern MEDIA_WORD =
      Pattern.compile(
          "\\b(?:News|Radio|TV|Television|Times|Post|Herald|Press|Agency|Network|Broadcasting|Daily"
              + "|Journal|Tribune|Channel|Media|Wire|Gazette|Telegraph|Chronicle)\\b|\\b\\p{Lu}{2,6}\\b");

  private static final Pattern SOUND_BITE =
      Pattern.compile("^\\[\\s*(?i:sound\\s*-?\\s*bite)\\b.*\\]$");
  private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\[\\]]*\\]$");
  private static final Pattern PARENTHESISED = Pattern.compile("^\\([^()]*\\)$");

  private static final Pattern[] CAPTION_ENDINGS = {
    // "... April 25. AP-Yonhap |": scraped captions keep the credit and the separator after it.
    Pattern.compile("[\\p{L}\\p{N}.)\\]]\\s*\\|$"),
    // "... (AP Photo)", "(AP Photo/Ahn Young-joon)", "(Reuters/Kim Hong-Ji)"
    Pattern.compile("\\((?:[^()]*\\b(?i:photos?)\\b[^()]*|\\s*\\p{L}[^()/]*/\\s*\\p{L}[^()]*)\\)$"),
    // "... / Reuters", "... /Yonhap"
    Pattern.compile("/\\s*" + AGENCIES + "$"),
    // "... REUTERS/Kim Hong-Ji"
    Pattern.compile("\\b" + AGENCIES + "\\s*/\\s*" + NAME + "$"),
    // "... [YONHAP]", "[AFP PHOTO]"
    Pattern.compile("\\[\\s*(?:" + AGENCIES + ")(?:\\s+(?i:photo))?\\s*\\]$"),
    // "... Korea Times photo by Shim Hyun-chul", "Photo courtesy of the Unification Ministry"
    Pattern.compile("\\b(?i:photos?|images?)\\s+(?i:by|courtesy\\s+of)\\s+[^.!?]{1,60}$"),
  };

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by)\\s+("
              + NAME
              + "(?:\\s*(?:,|and|&)\\s*"
              + NAME
              + "){0,3})(?:\\s*[,|/]\\s*\\p{Lu}[\\p{L} '’]{1,40})?$");

  private static final Pattern HANDOFF =
      Pattern.compile(
          "^(?:(?i:reporter|correspondent)\\s+)?("
              + NAME
              + ")\\s+(?:reports|has\\s+(?:more|the\\s+story|the\\s+details|this\\s+report))"
              + "(?:\\s+from\\s+"
              + NAME
              + ")?\\s*\\.$");

  private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}&'’.-]*|of|the|and|for)";

  private static final Pattern SIGNOFF =
      Pattern.compile(
          "^("
              + NAME
              + ")\\s*,\\s*("
              + TITLE_WORD
              + "(?:\\s+"
              + TITLE_WORD
              + "){0,6})(?:\\s*,\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})?\\s*\\.?$");

  /**
   * A staff role after the names of a byline ("By Lee Min-ji, Staff Reporter"): not part of the
   * names.
   */
  private static final Pattern BYLINE_ROLE =
      Pattern.compile(
          "\\s*,\\s*[\\p{L} ]*\\b(?i:reporter|correspondent|writer|editor|columnist|staff)\\b[\\p{L} ]*$");

  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:©|ⓒ|\\(c\\)|(?i:copyright)\\b|\\(?(?i:(?:additional\\s+)?reporting|editing|writing)\\s+by\\b)"
              + "|(?i:all\\s+rights\\s+reserved)");

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?i:anchor(?:\\s+lead)?|report|reporter|correspondent|narration)\\s*:\\s*(?=\\S)");

  private static final Pattern STORY_END = Pattern.compile("[.!?:;…][\"'”’»)\\]]*$|[\"”»]$");

  /** The longest photo credit at the end of a caption that the caption patterns look at. */
  private static final int CAPTION_CREDIT_CHARS = 120;

  /** Lines above the story longer than this are story, whatever their punctuation. */
  static final int MAX_HEADLINE_WORDS = 25;

  private LineShapes() {}

  static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * The end of a line, where credits and sentence ends sit; matching only there keeps end-anchored
   * patterns from being tried at every position of a long paragraph.
   */
  private static String tail(String line, int length) {
    return line.length() <= length ? line : line.substring(line.length() - length);
  }

  /** "[Sound bite: NAME (Language)]": names the speaker of the quote after it, so it stays. */
  static boolean isSoundBite(String line) {
    return SOUND_BITE.matcher(line).matches();
  }

  /**
   * A line that is wholly bracketed ("[Photo : YONHAP News]") or a short parenthetical ("(END)").
   */
  static boolean isBracketed(String line) {
    return BRACKETED.matcher(line).matches()
        || (PARENTHESISED.matcher(line).matches() && words(line) <= 12);
  }

  /** A photo caption: a line that ends with a photo credit. */
  static boolean isCaption(String line) {
    if (words(line) > 80) {
      return false;
    }
    String end = tail(line, CAPTION_CREDIT_CHARS);
    for (Pattern p : CAPTION_ENDINGS) {
      if (p.matcher(end).find()) {
        return true;
      }
    }
    return false;
  }

  /** The names of a byline line ("By Kim Yoo-chul"). */
  static Optional<String> findByline(String line) {
    if (words(line) > 12) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(line);
    return m.matches()
        ? Optional.of(BYLINE_ROLE.matcher(m.group(1)).replaceFirst("").strip())
        : Optional.empty();
  }

  /** The reporter of a broadcast hand-off line ("Choi You Sun reports."). */
  static Optional<String> findHandoff(String line) {
    Matcher m = HANDOFF.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * The reporter of a sign-off line: a name, then an outlet ("Choi You Sun, KBS World Radio
   * News.").
   */
  static Optional<String> findSignoff(String line) {
    if (words(line) > 12) {
      return Optional.empty();
    }
    Matcher m = SIGNOFF.matcher(line);
    if (!m.matches() || !MEDIA_WORD.matcher(m.group(2)).find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).strip());
  }

  /** Copyright notices and wire-copy credits ("Reporting by ...; Editing by ..."). */
  static boolean isCredit(String line) {
    return words(line) <= 25 && CREDIT.matcher(line).find();
  }

  /** The length of a broadcast speaker label at the start of the line ("Anchor: "), 0 when none. */
  static int labelLength(String line) {
    Matcher m = LABEL.matcher(line);
    return m.find() ? m.end() : 0;
  }

  /**
   * Whether the line reads as story rather than as a label: it ends like a sentence, opens with a
   * speaker label, or is too long for a headline.
   */
  static boolean isStoryLine(String line) {
    return STORY_END.matcher(tail(line, 16)).find()
        || labelLength(line) > 0
        || words(line) > MAX_HEADLINE_WORDS;
  }

  /**
   * Whether a line above the story could be its headline rather than a menu item or section name.
   */
  static boolean couldBeHeadline(String line) {
    if (words(line) < 5 || line.matches(".*[|»>›].*")) {
      return false;
    }
    long letters = line.codePoints().filter(Character::isLetter).count();
    return letters >= 20;
  }
}
