package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.eval.GoldRecord.GoldActor;
import org.parley.eval.GoldRecord.PloverGold;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

/**
 * Reads the gold suites of the data pack into {@link GoldRecord}s. A record that cannot be read is
 * reported as a located {@link Diagnostic} (file, record, reason) and left out; the rest are read.
 */
public final class GoldSuites {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Country codes the PLOVER gold writes that are no ISO 3166 or CAMEO code, with the country their
   * actor text names: "Japan", "Tokyo" (JAP), "Italy" (ITL), "Vietnamese-led forces" (VTN).
   */
  private static final java.util.Map<String, String> GOLD_MISCODES =
      java.util.Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern SRC_TAR = Pattern.compile("\\(SRC/TAR:\\s*([^)]*)\\)");

  private GoldSuites() {}

  /** A suite's records, and the entries of its file left out on purpose, by reason. */
  public record SuiteData(List<GoldRecord> records, Map<String, Integer> skipped) {
    public SuiteData {
      records = List.copyOf(records);
      skipped = Map.copyOf(skipped);
    }
  }

  /** Why CAMEO manual entries that open with "Note" are not scored. */
  static final String NOTE_REASON = "manual notes ('Note ...'): commentary, not example sentences";

  /**
   * The records of {@code suite} to score, and what was left out: the CAMEO manual's notes ("Note
   * Because of the compound source, two events are coded.") are commentary on the example before
   * them, not news sentences.
   */
  public static SuiteData load(DataPack pack, Suite suite, Consumer<Diagnostic> problems) {
    List<GoldRecord> all = read(pack, suite, problems);
    if (suite != Suite.CAMEO_MANUAL_EXAMPLES) {
      return new SuiteData(all, Map.of());
    }
    List<GoldRecord> kept = all.stream().filter(r -> !isNote(r)).toList();
    int notes = all.size() - kept.size();
    return new SuiteData(kept, notes == 0 ? Map.of() : Map.of(NOTE_REASON, notes));
  }

  static boolean isNote(GoldRecord r) {
    return r.text().strip().matches("(?s)Notes?\\b.*");
  }

  /** Every record of {@code suite}, in file order. */
  public static List<GoldRecord> read(DataPack pack, Suite suite, Consumer<Diagnostic> problems) {
    Path file = pack.require(suite.file());
    return switch (suite) {
      case PETRARCH_UNIT_TESTS,
              PETRARCH_UNIT_TESTS_REPARSED,
              UNIVERSALPETRARCH_GSR,
              UNIVERSALPETRARCH_GSR_REPARSED ->
          readPetrarch(file, suite.parses() != Suite.Parses.NONE, problems);
      case PLOVER_GSR -> readPlover(file, problems);
      case CAMEO_MANUAL_EXAMPLES -> readCameoManual(file, problems);
    };
  }

