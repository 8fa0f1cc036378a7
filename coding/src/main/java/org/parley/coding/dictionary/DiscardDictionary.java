package org.parley.coding.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * A PETRARCH discard list ({@code *.discards.txt}): phrases whose presence means a sentence, or
 * with a leading {@code +} a whole story, is not to be coded (sports, entertainment, history).
 *
 * <p>Format, following PETRARCH's {@code read_discard_list}: one phrase a line, words joined by
 * spaces or {@code _}, {@code #} comments, case-insensitive. PETRARCH's documentation says a phrase
 * ending in {@code _} must end on a word boundary and is otherwise a stem; that is the rule here
 * (PETRARCH2's code matched whole words only, which made {@code GROUP A_} and {@code GROUP A} the
 * same). Only the last word is a stem; earlier words match whole. A line {@code -PHRASE} withdraws
 * that phrase as listed by an earlier file, so that Parley's additions can take back a Phoenix
 * discard.
 */
public final class DiscardDictionary {
  private final Map<String, List<DiscardEntry>> byFirstWord;
  private final Map<String, List<DiscardEntry>> singleStems;
  private final int size;
  private final List<Diagnostic> diagnostics;

  private DiscardDictionary(
      Map<String, List<DiscardEntry>> byFirstWord,
      Map<String, List<DiscardEntry>> singleStems,
      int size,
      List<Diagnostic> diagnostics) {
    this.byFirstWord = byFirstWord;
    this.singleStems = singleStems;
    this.size = size;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Reads and merges {@code files} in order; bad lines become diagnostics, never exceptions. */
  public static DiscardDictionary read(List<Path> files) {
    Objects.requireNonNull(files, "files");
    Map<String, DiscardEntry> unique = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "files contains null");
      String name = file.getFileName().toString();
      for (DictionaryLines.Line line : DictionaryLines.read(file, name, diagnostics)) {
        String text = line.text().strip();
        DiscardEntry.Scope scope = DiscardEntry.Scope.SENTENCE;
        if (text.startsWith("-")) {
          // A withdrawal: a later file (Parley's additions) takes back a phrase an earlier one
          // listed.
          String w = text.substring(1).strip();
          List<String> ws = PhraseWords.of(w.startsWith("+") ? w.substring(1) : w);
          String key = String.join(" ", ws);
          if (unique.remove(key + (w.endsWith("_") ? "" : "*")) == null) {
            diagnostics.add(
                Diagnostic.warning(
                    name,
                    String.valueOf(line.number()),
                    "withdrawn discard '" + w + "' is not listed in an earlier file"));
          }
          continue;
        }
        if (text.startsWith("+")) {
          scope = DiscardEntry.Scope.STORY;
          text = text.substring(1).strip();
        }
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
          diagnostics.add(
              Diagnostic.error(
                  name,
                  String.valueOf(line.number()),
                  "discard '" + text + "' holds a code; discards have none"));
          continue;
        }
        List<String> words = PhraseWords.of(text);
        if (words.isEmpty()) {
          diagnostics.add(
              Diagnostic.error(name, String.valueOf(line.number()), "empty discard phrase"));
          continue;
        }
        boolean stem = !text.endsWith("_");
        DiscardEntry entry =
            new DiscardEntry(
                words, scope, stem, new DictionaryEntry(name, line.number(), line.text().strip()));
        unique.put(String.join(" ", words) + (stem ? "*" : ""), entry);
      }
    }
    Map<String, List<DiscardEntry>> byFirst = new HashMap<>();
    Map<String, List<DiscardEntry>> stems = new HashMap<>();
    for (DiscardEntry e : unique.values()) {
      Map<String, List<DiscardEntry>> target = e.stem() && e.words().size() == 1 ? stems : byFirst;
      target.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }
    return new DiscardDictionary(byFirst, stems, unique.size(), diagnostics);
  }

  /**
   * The discard phrase found in {@code tokens}, a sentence's words as written: a story-level match
   * if there is one, else a sentence-level one; the earliest, then the longest. The range covers
   * every token the phrase touched.
   */
  public Optional<PhraseMatch<DiscardEntry>> findIn(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<String> words = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      for (String w : PhraseWords.ofToken(tokens.get(t))) {
        words.add(w);
        tokenOf.add(t);
      }
    }
    PhraseMatch<DiscardEntry> sentence = null;
    for (int p = 0; p < words.size(); p++) {
      String w = words.get(p);
      List<DiscardEntry> candidates = new ArrayList<>(byFirstWord.getOrDefault(w, List.of()));
      for (int len = 1; len <= w.length(); len++) {
        candidates.addAll(singleStems.getOrDefault(w.substring(0, len), List.of()));
      }
      PhraseMatch<DiscardEntry> bestHere = null;
      for (DiscardEntry e : candidates) {
        int last = matchEnd(e, words, p);
        if (last < 0) {
          continue;
        }
        PhraseMatch<DiscardEntry> m = new PhraseMatch<>(e, tokenOf.get(p), tokenOf.get(last) + 1);
        if (e.scope() == DiscardEntry.Scope.STORY) {
          if (bestHere == null
              || bestHere.entry().scope() != DiscardEntry.Scope.STORY
              || m.length() > bestHere.length()) {
            bestHere = m;
          }
        } else if (bestHere == null
            || bestHere.entry().scope() == DiscardEntry.Scope.SENTENCE
                && m.length() > bestHere.length()) {
          bestHere = m;
        }
      }
      if (bestHere != null) {
        if (bestHere.entry().scope() == DiscardEntry.Scope.STORY) {
          return Optional.of(bestHere);
        }
        if (sentence == null) {
          sentence = bestHere;
        }
      }
    }
    return Optional.ofNullable(sentence);
  }

  /** The index of the last sentence word {@code e} covers when it starts at {@code p}, else -1. */
  private static int matchEnd(DiscardEntry e, List<String> words, int p) {
    List<String> ew = e.words();
    if (p + ew.size() > words.size()) {
      return -1;
    }
    for (int k = 0; k < ew.size(); k++) {
      String have = words.get(p + k);
      boolean lastStem = e.stem() && k == ew.size() - 1;
      if (lastStem ? !have.startsWith(ew.get(k)) : !have.equals(ew.get(k))) {
        return -1;
      }
    }
    return p + ew.size() - 1;
  }

  /** The number of distinct discard phrases. */
  public int size() {
    return size;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
