package org.parley.coding.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * A PETRARCH agent dictionary ({@code *.agents.txt}): role nouns that add sector codes to an actor
 * ("the Korean <em>ambassador</em>" is KOR + GOV). Several files merge in order; a later file's
 * phrase wins.
 *
 * <p>Format, following PETRARCH2's {@code read_agent_dictionary}: {@code PHRASE {PLURAL} [CODE]},
 * one a line.
 *
 * <ul>
 *   <li>{@code [~GOV]} adds its sectors after the actor's code, and may carry several ({@code
 *       [~GOVMIL]}); {@code [IGO~]} goes before it ({@link AgentEntry#precedesActor()}).
 *   <li>Without braces the regular plural of the last word is generated as well. {@code
 *       {ATTORNEYS_GENERAL}} gives the plural explicitly; {@code {}} says there is none. {@code
 *       AMBASSADOR_TO {}} is simply the phrase AMBASSADOR_TO (PETRARCH uses such entries for
 *       "ambassador to X").
 *   <li>{@code !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON} defines a substitution set; {@code
 *       CONGRESS!PERSON!} then stands for CONGRESSMAN, CONGRESSMEN, ..., with no plurals generated
 *       (the set lists them).
 * </ul>
 *
 * <p>Plurals are regular English, a little better than PETRARCH's (which only knew Y to IES and S
 * to ES): consonant + Y to IES (SECRETARIES) but vowel + Y to S (ATTORNEYS, ENVOYS); S, X, Z, SH,
 * CH to ES, except -ARCH (MONARCHS); -MAN to -MEN (MILITIAMEN) except HUMAN, GERMAN, ROMAN and a
 * few others; otherwise S. A phrase written explicitly wins over a generated form of another
 * phrase.
 */
public final class AgentDictionary extends PhraseDictionary<AgentEntry> {
  private static final Set<String> MAN_NOT_MEN =
      Set.of(
          "HUMAN", "GERMAN", "ROMAN", "OTTOMAN", "SHAMAN", "TALISMAN", "CAYMAN", "BRAHMAN", "OMAN");

  private AgentDictionary(PhraseIndex<AgentEntry> index, List<Diagnostic> diagnostics) {
    super(index, diagnostics);
  }

  /** Reads and merges {@code files} in order; bad entries become diagnostics, never exceptions. */
  public static AgentDictionary read(List<Path> files) {
    Objects.requireNonNull(files, "files");
    PhraseIndex<AgentEntry> index = new PhraseIndex<>();
    Set<List<String>> explicit = new HashSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "files contains null");
      new FileReader(file.getFileName().toString(), index, explicit, diagnostics).read(file);
    }
    return new AgentDictionary(index, diagnostics);
  }

  /** The regular plural of an upper-case word, or empty when the word is not alphabetic. */
  static Optional<String> plural(String word) {
    if (word.length() < 2 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return Optional.empty();
    }
    char last = word.charAt(word.length() - 1);
    char before = word.charAt(word.length() - 2);
    if (last == 'Y') {
      return Optional.of(
          "AEIOU".indexOf(before) >= 0 ? word + "S" : word.substring(0, word.length() - 1) + "IES");
    }
    if (word.endsWith("MAN") && !MAN_NOT_MEN.contains(word)) {
      return Optional.of(word.substring(0, word.length() - 3) + "MEN");
    }
    if (word.endsWith("ARCH") && !word.endsWith("EARCH")) {
      return Optional.of(word + "S");
    }
    if (last == 'S' || last == 'X' || last == 'Z' || word.endsWith("SH") || word.endsWith("CH")) {
      return Optional.of(word + "ES");
    }
    return Optional.of(word + "S");
  }

  private static final class FileReader {
    private final String name;
    private final PhraseIndex<AgentEntry> index;
    private final Set<List<String>> explicit;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<String>> markers = new LinkedHashMap<>();

    FileReader(
        String name,
        PhraseIndex<AgentEntry> index,
        Set<List<String>> explicit,
        List<Diagnostic> diagnostics) {
      this.name = name;
      this.index = index;
      this.explicit = explicit;
      this.diagnostics = diagnostics;
    }

    void read(Path file) {
      for (DictionaryLines.Line line : DictionaryLines.read(file, name, diagnostics)) {
        String text = line.text().strip();
        if (text.indexOf('!') >= 0 && text.indexOf('=') >= 0) {
          defineMarker(text, line.number());
        } else {
          entry(text, line.number());
        }
      }
    }

    private void defineMarker(String text, int line) {
      int a = text.indexOf('!');
      int b = text.indexOf('!', a + 1);
      int eq = b < 0 ? -1 : text.indexOf('=', b);
      if (b < 0 || eq < 0 || !text.substring(b + 1, eq).isBlank()) {
        error(line, "substitution set '" + text + "' is not of the form !NAME! = A, B, ...");
        return;
      }
      String marker = text.substring(a + 1, b).strip().toUpperCase(Locale.ROOT);
      List<String> values = new ArrayList<>();
      for (String v : text.substring(eq + 1).split(",")) {
        if (!v.isBlank()) {
          values.add(v.strip().toUpperCase(Locale.ROOT));
        }
      }
      if (marker.isEmpty() || values.isEmpty()) {
        error(line, "substitution set '" + text + "' has no name or no members");
        return;
      }
      markers.put(marker, values);
    }

    private void entry(String text, int line) {
      int open = text.indexOf('[');
      if (open < 0) {
        error(line, "agent '" + text + "' has no code; agents need one such as [~GOV]");
        return;
      }
      int close = text.indexOf(']', open);
      if (close < 0) {
        error(line, "code '" + text.substring(open) + "' has no closing ']'");
        return;
      }
      String rest = text.substring(close + 1).strip();
      if (!rest.isEmpty()) {
        warning(line, "text '" + rest + "' after the code was ignored");
      }
      String code = text.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      boolean precedes = false;
      String body;
      if (code.startsWith("~")) {
        body = code.substring(1);
      } else if (code.endsWith("~")) {
        body = code.substring(0, code.length() - 1);
        precedes = true;
      } else {
        warning(line, "code [" + code + "] has no '~'; read as [~" + code + "]");
        body = code;
      }
      if (body.isEmpty()
          || body.length() % 3 != 0
          || !body.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        error(line, "agent code [" + code + "] is not sector codes of three letters");
        return;
      }
      List<String> sectors = new ArrayList<>();
      for (int i = 0; i < body.length(); i += 3) {
        sectors.add(body.substring(i, i + 3));
      }
      String phrase = text.substring(0, open).strip();
      DictionaryEntry provenance = new DictionaryEntry(name, line, phrase);
      if (phrase.indexOf('!') >= 0) {
        int brace = phrase.indexOf('{');
        String base = brace < 0 ? phrase : phrase.substring(0, brace);
        List<String> forms = new ArrayList<>();
        if (expand(base, line, forms)) {
          for (String form : forms) {
            store(form, sectors, precedes, provenance, line, false);
          }
        }
      } else if (phrase.indexOf('{') >= 0) {
        int brace = phrase.indexOf('{');
        int end = phrase.indexOf('}', brace);
        if (end < 0) {
          error(line, "plural in '" + phrase + "' has no closing '}'");
          return;
        }
        store(phrase.substring(0, brace), sectors, precedes, provenance, line, false);
        String plural = phrase.substring(brace + 1, end).strip();
        if (!plural.isEmpty()) {
          store(plural, sectors, precedes, provenance, line, false);
        }
      } else {
        if (store(phrase, sectors, precedes, provenance, line, false)) {
          List<String> words = PhraseWords.of(phrase);
          Optional<String> plural = plural(words.get(words.size() - 1));
          if (plural.isPresent()) {
            List<String> pw = new ArrayList<>(words.subList(0, words.size() - 1));
            pw.add(plural.get());
            store(String.join(" ", pw), sectors, precedes, provenance, line, true);
          }
        }
      }
    }

    /**
     * Expands the substitution markers of {@code phrase} into {@code out}; false (and an error) on
     * failure.
     */
    private boolean expand(String phrase, int line, List<String> out) {
      int a = phrase.indexOf('!');
      if (a < 0) {
        out.add(phrase);
        return true;
      }
      int b = phrase.indexOf('!', a + 1);
      if (b < 0) {
        error(line, "substitution marker in '" + phrase + "' has no closing '!'");
        return false;
      }
      String marker = phrase.substring(a + 1, b).toUpperCase(Locale.ROOT);
      List<String> values = markers.get(marker);
      if (values == null) {
        error(
            line,
            "substitution set !" + marker + "! is not defined (defined: " + markers.keySet() + ")");
        return false;
      }
      for (String v : values) {
        if (!expand(phrase.substring(0, a) + v + phrase.substring(b + 1), line, out)) {
          return false;
        }
      }
      return true;
    }

    private boolean store(
        String phrase,
        List<String> sectors,
        boolean precedes,
        DictionaryEntry provenance,
        int line,
        boolean generated) {
      List<String> words = PhraseWords.of(phrase);
      if (words.isEmpty()) {
        error(line, "empty agent phrase");
        return false;
      }
      if (generated && explicit.contains(words)) {
        return true;
      }
      AgentEntry entry = new AgentEntry(words, sectors, precedes, provenance);
      Optional<AgentEntry> old = index.put(words, entry);
      if (!generated) {
        boolean wasExplicit = !explicit.add(words);
        old.filter(
                o -> wasExplicit && (!o.sectors().equals(sectors) || o.precedesActor() != precedes))
            .ifPresent(
                o ->
                    warning(
                        line,
                        "'"
                            + String.join(" ", words)
                            + "' "
                            + sectors
                            + " replaces the entry at "
                            + o.provenance()
                            + " "
                            + o.sectors()));
      }
      return true;
    }

    private void error(int line, String reason) {
      diagnostics.add(Diagnostic.error(name, String.valueOf(line), reason));
    }

    private void warning(int line, String reason) {
      diagnostics.add(Diagnostic.warning(name, String.valueOf(line), reason));
    }
  }
}
