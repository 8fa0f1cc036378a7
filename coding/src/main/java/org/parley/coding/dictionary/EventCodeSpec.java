package org.parley.coding.dictionary;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The event code written in {@code [...]} on a PETRARCH2 verb-block header, verb line or pattern
 * line.
 *
 * <p>Forms, as PETRARCH2 reads them ({@code utilities.convert_code}, used by {@code
 * PETRtree.VerbPhrase.get_code}):
 *
 * <ul>
 *   <li>{@code [042]}, {@code [0354]}: a CAMEO code (two to four digits; CAMEO manual 1.1b3, ch.
 *       2).
 *   <li>{@code [---]}: the null code, "this verb or pattern alone is no event"; {@link #primary()}
 *       is empty.
 *   <li>{@code [042:043]}: two codes split at {@code ':'}. PETRARCH2 calls the first the verb's
 *       inherent <em>active</em> meaning and the second its inherent <em>passive</em> meaning:
 *       {@code VISIT [042:043]} is "make a visit" (042) when the subject visits and "host a visit"
 *       (043) from the side of the one visited. PETRARCH2 falls back to the second code only when
 *       the first is null.
 *   <li>{@code [:173]}: no active code, only the passive one ({@code - * (BEFORE COURT) [:173]}
 *       under APPEAR: appearing before a court is something done to the subject).
 * </ul>
 *
 * <p>The test dictionaries also use opaque codes such as {@code [075A]} or {@code [abc]}; these are
 * kept as written and {@link #isCameoForm()} says whether every part is a CAMEO-shaped code.
 */
public record EventCodeSpec(String raw) {
  // The patterns come first: NONE is built with them during class initialisation.
  private static final String NULL_CODE = "---";
  private static final Pattern PART = Pattern.compile("[0-9A-Za-z?!+#\\-]{1,8}");
  private static final Pattern CAMEO_PART = Pattern.compile("---|[0-9]{2,4}");

  /** The null code {@code ---}: no event. */
  public static final EventCodeSpec NONE = new EventCodeSpec("---");

  public EventCodeSpec {
    Objects.requireNonNull(raw, "raw");
    if (!isWellFormed(raw)) {
      throw new IllegalArgumentException("raw: not an event code: '" + raw + "'");
    }
  }

  /**
   * Reads {@code [042:043]} or {@code 042:043} (surrounding brackets and blanks are optional);
   * empty when the text is not a code: blank, {@code []}, {@code [:]}, more than one {@code ':'},
   * blanks or brackets inside.
   */
  public static Optional<EventCodeSpec> parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]") && t.length() >= 2) {
      t = t.substring(1, t.length() - 1);
    }
    return isWellFormed(t) ? Optional.of(new EventCodeSpec(t)) : Optional.empty();
  }

  private static boolean isWellFormed(String t) {
    int colon = t.indexOf(':');
    if (colon < 0) {
      return PART.matcher(t).matches();
    }
    if (t.indexOf(':', colon + 1) >= 0) {
      return false;
    }
    String a = t.substring(0, colon);
    String b = t.substring(colon + 1);
    if (a.isEmpty() && b.isEmpty()) {
      return false;
    }
    return (a.isEmpty() || PART.matcher(a).matches()) && (b.isEmpty() || PART.matcher(b).matches());
  }

  /** The active code (before any {@code ':'}); empty for {@code ---} and for {@code [:173]}. */
  public Optional<String> primary() {
    int colon = raw.indexOf(':');
    return code(colon < 0 ? raw : raw.substring(0, colon));
  }

  /** The passive code after {@code ':'}; empty when there is none or it is {@code ---}. */
  public Optional<String> secondary() {
    int colon = raw.indexOf(':');
    return colon < 0 ? Optional.empty() : code(raw.substring(colon + 1));
  }

  /** True when neither part names an event ({@code [---]}, {@code [---:---]}). */
  public boolean isNoEvent() {
    return primary().isEmpty() && secondary().isEmpty();
  }

  /** True when every written part is {@code ---} or two to four digits, as CAMEO codes are. */
  public boolean isCameoForm() {
    int colon = raw.indexOf(':');
    if (colon < 0) {
      return CAMEO_PART.matcher(raw).matches();
    }
    String a = raw.substring(0, colon);
    String b = raw.substring(colon + 1);
    return (a.isEmpty() || CAMEO_PART.matcher(a).matches())
        && (b.isEmpty() || CAMEO_PART.matcher(b).matches());
  }

  private static Optional<String> code(String part) {
    return part.isEmpty() || part.equals(NULL_CODE) ? Optional.empty() : Optional.of(part);
  }

  /** The code as written in the dictionary, with brackets: {@code [042:043]}. */
  @Override
  public String toString() {
    return "[" + raw + "]";
  }
}
