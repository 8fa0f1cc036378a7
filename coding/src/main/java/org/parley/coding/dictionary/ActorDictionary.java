package org.parley.coding.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * A PETRARCH actor dictionary ({@code *.actors.txt}): phrases naming actors, with CAMEO actor codes
 * that may be restricted to dates. Several files merge in the order given; a later file's phrase
 * replaces an earlier one (so Parley's additions, read last, win).
 *
 * <p>Format, following PETRARCH2's {@code read_actor_dictionary}: a line that starts with neither
 * {@code +} nor {@code [} begins an entry, {@code VLADIMIR_PUTIN_ [RUSGOV >080508]}; {@code +}
 * lines add synonyms of that entry; code groups {@code [...]} follow the phrase on its line or
 * stand on their own (usually tab-indented) lines after the synonyms, any number of them, e.g.
 *
 * <pre>
 * MOON_JAE_IN_  # CountryInfo.txt
 * 	[KORGOV 070501-080731]
 * </pre>
 *
 * Words are joined by {@code _} or spaces; a trailing {@code _} adds nothing (see {@link
 * PhraseWords}). Every phrase of an entry gets all of its codes. An entry with no code at all,
 * directly followed by another entry, takes that entry's codes (with a warning; see {@code carry});
 * an entry whose codes are all malformed, or the last entry of a file without codes, is an error
 * and its phrases are skipped. An entry coded only {@code [---]} is kept without codes. A phrase
 * defined twice with different codes is reported as a warning; the later definition wins, as in
 * PETRARCH.
 */
public final class ActorDictionary extends PhraseDictionary<ActorEntry> {
  private ActorDictionary(PhraseIndex<ActorEntry> index, List<Diagnostic> diagnostics) {
    super(index, diagnostics);
  }

  /** Reads and merges {@code files} in order; bad entries become diagnostics, never exceptions. */
  public static ActorDictionary read(List<Path> files) {
    return read(files, List.of(), List.of());
  }

  /**
   * Reads and merges {@code files} in order, then adds entries that come from no dictionary file
   * (Parley's gazetteer; their provenance names their source).
   *
   * @param added entries merged as if from a file read after {@code files}: a phrase already
   *     defined is replaced (with a warning when the codes differ)
   * @param fallback entries of the lowest priority: each is added only where no file and no {@code
   *     added} entry defines the same phrase, and the first of several for one phrase is kept
   */
  public static ActorDictionary read(
      List<Path> files, List<ActorEntry> added, List<ActorEntry> fallback) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(fallback, "fallback");
    PhraseIndex<ActorEntry> index = new PhraseIndex<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "files contains null");
      new FileReader(file.getFileName().toString(), index, diagnostics).read(file);
    }
    for (ActorEntry entry : added) {
      index
          .put(entry.words(), entry)
          .filter(old -> !old.codes().equals(entry.codes()))
          .ifPresent(old -> diagnostics.add(replaced(entry, old)));
    }
    for (ActorEntry entry : fallback) {
      if (index.get(entry.words()).isEmpty()) {
        index.put(entry.words(), entry);
      }
    }
    return new ActorDictionary(index, diagnostics);
  }

  private static Diagnostic replaced(ActorEntry entry, ActorEntry old) {
    DictionaryEntry p = entry.provenance();
    return Diagnostic.warning(
        p.file(),
        String.valueOf(p.line()),
        "'"
            + p.entry()
            + "' "
            + entry.codes()
            + " replaces the entry at "
            + old.provenance()
            + " "
            + old.codes());
  }

  /** Reads one file; holds the entry being assembled. */
  private static final class FileReader {
    private final String name;
    private final PhraseIndex<ActorEntry> index;
    private final List<Diagnostic> diagnostics;
    private final List<DictionaryLines.Line> phrases = new ArrayList<>();
    private final List<String> phraseTexts = new ArrayList<>();
    private final List<Boolean> synonyms = new ArrayList<>();
    private final List<DatedCode> codes = new ArrayList<>();
    private boolean nullCode;
    private int codeGroups;

    FileReader(String name, PhraseIndex<ActorEntry> index, List<Diagnostic> diagnostics) {
      this.name = name;
      this.index = index;
      this.diagnostics = diagnostics;
    }

    void read(Path file) {
      for (DictionaryLines.Line line : DictionaryLines.read(file, name, diagnostics)) {
        String text = line.text().strip();
        if (text.startsWith("[")) {
          if (phrases.isEmpty()) {
            error(line.number(), "code '" + text + "' has no actor phrase before it");
          } else {
            addCodes(text, 0, line.number());
          }
        } else if (text.startsWith("+")) {
          if (phrases.isEmpty()) {
            error(line.number(), "synonym '" + text + "' has no actor entry before it");
          } else {
            addPhrase(line, text, 1);
          }
        } else {
          if (!phrases.isEmpty() && codes.isEmpty() && !nullCode && codeGroups == 0) {
            carry(line, text);
          } else {
            flush();
          }
          addPhrase(line, text, 0);
        }
      }
      flush();
    }

    /**
     * Keeps a codeless entry for the codes of the next one. The Phoenix files list several names of
     * one person as consecutive roots before one code block (IVO_JOSIPOVIC_, PRESIDENT_JOSIPOVIC_,
     * JOSIPOVIC_, then [HRVGOV >20120219]); PETRARCH2 leaves all but the last without a code, which
     * is plainly not what the dictionary's authors meant.
     */
    private void carry(DictionaryLines.Line next, String nextText) {
      int open = nextText.indexOf('[');
      String nextPhrase = (open < 0 ? nextText : nextText.substring(0, open)).strip();
      int root = synonyms.lastIndexOf(Boolean.FALSE);
      diagnostics.add(
          Diagnostic.warning(
              name,
              String.valueOf(phrases.get(root).number()),
              "actor '"
                  + phraseTexts.get(root)
                  + "' has no code of its own; it takes the codes of the next entry '"
                  + nextPhrase
                  + "' (line "
                  + next.number()
                  + ")"));
    }

    private void addPhrase(DictionaryLines.Line line, String text, int begin) {
      int open = text.indexOf('[');
      String phrase = (open < 0 ? text.substring(begin) : text.substring(begin, open)).strip();
      phrases.add(line);
      phraseTexts.add(phrase);
      synonyms.add(begin > 0);
      if (open >= 0) {
        addCodes(text, open, line.number());
      }
    }

    private void addCodes(String text, int from, int lineNumber) {
      ActorCodes.Parsed parsed = ActorCodes.parse(text, from, name, lineNumber, diagnostics);
      for (DatedCode c : parsed.codes()) {
        if (!codes.contains(c)) {
          codes.add(c);
        }
      }
      nullCode |= parsed.nullCode();
      codeGroups += parsed.groups();
    }

    private void flush() {
      if (phrases.isEmpty()) {
        return;
      }
      String root = phraseTexts.get(0);
      if (codes.isEmpty() && !nullCode) {
        String why = codeGroups == 0 ? "has no code" : "has no valid code";
        error(
            phrases.get(0).number(),
            "actor '" + root + "' " + why + "; its " + phrases.size() + " phrase(s) were skipped");
      } else {
        for (int i = 0; i < phrases.size(); i++) {
          store(phrases.get(i), phraseTexts.get(i), synonyms.get(i));
        }
      }
      phrases.clear();
      phraseTexts.clear();
      synonyms.clear();
      codes.clear();
      nullCode = false;
      codeGroups = 0;
    }

    private void store(DictionaryLines.Line line, String phrase, boolean synonym) {
      List<String> words = PhraseWords.of(phrase);
      if (words.isEmpty()) {
        error(line.number(), "empty actor phrase");
        return;
      }
      DictionaryEntry provenance =
          new DictionaryEntry(name, line.number(), (synonym ? "+" : "") + phrase);
      ActorEntry entry = new ActorEntry(words, codes, provenance);
      index
          .put(words, entry)
          .filter(old -> !old.codes().equals(entry.codes()))
          .ifPresent(
              old ->
                  diagnostics.add(
                      Diagnostic.warning(
                          name,
                          String.valueOf(line.number()),
                          "'"
                              + phrase
                              + "' "
                              + entry.codes()
                              + " replaces the entry at "
                              + old.provenance()
                              + " "
                              + old.codes())));
    }

    private void error(int line, String reason) {
      diagnostics.add(Diagnostic.error(name, String.valueOf(line), reason));
    }
  }
}