  /** PETRARCH-style records: one JSON object a line with text, parse and expected events. */
  static List<GoldRecord> readPetrarch(
      Path file, boolean keepParse, Consumer<Diagnostic> problems) {
    List<GoldRecord> out = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      try {
        JsonNode r = JSON.readTree(line);
        String id = text(r, "id").orElseThrow(() -> new IllegalArgumentException("no id"));
        where = id;
        List<GoldEvent> expected = new ArrayList<>();
        for (JsonNode e : r.path("expected_events")) {
          expected.add(
              new GoldEvent(
                  text(e, "source").orElse(null),
                  text(e, "target").orElse(null),
                  text(e, "event")
                      .orElseThrow(
                          () -> new IllegalArgumentException("expected event without code"))));
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("config").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          config.put(f.getKey(), f.getValue().asText());
        }
        out.add(
            new GoldRecord(
                id,
                text(r, "category").orElse(""),
                textOrParse(r, keepParse),
                text(r, "date").flatMap(d -> date(d, file, id, problems)),
                keepParse ? text(r, "parse") : Optional.empty(),
                expected,
                text(r, "expected_error"),
                config,
                Optional.empty()));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.accept(
            Diagnostic.error(file.toString(), where, "unreadable gold record: " + message(e)));
      }
    }
    return out;
  }

  /**
   * The PLOVER gold records: one JSON array; the DOCUMENT entries are documentation, not records.
   */
  static List<GoldRecord> readPlover(Path file, Consumer<Diagnostic> problems) {
    JsonNode all;
    try {
      all = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + message(e), e);
    }
    if (!all.isArray()) {
      throw new IllegalStateException(file + ": expected a JSON array of PLOVER records");
    }
    List<GoldRecord> out = new ArrayList<>();
    int n = 0;
    for (JsonNode r : all) {
      n++;
      String id = text(r, "id").orElse("record " + n);
      String type = text(r, "event").orElse("");
      if (type.equals("DOCUMENT")) {
        continue;
      }
      Optional<String> sentence = text(r, "text");
      if (sentence.isEmpty() || type.isEmpty()) {
        problems.accept(
            Diagnostic.error(file.toString(), id, "PLOVER record without text or event"));
        continue;
      }
      Set<String> both = new HashSet<>();
      Matcher m = SRC_TAR.matcher(r.path("textInfo").path("markup").asText(""));
      while (m.find()) {
        both.add(m.group(1).strip());
      }
      List<GoldActor> sources = actors(r, "source", both, file, id, problems);
      List<GoldActor> targets = actors(r, "target", both, file, id, problems);
      out.add(
          new GoldRecord(
              id,
              type,
              sentence.get(),
              text(r, "date").flatMap(d -> date(d, file, id, problems)),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Map.of(),
              Optional.of(new PloverGold(type, text(r, "mode").orElse(""), sources, targets))));
    }
    return out;
  }

  private static List<GoldActor> actors(
      JsonNode r,
      String field,
      Set<String> both,
      Path file,
      String id,
      Consumer<Diagnostic> problems) {
    JsonNode list = r.path(field);
    List<GoldActor> out = new ArrayList<>();
    if (list.isMissingNode() || list.isNull() || list.isTextual() && list.asText().isBlank()) {
      return out;
    }
    if (!list.isArray()) {
      problems.accept(
          Diagnostic.warning(
              file.toString(),
              id,
              field + " is " + list + ", not a list of actors: read as no " + field));
      return out;
    }
    for (JsonNode a : list) {
      Optional<String> code = text(a, "code");
      if (!a.isObject() || code.isEmpty()) {
        problems.accept(
            Diagnostic.warning(file.toString(), id, field + " actor without a code: " + a));
        continue;
      }
      String words = text(a, "actorText").orElse("");
      String c = code.get().strip().toUpperCase(java.util.Locale.ROOT);
      String iso = GOLD_MISCODES.getOrDefault(c, c);
      if (!iso.equals(c)) {
        problems.accept(
            Diagnostic.warning(
                file.toString(), id, field + " '" + words + "' coded " + c + ": read as " + iso));
      }
      out.add(new GoldActor(words, iso, text(a, "sector").orElse(""), both.contains(words)));
    }
    return out;
  }

  /** The CAMEO manual's examples: one JSON object a line with the exact code. */
  static List<GoldRecord> readCameoManual(Path file, Consumer<Diagnostic> problems) {
    List<GoldRecord> out = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      try {
        JsonNode r = JSON.readTree(lines.get(i));
        String id = text(r, "id").orElseThrow(() -> new IllegalArgumentException("no id"));
        String code =
            text(r, "cameo_code").orElseThrow(() -> new IllegalArgumentException("no cameo_code"));
        out.add(
            new GoldRecord(
                id,
                text(r, "root").orElse(code.substring(0, Math.min(2, code.length()))),
                text(r, "text").orElseThrow(() -> new IllegalArgumentException("no text")),
                Optional.empty(),
                Optional.empty(),
                List.of(new GoldEvent(null, null, code)),
                Optional.empty(),
                Map.of(),
                Optional.empty()));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.accept(
            Diagnostic.error(file.toString(), where, "unreadable gold record: " + message(e)));
      }
    }
    return out;
  }

  /**
   * The record's text; with no text but a stored CoNLL-U parse (one UniversalPetrarch record), the
   * parse's words joined by spaces stand for it.
   */
  private static String textOrParse(JsonNode r, boolean keepParse) {
    Optional<String> t = text(r, "text");
    if (t.isPresent()) {
      return t.get();
    }
    Optional<String> parse = text(r, "parse");
    if (parse.isPresent() && !parse.get().strip().startsWith("(")) {
      return String.join(" ", StoredParses.conllu(parse.get()).words());
    }
    throw new IllegalArgumentException("no text");
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + message(e), e);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull() || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Story dates as the suites write them: 20080804, 2000-01-01; UniversalPetrarch also has 121108
   * (yymmdd).
   */
  static Optional<LocalDate> date(String d, Path file, String id, Consumer<Diagnostic> problems) {
    String s = d.strip();
    try {
      if (s.matches("\\d{8}")) {
        return Optional.of(LocalDate.parse(s, BASIC));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(s));
      }
      if (s.matches("\\d{6}")) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return Optional.of(LocalDate.parse((yy < 50 ? "20" : "19") + s, BASIC));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.accept(
        Diagnostic.warning(file.toString(), id, "date '" + d + "' not understood: coded undated"));
    return Optional.empty();
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m.lines().findFirst().orElse(m);
  }
}
