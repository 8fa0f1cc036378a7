package org.parley.coding.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.coding.dictionary.SynonymSets.SynonymSet;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;

/**
 * Reads PETRARCH2 verb dictionaries line by line into {@link VerbDictionary}. Synonym sets are
 * collected over all files before any pattern is parsed, so a set may be defined after the patterns
 * that use it.
 */
final class VerbDictionaryReader {

  private static final Pattern VERB_WORD = Pattern.compile("[\\p{L}\\p{N}'.\\-]+");
  // synonym members name things such as F/A-18 and MI-24VM/HIND
  private static final Pattern MEMBER_WORD = Pattern.compile("[\\p{L}\\p{N}'./\\-]+");

  private record Line(Path path, String fileName, int number, String text, String written) {
    DictionaryEntry entry() {
      return new DictionaryEntry(fileName, number, written);
    }

    String where() {
      return String.valueOf(number);
    }
  }

  private record RawMember(
      List<String> words, boolean noPlural, Optional<String> embedded, Line line) {}

  private static final class SynonymDefinition {
    final String name;
    final boolean noPlural;
    final Line line;
    final List<RawMember> members = new ArrayList<>();

    SynonymDefinition(String name, boolean noPlural, Line line) {
      this.name = name;
      this.noPlural = noPlural;
      this.line = line;
    }
  }

  private static final class BlockBuilder {
    final String name;
    Optional<EventCodeSpec> code;
    Line header;
    final List<VerbForm> forms = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();

    BlockBuilder(String name, Optional<EventCodeSpec> code, Line header) {
      this.name = name;
      this.code = code;
      this.header = header;
    }
  }

  private record PendingPattern(BlockBuilder block, Line line) {}

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, BlockBuilder> blocks = new LinkedHashMap<>();
  private final Map<String, SynonymDefinition> synonymDefinitions = new LinkedHashMap<>();
  private final List<PendingPattern> pending = new ArrayList<>();
  private final List<DictionaryEntry> transformations = new ArrayList<>();

  VerbDictionary read(List<Path> files) {
    for (Path file : files) {
      readFile(file);
    }
    SynonymSets sets = resolveSynonyms();
    VerbPatternParser parser = new VerbPatternParser(sets::find);
    for (PendingPattern p : pending) {
      parsePattern(p, parser);
    }
    List<VerbBlock> built = new ArrayList<>();
    for (BlockBuilder b : blocks.values()) {
      built.add(new VerbBlock(b.name, b.code, b.forms, b.patterns, b.header.entry()));
    }
    return new VerbDictionary(built, sets, transformations, diagnostics);
  }

