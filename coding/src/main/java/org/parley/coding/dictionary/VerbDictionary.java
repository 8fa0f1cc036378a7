package org.parley.coding.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * A PETRARCH2 verb dictionary ({@code CAMEO.2.0.txt} and files in its format), read as PETRARCH2's
 * {@code PETRreader.read_verb_dictionary} reads it, without its globals.
 *
 * <p>The file holds, in any order:
 *
 * <ul>
 *   <li>synonym sets: {@code &NAME} and {@code +MEMBER} lines ({@link SynonymSets}); a {@code +}
 *       line is a member while it follows a {@code &NAME} line (blank and comment lines between are
 *       allowed), otherwise it is a multi-word verb of the current block;
 *   <li>verb blocks: a header {@code --- NAME [code] ---}, then verb lines {@code WORD {IRREGULAR
 *       FORMS} [code]} or {@code +MULTI_WORD {+FORMS_WORD ...}} ({@link VerbForm}) and pattern
 *       lines {@code - PRE * POST [code]} ({@link VerbPattern}, {@link PatternElement}, {@link
 *       EventCodeSpec});
 *   <li>verb transformations {@code ~ a (b . ATTACK) SAY = a b 112}, kept as written in {@link
 *       #transformations()};
 *   <li>comments: from {@code #} (or TABARI's {@code ;}) to the end of the line, and {@code <!--
 *       ... -->}.
 * </ul>
 *
 * <p>Deviations from PETRARCH2, each because PETRARCH2's behaviour there is an accident: {@code
 * <!--} lines do not switch pattern reading off; a pattern naming an undefined synonym set is
 * skipped with a diagnostic (PETRARCH-1's documented rule) instead of being kept with the literal
 * {@code &NAME}, which never matches; {@code A_B} in patterns reads as the consecutive words A B
 * (TABARI's and PETRARCH-1's meaning of {@code _}) rather than the unmatchable word "A_B"; regular
 * inflections and synonym plurals follow English spelling (see {@link
 * VerbForm#regularInflections}). Malformed lines become located {@link Diagnostic}s (file and line)
 * and the rest of the file still loads.
 *
 * <p>Reading several files merges them: a block whose name was seen before gets the later forms and
 * patterns appended, and a later header with a different explicit code replaces the block's code
 * (with a warning, so an override is visible). Synonym sets merge the same way and may be used
 * before their definition.
 */
public final class VerbDictionary {

  private record PhraseCandidate(VerbMatch match, List<String> surface) {}

  private final List<VerbBlock> blocks;
  private final Map<String, VerbBlock> blocksByName;
  private final SynonymSets synonymSets;
  private final List<DictionaryEntry> transformations;
  private final List<Diagnostic> diagnostics;
  private final Map<String, List<VerbMatch>> singleWord = new HashMap<>();
  private final Map<String, List<VerbMatch>> compoundsByVerbWord = new HashMap<>();
  private final Map<String, List<PhraseCandidate>> phrasesByFirstWord = new HashMap<>();

  VerbDictionary(
      List<VerbBlock> blocks,
      SynonymSets synonymSets,
      List<DictionaryEntry> transformations,
      List<Diagnostic> diagnostics) {
    this.blocks = List.copyOf(blocks);
    Map<String, VerbBlock> byName = new LinkedHashMap<>();
    for (VerbBlock b : this.blocks) {
      byName.put(b.name(), b);
    }
    this.blocksByName = Collections.unmodifiableMap(byName);
    this.synonymSets = synonymSets;
    this.transformations = List.copyOf(transformations);
    this.diagnostics = List.copyOf(diagnostics);
    for (VerbBlock b : this.blocks) {
      for (VerbForm f : b.forms()) {
        VerbMatch m = new VerbMatch(b, f);
        if (f.isMultiWord()) {
          for (String v : f.verbWordForms()) {
            compoundsByVerbWord.computeIfAbsent(v, k -> new ArrayList<>()).add(m);
          }
          for (List<String> surface : f.surfaceForms()) {
            phrasesByFirstWord
                .computeIfAbsent(surface.get(0), k -> new ArrayList<>())
                .add(new PhraseCandidate(m, surface));
          }
        } else {
          for (String v : f.verbWordForms()) {
            singleWord.computeIfAbsent(v, k -> new ArrayList<>()).add(m);
          }
        }
      }
    }
  }

  /**
   * Reads one verb dictionary file. An unreadable file throws {@link java.io.UncheckedIOException}.
   */
  public static VerbDictionary read(Path file) {
    Objects.requireNonNull(file, "file");
    return read(List.of(file));
  }

  /**
   * Reads several files in order, later ones adding to (and overriding codes of) earlier blocks.
   */
  public static VerbDictionary read(List<Path> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files: at least one verb dictionary file is needed");
    }
    return new VerbDictionaryReader().read(files);
  }

  /**
   * The one-word verbs whose base form or any inflection is {@code word} (case-insensitive), in
   * file order. PETRARCH2 keeps only the first when a word is in two blocks; all are returned here.
   */
  public List<VerbMatch> lookup(String word) {
    Objects.requireNonNull(word, "word");
    return singleWord.getOrDefault(key(word), List.of());
  }

  /**
   * The multi-word verbs whose verb word (the one marked {@code +}) has the form {@code word}:
   * {@code met} gives {@code +MEET_WITH}. For a matcher that finds particles through dependencies
   * rather than adjacency.
   */
  public List<VerbMatch> lookupCompounds(String word) {
    Objects.requireNonNull(word, "word");
    return compoundsByVerbWord.getOrDefault(key(word), List.of());
  }

  /**
   * The verbs whose words, in some form, stand in {@code words} from {@code start} on: multi-word
   * verbs whose consecutive words match, then the one-word verbs for {@code words.get(start)};
   * longest first, file order within a length. {@code lookupPhrase([met, with], 0)} gives MEET_WITH
   * and then MEET.
   */
  public List<VerbMatch> lookupPhrase(List<String> words, int start) {
    Objects.requireNonNull(words, "words");
    if (start < 0 || start >= words.size()) {
      throw new IndexOutOfBoundsException("start: " + start + " outside 0.." + (words.size() - 1));
    }
    List<PhraseCandidate> found = new ArrayList<>();
    for (PhraseCandidate c : phrasesByFirstWord.getOrDefault(key(words.get(start)), List.of())) {
      if (start + c.surface().size() > words.size()) {
        continue;
      }
      boolean all = true;
      for (int i = 1; i < c.surface().size() && all; i++) {
        all = c.surface().get(i).equals(key(words.get(start + i)));
      }
      if (all) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparingInt((PhraseCandidate c) -> c.surface().size()).reversed());
    List<VerbMatch> out = new ArrayList<>();
    for (PhraseCandidate c : found) {
      if (!out.contains(c.match())) {
        out.add(c.match());
      }
    }
    out.addAll(lookup(words.get(start)));
    return List.copyOf(out);
  }

  private static String key(String word) {
    return word.strip().toUpperCase(Locale.ROOT);
  }

  public Optional<VerbBlock> findBlock(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(blocksByName.get(key(name)));
  }

  public VerbBlock requireBlock(String name) {
    return findBlock(name)
        .orElseThrow(() -> new NoSuchElementException("name: no verb block " + name));
  }

  /** Blocks in the order their first header appears. */
  public List<VerbBlock> blocks() {
    return blocks;
  }

  public int blockCount() {
    return blocks.size();
  }

  public int patternCount() {
    return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
  }

  public int formCount() {
    return blocks.stream().mapToInt(b -> b.forms().size()).sum();
  }

  public SynonymSets synonymSets() {
    return synonymSets;
  }

  /** PETRARCH2's verb transformation lines ({@code ~ ...}), not interpreted here. */
  public List<DictionaryEntry> transformations() {
    return transformations;
  }

  /**
   * Problems found while reading, each located by file and line; none of them stopped the reading.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
