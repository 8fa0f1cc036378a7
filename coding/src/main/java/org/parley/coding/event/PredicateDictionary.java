package org.parley.coding.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.coding.dictionary.DictionaryLines;
import org.parley.coding.dictionary.EventCodeSpec;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * Predicate adjectives that make an event ({@code dictionaries/Parley.predicates.txt}): "X was
 * optimistic about the talks" is CAMEO 013, as "X remained optimistic" is in the verb dictionary's
 * REMAIN block. Lines are {@code ADJECTIVE [code] # comment}, or {@code ADJECTIVE(prep|prep)
 * [code]} when the adjective makes the event only with one of those prepositions ("critical of"
 * criticises; "critical to" does not).
 */
public final class PredicateDictionary {
  private static final Pattern LINE =
      Pattern.compile("^([A-Z][A-Z\\-]*)(?:\\(([a-z|]+)\\))?\\s*(\\[[^\\]]*\\])$");

  /** One predicate adjective, the prepositions it needs (none: any), its code and its line. */
  public record Predicate(
      String word, Set<String> prepositions, EventCodeSpec code, DictionaryEntry provenance) {
    public Predicate {
      prepositions = Set.copyOf(prepositions);
    }
  }

  private final Map<String, Predicate> byWord;
  private final List<Diagnostic> diagnostics;

  private PredicateDictionary(Map<String, Predicate> byWord, List<Diagnostic> diagnostics) {
    this.byWord = Map.copyOf(byWord);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public static PredicateDictionary read(List<Path> files) {
    Map<String, Predicate> map = new HashMap<>();
    List<Diagnostic> diags = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      for (DictionaryLines.Line l : DictionaryLines.read(file, name, diags)) {
        String line = l.text().strip();
        Matcher m = LINE.matcher(line);
        Optional<EventCodeSpec> code =
            m.matches() ? EventCodeSpec.parse(m.group(3)) : Optional.empty();
        if (code.isEmpty()) {
          diags.add(
              Diagnostic.warning(
                  name, String.valueOf(l.number()), "not a predicate line: " + line));
          continue;
        }
        Set<String> preps = m.group(2) == null ? Set.of() : Set.of(m.group(2).split("\\|"));
        map.put(
            m.group(1),
            new Predicate(
                m.group(1), preps, code.get(), new DictionaryEntry(name, l.number(), line)));
      }
    }
    return new PredicateDictionary(map, diags);
  }

  /** The predicate written as {@code word} (any case). */
  public Optional<Predicate> find(String word) {
    return Optional.ofNullable(byWord.get(word.toUpperCase(Locale.ROOT)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
