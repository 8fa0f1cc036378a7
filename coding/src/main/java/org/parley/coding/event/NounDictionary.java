package org.parley.coding.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.coding.dictionary.DictionaryLines;
import org.parley.coding.dictionary.EventCodeSpec;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * Nominal event triggers ({@code dictionaries/Parley.nouns.txt}): a noun such as SUMMIT or VISIT
 * with the CAMEO code of the event it names. Lines are {@code NOUN [code] # comment}; words are
 * joined by {@code _}; a noun matches its singular and regular plural.
 */
public final class NounDictionary {
  private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z_'\\-]*)\\s*(\\[[^\\]]*\\])$");

  /** One trigger noun with its code and where it was written. */
  public record NounTrigger(List<String> words, EventCodeSpec code, DictionaryEntry provenance) {
    public NounTrigger {
      words = List.copyOf(words);
    }
  }

  private final Map<String, List<NounTrigger>> byLastWord;
  private final List<Diagnostic> diagnostics;

  private NounDictionary(Map<String, List<NounTrigger>> byLastWord, List<Diagnostic> diagnostics) {
    this.byLastWord = byLastWord;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public static NounDictionary read(List<Path> files) {
    Map<String, List<NounTrigger>> map = new HashMap<>();
    List<Diagnostic> diags = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      for (DictionaryLines.Line l : DictionaryLines.read(file, name, diags)) {
        String line = l.text().strip();
        Matcher m = LINE.matcher(line);
        Optional<EventCodeSpec> code =
            m.matches() ? EventCodeSpec.parse(m.group(2)) : Optional.empty();
        if (code.isEmpty()) {
          diags.add(
              Diagnostic.warning(
                  name, String.valueOf(l.number()), "not a noun trigger line: " + line));
          continue;
        }
        List<String> words = List.of(m.group(1).split("_"));
        NounTrigger t =
            new NounTrigger(words, code.get(), new DictionaryEntry(name, l.number(), m.group(1)));
        map.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(t);
      }
    }
    return new NounDictionary(map, diags);
  }

  /**
   * The trigger whose last word is {@code lemma} (singular, upper or lower case) and whose earlier
   * words, if any, are the words just before it in {@code words} (ending at {@code index}); the
   * longest such trigger.
   */
  public Optional<NounTrigger> find(List<String> words, int index, String lemma) {
    List<NounTrigger> cands = byLastWord.get(lemma.toUpperCase(Locale.ROOT));
    if (cands == null) {
      String w = words.get(index).toUpperCase(Locale.ROOT);
      cands = byLastWord.get(w);
      if (cands == null) {
        return Optional.empty();
      }
    }
    NounTrigger best = null;
    for (NounTrigger t : cands) {
      int n = t.words().size();
      if (index - (n - 1) < 0) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n - 1; k++) {
        if (!words.get(index - (n - 1) + k).equalsIgnoreCase(t.words().get(k))) {
          ok = false;
          break;
        }
      }
      if (ok && (best == null || n > best.words().size())) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