  private void readFile(Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot read verb dictionary " + file, e);
    }
    String fileName = file.getFileName().toString();
    String[] raw = text.split("\r?\n|\r", -1);
    boolean inXmlComment = false;
    BlockBuilder block = null;
    SynonymDefinition synonym = null;
    for (int i = 0; i < raw.length; i++) {
      String written = raw[i].strip();
      String content = raw[i];
      // <!-- ... --> comments, possibly over several lines (PETRreader.read_FIN_line)
      StringBuilder kept = new StringBuilder();
      int pos = 0;
      while (pos < content.length()) {
        if (inXmlComment) {
          int end = content.indexOf("-->", pos);
          if (end < 0) {
            pos = content.length();
          } else {
            inXmlComment = false;
            pos = end + 3;
          }
        } else {
          int start = content.indexOf("<!--", pos);
          if (start < 0) {
            kept.append(content, pos, content.length());
            pos = content.length();
          } else {
            kept.append(content, pos, start);
            inXmlComment = true;
            pos = start + 4;
          }
        }
      }
      content = stripComment(kept.toString()).strip();
      if (content.isEmpty()) {
        continue;
      }
      Line line = new Line(file, fileName, i + 1, content, written);
      if (content.indexOf('\uFFFD') >= 0) {
        warn(line, "bytes that are not UTF-8 (shown as U+FFFD)");
      }
      char first = content.charAt(0);
      if (first == '+' && synonym != null) {
        member(synonym, line);
        continue;
      }
      synonym = null;
      if (content.startsWith("---")) {
        block = header(line);
      } else if (first == '&') {
        synonym = synonymStart(line);
      } else if (first == '~') {
        // PETRARCH2 verb transformations (a (b . ATTACK) SAY = a b 112): kept as written for the
        // event stage.
        transformations.add(line.entry());
      } else if (first == '-') {
        if (block == null) {
          error(line, "pattern outside a verb block (no --- NAME [code] --- line before it)");
        } else {
          pending.add(new PendingPattern(block, line));
        }
      } else if (block == null) {
        error(line, "verb outside a verb block (no --- NAME [code] --- line before it)");
      } else {
        verb(block, line);
      }
    }
    if (inXmlComment) {
      diagnostics.add(
          Diagnostic.warning(file.toString(), String.valueOf(raw.length), "unclosed <!-- comment"));
    }
  }

  /**
   * {@code #} starts a comment anywhere (PETRARCH2 cuts every line there); TABARI's {@code ;} too.
   */
  private static String stripComment(String s) {
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int semi = s.indexOf(';');
    if (semi >= 0) {
      s = s.substring(0, semi);
    }
    return s;
  }

  private BlockBuilder header(Line line) {
    String inner = line.text().replaceFirst("^-+", "").replaceFirst("-+$", "").strip();
    Optional<EventCodeSpec> code = Optional.empty();
    int open = inner.indexOf('[');
    if (open >= 0) {
      int close = inner.indexOf(']', open);
      if (close < 0) {
        error(line, "block header: '[' without ']'; block read without a code");
        close = inner.length() - 1;
      } else {
        // a malformed code is reported; the block is still read so its verbs and patterns are not
        // lost
        code = code(line, inner.substring(open, close + 1), "block read without a code");
      }
      // "[110]---  ---" occurs: extra dashes are part of the header decoration
      if (!inner.substring(close + 1).replace("-", "").isBlank()) {
        warn(
            line,
            "block header: text after the code ignored: '"
                + inner.substring(close + 1).strip()
                + "'");
      }
      inner = inner.substring(0, open).strip();
    }
    String[] words = inner.split("\\s+");
    if (inner.isEmpty()) {
      error(line, "block header without a name");
      return null;
    }
    if (words.length > 1) {
      warn(line, "block header: name has blanks; using '" + words[0] + "'");
    }
    String name = words[0].toUpperCase(Locale.ROOT);
    BlockBuilder existing = blocks.get(name);
    if (existing == null) {
      BlockBuilder b = new BlockBuilder(name, code, line);
      blocks.put(name, b);
      return b;
    }
    // A later file (or a repeated header) adds to the block; an explicit differing code replaces
    // the old one.
    if (code.isPresent() && !code.equals(existing.code)) {
      if (existing.code.isPresent()) {
        warn(
            line,
            "block "
                + name
                + ": code "
                + existing.code.get()
                + " from "
                + existing.header.entry().file()
                + ":"
                + existing.header.number()
                + " replaced by "
                + code.get());
      }
      existing.code = code;
    }
    return existing;
  }

  private Optional<EventCodeSpec> code(Line line, String bracketed, String consequence) {
    Optional<EventCodeSpec> code = EventCodeSpec.parse(bracketed);
    if (code.isEmpty()) {
      error(line, "malformed code " + bracketed + "; " + consequence);
    } else if (!code.get().isCameoForm()) {
      warn(line, "code " + bracketed + " is not a CAMEO code (--- or 2-4 digits); kept as written");
    }
    return code;
  }

  private SynonymDefinition synonymStart(Line line) {
    String[] words = line.text().split("\\s+");
    if (words.length > 1) {
      warn(
          line,
          "synonym set label followed by text; ignored: '"
              + line.text().substring(words[0].length()).strip()
              + "'");
    }
    String label = words[0];
    String name = SynonymSets.normalize(label);
    if (name.isEmpty()) {
      error(line, "synonym set without a name");
      return null;
    }
    SynonymDefinition def = synonymDefinitions.get(name);
    if (def == null) {
      def = new SynonymDefinition(name, label.endsWith("_"), line);
      synonymDefinitions.put(name, def);
    }
    return def;
  }

  private void member(SynonymDefinition set, Line line) {
    String body = line.text().substring(1).strip();
    if (body.isEmpty()) {
      error(line, "empty synonym set member");
      return;
    }
    if (body.startsWith("&")) {
      set.members.add(
          new RawMember(List.of(), true, Optional.of(SynonymSets.normalize(body)), line));
      return;
    }
    List<String> words = new ArrayList<>();
    for (String w : body.split("[\\s_]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!MEMBER_WORD.matcher(w).matches()) {
        error(line, "synonym set member: unexpected '" + w + "'; member skipped");
        return;
      }
      words.add(w.toUpperCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      error(line, "empty synonym set member");
      return;
    }
    set.members.add(new RawMember(words, body.endsWith("_"), Optional.empty(), line));
  }

  private SynonymSets resolveSynonyms() {
    Map<String, SynonymSet> resolved = new LinkedHashMap<>();
    for (String name : synonymDefinitions.keySet()) {
      resolveSet(name, resolved, new LinkedHashSet<>());
    }
    return new SynonymSets(resolved);
  }

  private Optional<SynonymSet> resolveSet(
      String name, Map<String, SynonymSet> done, Set<String> visiting) {
    if (done.containsKey(name)) {
      return Optional.of(done.get(name));
    }
    SynonymDefinition def = synonymDefinitions.get(name);
    if (def == null) {
      return Optional.empty();
    }
    visiting.add(name);
    Set<List<String>> members = new LinkedHashSet<>();
    Set<List<String>> forms = new LinkedHashSet<>();
    for (RawMember m : def.members) {
      if (m.embedded().isPresent()) {
        String inner = m.embedded().get();
        if (visiting.contains(inner)) {
          error(m.line(), "synonym set &" + inner + " contains itself; member skipped");
          continue;
        }
        Optional<SynonymSet> set = resolveSet(inner, done, visiting);
        if (set.isEmpty()) {
          error(m.line(), "undefined synonym set &" + inner + "; member skipped");
          continue;
        }
        members.addAll(set.get().members());
        forms.addAll(set.get().matchForms());
        continue;
      }
      members.add(m.words());
      forms.add(m.words());
      if (m.words().size() == 1 && !m.noPlural() && !def.noPlural) {
        forms.add(List.of(SynonymSets.plural(m.words().get(0))));
      }
    }
    visiting.remove(name);
    SynonymSet set =
        new SynonymSet(name, new ArrayList<>(members), new ArrayList<>(forms), def.line.entry());
    done.put(name, set);
    return Optional.of(set);
  }

  private void parsePattern(PendingPattern p, VerbPatternParser parser) {
    Line line = p.line();
    String text = line.text().substring(1);
    int open = text.lastIndexOf('[');
    if (open < 0) {
      error(line, "pattern without [code]; skipped");
      return;
    }
    int close = text.indexOf(']', open);
    if (close < 0) {
      error(line, "pattern code: '[' without ']'; skipped");
      return;
    }
    if (!text.substring(close + 1).isBlank()) {
      error(
          line,
          "pattern: text after the code: '" + text.substring(close + 1).strip() + "'; skipped");
      return;
    }
    Optional<EventCodeSpec> code = code(line, text.substring(open, close + 1), "pattern skipped");
    if (code.isEmpty()) {
      return;
    }
    try {
      VerbPatternParser.Sides sides = parser.parse(text.substring(0, open));
      p.block()
          .patterns
          .add(new VerbPattern(sides.before(), sides.after(), code.get(), line.entry()));
    } catch (VerbPatternParser.Malformed e) {
      error(line, "pattern: " + e.getMessage() + "; skipped");
    }
  }

  private void verb(BlockBuilder block, Line line) {
    String text = line.text();
    Optional<EventCodeSpec> code = Optional.empty();
    int open = text.indexOf('[');
    if (open >= 0) {
      int close = text.indexOf(']', open);
      if (close < 0) {
        error(line, "verb: '[' without ']'; skipped");
        return;
      }
      if (!text.substring(close + 1).isBlank()) {
        error(
            line,
            "verb: text after the code: '" + text.substring(close + 1).strip() + "'; skipped");
        return;
      }
      code = code(line, text.substring(open, close + 1), "verb skipped");
      if (code.isEmpty()) {
        return;
      }
      text = text.substring(0, open).strip();
    }
    Optional<List<String>> irregular = Optional.empty();
    int brace = text.indexOf('{');
    if (brace >= 0) {
      int end = text.indexOf('}', brace);
      if (end < 0) {
        error(line, "verb: '{' without '}'; skipped");
        return;
      }
      if (!text.substring(end + 1).isBlank()) {
        error(
            line,
            "verb: text after the {forms}: '" + text.substring(end + 1).strip() + "'; skipped");
        return;
      }
      String inside = text.substring(brace + 1, end).strip();
      // some lists separate forms with commas: {+WAS_DETERMINED , +BE_DETERMINED}
      irregular = Optional.of(inside.isEmpty() ? List.of() : List.of(inside.split("[\\s,]+")));
      text = text.substring(0, brace).strip();
    } else if (text.indexOf('}') >= 0) {
      error(line, "verb: '}' without '{'; skipped");
      return;
    }
    if (text.isEmpty()) {
      error(line, "verb line without a verb; skipped");
      return;
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      error(
          line,
          "verb: more than one word ('"
              + text
              + "'); join multi-word verbs with _ and mark the verb with +;"
              + " skipped");
      return;
    }
    Optional<WrittenVerb> base = compound(line, text);
    if (base.isEmpty()) {
      return;
    }
    List<String> inflections = new ArrayList<>();
    if (irregular.isPresent()) {
      for (String form : irregular.get()) {
        Optional<WrittenVerb> f = compound(line, form);
        if (f.isEmpty()) {
          continue;
        }
        if (!f.get().sameFrame(base.get())) {
          // PETRARCH2 files every braced form on its own (+WIRE_TAP {+WIRE_TAPS ...} marks WIRE,
          // not TAP).
          warn(
              line,
              "verb: form "
                  + form
                  + " does not fit "
                  + text
                  + " (other words or + position differ);"
                  + " read as a verb of its own");
          block.forms.add(
              new VerbForm(f.get().words(), f.get().verbIndex(), List.of(), code, line.entry()));
          continue;
        }
        String v = f.get().words().get(f.get().verbIndex());
        if (!v.equals(base.get().verb()) && !inflections.contains(v)) {
          inflections.add(v);
        }
      }
    } else {
      inflections.addAll(VerbForm.regularInflections(base.get().verb()));
    }
    block.forms.add(
        new VerbForm(base.get().words(), base.get().verbIndex(), inflections, code, line.entry()));
  }

  /**
   * A verb written as one word or as words joined by {@code _} with the verb marked by a leading
   * {@code +}.
   */
  private record WrittenVerb(List<String> words, int verbIndex) {
    String verb() {
      return words.get(verbIndex);
    }

    boolean sameFrame(WrittenVerb other) {
      if (words.size() != other.words.size() || verbIndex != other.verbIndex) {
        return false;
      }
      for (int i = 0; i < words.size(); i++) {
        if (i != verbIndex && !words.get(i).equals(other.words.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private Optional<WrittenVerb> compound(Line line, String written) {
    String[] parts = written.split("_", -1);
    List<String> words = new ArrayList<>();
    int verbIndex = -1;
    for (String p : parts) {
      if (p.isEmpty()) {
        continue; // TABARI's trailing '_' ("exact word") means nothing for whole-word matching
      }
      String w = p;
      if (w.startsWith("+")) {
        if (verbIndex >= 0) {
          error(line, "verb: more than one + in " + written + "; skipped");
          return Optional.empty();
        }
        verbIndex = words.size();
        w = w.substring(1);
      }
      if (!VERB_WORD.matcher(w).matches()) {
        error(line, "verb: unexpected '" + p + "' in " + written + "; skipped");
        return Optional.empty();
      }
      words.add(w.toUpperCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      error(line, "verb: no word in '" + written + "'; skipped");
      return Optional.empty();
    }
    if (verbIndex < 0) {
      if (words.size() > 1) {
        // PETRARCH-1 skipped these too: which word the parser calls the verb is unknown.
        error(line, "multi-word verb " + written + " has no + marking the verb word; skipped");
        return Optional.empty();
      }
      verbIndex = 0;
    }
    return Optional.of(new WrittenVerb(words, verbIndex));
  }

  private void error(Line line, String reason) {
    diagnostics.add(Diagnostic.error(line.path().toString(), line.where(), reason));
  }

  private void warn(Line line, String reason) {
    diagnostics.add(Diagnostic.warning(line.path().toString(), line.where(), reason));
  }
}
