package org.parley.ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Diagnostic;
import org.parley.model.EventType;

/**
 * The CAMEO event codes (CAMEO manual 1.1b3, chapter 2) with what Parley attaches to each: name,
 * Goldstein score, quad and penta class, and PLOVER type, mode and contexts (PLOVER manual, "CAMEO
 * to PLOVER").
 *
 * <p>Read from the pack's {@code codebooks/cameo_event_codes.tsv}, which already carries most
 * PLOVER fields, completed from {@code codebooks/CAMEO2PLOVER-2021.txt}. Where the two disagree the
 * table wins. Rules:
 *
 * <ul>
 *   <li>Name: the CAMEO manual's ({@code name_manual}), else GDELT's.
 *   <li>Goldstein: GDELT's, else the Parus/Phoenix column; six codes added after both tables were
 *       made (cyber and drone codes, 1214, 1834) have neither and take their nearest parent's
 *       score, with a warning.
 *   <li>Quad class: {@code quadclass_gdelt}, else the nearest parent's, else from the root (01-05
 *       verbal cooperation 1, 06-09 material cooperation 2, 10-14 verbal conflict 3, 15-20 material
 *       conflict 4). Penta class: {@code pentaclass_phoenix}, else the nearest parent's, else from
 *       the root (01-02 0, 03-05 1, 06-09 2, 10-14 3, 15-20 4). The parent comes first because
 *       Phoenix departs from the root rule for three roots: 09 (investigate) is 3, 14 (protest) is
 *       4, 16 (reduce relations) is 3.
 *   <li>PLOVER: the table's type and mode; where it has no type, the map's entry for the code or,
 *       for a code the map does not list, for its nearest parent (1834 takes 183's). Type, mode and
 *       contexts come from that one entry together. Roots 01 and 02 (statements, appeals) have no
 *       PLOVER type: PLOVER drops them.
 * </ul>
 *
 * <p>Bad records become {@link Diagnostic}s located at file and line; they never stop the read.
 */
public final class CameoCodebook {
  static final List<String> COLUMNS =
      List.of(
          "code",
          "root",
          "name_manual",
          "name_gdelt",
          "goldstein_gdelt",
          "goldstein_parus_phoenix",
          "quadclass_gdelt",
          "pentaclass_phoenix",
          "plover_event",
          "plover_mode",
          "plover_context");

  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern MAP_LINE = Pattern.compile("(\\d{2,4})\\s*:\\s*(.*)");
  private static final Pattern PLOVER_TYPE = Pattern.compile("[A-Z][A-Z_-]*");
  private static final Pattern PLOVER_WORD = Pattern.compile("[a-z][a-z_-]*");

  private final Map<String, EventType> types;
  private final Map<String, List<String>> contexts;
  private final List<Diagnostic> diagnostics;

  private CameoCodebook(
      Map<String, EventType> types,
      Map<String, List<String>> contexts,
      List<Diagnostic> diagnostics) {
    this.types = types;
    this.contexts = contexts;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Reads the codebook from the pack's {@code codebooks/} folder. */
  public static CameoCodebook read(DataPack pack) {
    Objects.requireNonNull(pack, "pack");
    return read(
        pack.require("codebooks/cameo_event_codes.tsv"),
        pack.require("codebooks/CAMEO2PLOVER-2021.txt"));
  }

  /**
   * Reads the CAMEO table and the CAMEO to PLOVER map.
   *
   * @throws IllegalStateException when the table's header lacks a column this reader needs
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public static CameoCodebook read(Path tsv, Path ploverMap) {
    Objects.requireNonNull(tsv, "tsv");
    Objects.requireNonNull(ploverMap, "ploverMap");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Mapping> map = readMap(ploverMap, diagnostics);
    Map<String, Row> rows = readTable(tsv, diagnostics);

    Map<String, EventType> types = new LinkedHashMap<>();
    Map<String, List<String>> contexts = new LinkedHashMap<>();
    String file = tsv.toString();
    for (Row row : rows.values()) {
      double goldstein = goldstein(row, rows, file, diagnostics);
      String root = row.code().substring(0, 2);
      int quad = inherited(row, rows, Row::quad).orElseGet(() -> quadOfRoot(root));
      int penta = inherited(row, rows, Row::penta).orElseGet(() -> pentaOfRoot(root));
      Optional<String> type = nonEmpty(row.ploverType());
      Optional<String> mode = nonEmpty(row.ploverMode());
      List<String> context = splitContexts(row.ploverContext());
      if (type.isEmpty()) {
        Optional<Mapping> inherited = nearest(row.code(), map);
        if (inherited.isPresent()) {
          type = Optional.of(inherited.get().type());
          mode = mode.or(inherited.get()::mode);
          if (context.isEmpty()) {
            context = inherited.get().contexts();
          }
        }
      } else if (mode.isEmpty() || context.isEmpty()) {
        // The table leaves some modes and contexts blank that the map of the same code fills.
        Optional<Mapping> own = Optional.ofNullable(map.get(row.code()));
        if (own.isPresent() && own.get().type().equals(type.get())) {
          mode = mode.or(own.get()::mode);
          if (context.isEmpty()) {
            context = own.get().contexts();
          }
        }
      }
      types.put(
          row.code(), new EventType(row.code(), row.name(), type, mode, goldstein, quad, penta));
      contexts.put(row.code(), List.copyOf(context));
    }
    for (Mapping m : map.values()) {
      if (!rows.containsKey(m.code())) {
        diagnostics.add(
            Diagnostic.warning(
                ploverMap.toString(),
                Integer.toString(m.line()),
                "code "
                    + m.code()
                    + " is mapped to PLOVER but is not in the CAMEO table "
                    + tsv.getFileName()));
      }
    }
    return new CameoCodebook(types, contexts, diagnostics);
  }

  /** The event type of a CAMEO code as written in the codebook ("042", "0354", "19"), if known. */
  public Optional<EventType> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(types.get(code));
  }

  /**
   * The event type of a known CAMEO code; throws naming the code when it is not in the codebook.
   */
  public EventType require(String code) {
    return find(code)
        .orElseThrow(
            () -> new IllegalArgumentException("code: '" + code + "' is not a CAMEO event code"));
  }

  public boolean isKnown(String code) {
    return find(code).isPresent();
  }

  /** Every code, in codebook order (roots before their children). */
  public List<String> codes() {
    return List.copyOf(types.keySet());
  }

  /** The name of a known code; throws like {@link #require}. */
  public String name(String code) {
    return require(code).name();
  }

  /**
   * The PLOVER contexts of a known code ("economic", "military"), empty when none; throws like
   * {@link #require}.
   */
  public List<String> ploverContexts(String code) {
    require(code);
    return contexts.get(code);
  }

  public int size() {
    return types.size();
  }

  /** Problems found while reading, located at file and line. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static Map<String, Row> readTable(Path tsv, List<Diagnostic> diagnostics) {
    String file = tsv.toString();
    List<String> lines = TabularFile.lines(tsv);
    Map<String, Row> rows = new LinkedHashMap<>();
    if (lines.isEmpty()) {
      diagnostics.add(Diagnostic.error(file, "", "empty file: no header, no codes"));
      return rows;
    }
    TabularFile.Header header = TabularFile.header(tsv, lines.get(0), COLUMNS);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = Integer.toString(i + 1);
      if (line.isBlank()) {
        continue;
      }
      TabularFile.Fields fields = TabularFile.split(line);
      if (!fields.ok()) {
        diagnostics.add(Diagnostic.error(file, where, fields.problem().get()));
        continue;
      }
      List<String> v = fields.values();
      if (v.size() != header.width()) {
        diagnostics.add(
            Diagnostic.error(
                file,
                where,
                "expected " + header.width() + " tab-separated fields, found " + v.size()));
        continue;
      }
      String code = header.get(v, "code");
      if (!CODE.matcher(code).matches()) {
        diagnostics.add(Diagnostic.error(file, where, "code '" + code + "' is not 2 to 4 digits"));
        continue;
      }
      if (rows.containsKey(code)) {
        diagnostics.add(
            Diagnostic.warning(
                file, where, "code " + code + " again; keeps line " + rows.get(code).line()));
        continue;
      }
      String root = header.get(v, "root");
      if (!root.equals(code.substring(0, 2))) {
        diagnostics.add(
            Diagnostic.warning(
                file,
                where,
                "root '" + root + "' does not start code " + code + "; uses the code"));
      }
      int rootNumber = Integer.parseInt(code.substring(0, 2));
      if (rootNumber < 1 || rootNumber > 20) {
        diagnostics.add(Diagnostic.error(file, where, "code " + code + " has no CAMEO root 01-20"));
        continue;
      }
      String name = header.get(v, "name_manual");
      if (name.isEmpty()) {
        name = header.get(v, "name_gdelt");
      }
      if (name.isEmpty()) {
        diagnostics.add(Diagnostic.warning(file, where, "code " + code + " has no name"));
      }
      OptionalDouble gdelt =
          score(header.get(v, "goldstein_gdelt"), "goldstein_gdelt", file, where, diagnostics);
      OptionalDouble phoenix =
          score(
              header.get(v, "goldstein_parus_phoenix"),
              "goldstein_parus_phoenix",
              file,
              where,
              diagnostics);
      OptionalInt quad =
          classNumber(
              header.get(v, "quadclass_gdelt"), "quadclass_gdelt", 1, 4, file, where, diagnostics);
      OptionalInt penta =
          classNumber(
              header.get(v, "pentaclass_phoenix"),
              "pentaclass_phoenix",
              0,
              4,
              file,
              where,
              diagnostics);
      String type = header.get(v, "plover_event");
      if (!type.isEmpty() && !PLOVER_TYPE.matcher(type).matches()) {
        diagnostics.add(
            Diagnostic.error(file, where, "plover_event '" + type + "' is not a PLOVER type name"));
        type = "";
      }
      rows.put(
          code,
          new Row(
              code,
              i + 1,
              name,
              gdelt.isPresent() ? gdelt : phoenix,
              quad,
              penta,
              type,
              header.get(v, "plover_mode"),
              header.get(v, "plover_context")));
    }
    return rows;
  }

  private static OptionalDouble score(
      String text, String column, String file, String where, List<Diagnostic> diagnostics) {
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(text);
      if (d >= -10.0 && d <= 10.0) {
        return OptionalDouble.of(d);
      }
      diagnostics.add(
          Diagnostic.error(
              file, where, column + " " + text + " is outside the Goldstein scale -10..10"));
    } catch (NumberFormatException e) {
      diagnostics.add(Diagnostic.error(file, where, column + " '" + text + "' is not a number"));
    }
    return OptionalDouble.empty();
  }

  private static OptionalInt classNumber(
      String text,
      String column,
      int min,
      int max,
      String file,
      String where,
      List<Diagnostic> diagnostics) {
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below, like an out-of-range number
    }
    diagnostics.add(
        Diagnostic.error(
            file,
            where,
            column + " '" + text + "' is not " + min + " to " + max + "; derived from the root"));
    return OptionalInt.empty();
  }

  private static double goldstein(
      Row row, Map<String, Row> rows, String file, List<Diagnostic> diagnostics) {
    if (row.goldstein().isPresent()) {
      return row.goldstein().getAsDouble();
    }
    for (String parent : parents(row.code())) {
      Row p = rows.get(parent);
      if (p != null && p.goldstein().isPresent()) {
        diagnostics.add(
            Diagnostic.warning(
                file,
                Integer.toString(row.line()),
                "code "
                    + row.code()
                    + " has no Goldstein score; uses "
                    + parent
                    + "'s "
                    + p.goldstein().getAsDouble()));
        return p.goldstein().getAsDouble();
      }
    }
    diagnostics.add(
        Diagnostic.error(
            file,
            Integer.toString(row.line()),
            "code " + row.code() + " has no Goldstein score, nor a parent with one; uses 0.0"));
    return 0.0;
  }

  /** The row's own class number, else its nearest parent's. */
  private static OptionalInt inherited(
      Row row, Map<String, Row> rows, Function<Row, OptionalInt> column) {
    if (column.apply(row).isPresent()) {
      return column.apply(row);
    }
    return parents(row.code()).stream()
        .map(rows::get)
        .filter(p -> p != null && column.apply(p).isPresent())
        .map(column)
        .findFirst()
        .orElse(OptionalInt.empty());
  }

  /** The codes above this one, nearest first: 1834 -> 183, 18. */
  static List<String> parents(String code) {
    List<String> out = new ArrayList<>();
    for (int n = code.length() - 1; n >= 2; n--) {
      out.add(code.substring(0, n));
    }
    return out;
  }

  private static Optional<Mapping> nearest(String code, Map<String, Mapping> map) {
    if (map.containsKey(code)) {
      return Optional.of(map.get(code));
    }
    return parents(code).stream().filter(map::containsKey).findFirst().map(map::get);
  }

  /**
   * CAMEO's quad classes by root (CAMEO manual 1.1b3, introduction; GDELT 2.0 codebook, QuadClass).
   */
  static int quadOfRoot(String root) {
    int r = Integer.parseInt(root);
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }

  /** Phoenix's penta classes by root: statements and appeals form class 0. */
  static int pentaOfRoot(String root) {
    int r = Integer.parseInt(root);
    return r <= 2 ? 0 : r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }

  private static Map<String, Mapping> readMap(Path file, List<Diagnostic> diagnostics) {
    String name = file.toString();
    List<String> lines = TabularFile.lines(file);
    Map<String, Mapping> map = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String where = Integer.toString(i + 1);
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (body.isEmpty() || body.chars().allMatch(c -> c == '~')) {
        continue;
      }
      Matcher m = MAP_LINE.matcher(body);
      if (!m.matches()) {
        diagnostics.add(
            Diagnostic.error(name, where, "not a 'CODE: TYPE, MODE, CONTEXT' line: " + body));
        continue;
      }
      String code = m.group(1);
      String[] parts = m.group(2).split(",", -1);
      if (parts.length > 3) {
        diagnostics.add(
            Diagnostic.error(name, where, "more than three comma-separated fields after " + code));
        continue;
      }
      String type = parts[0].strip();
      String mode = parts.length > 1 ? parts[1].strip() : "";
      String context = parts.length > 2 ? parts[2].strip() : "";
      if (!PLOVER_TYPE.matcher(type).matches()) {
        diagnostics.add(Diagnostic.error(name, where, "'" + type + "' is not a PLOVER type name"));
        continue;
      }
      if (!mode.isEmpty() && !PLOVER_WORD.matcher(mode).matches()) {
        diagnostics.add(Diagnostic.error(name, where, "'" + mode + "' is not a PLOVER mode name"));
        continue;
      }
      List<String> contexts = splitContexts(context);
      if (!contexts.stream().allMatch(c -> PLOVER_WORD.matcher(c).matches())) {
        diagnostics.add(
            Diagnostic.error(name, where, "'" + context + "' is not a list of PLOVER contexts"));
        continue;
      }
      Mapping mapping = new Mapping(code, i + 1, type, nonEmpty(mode), contexts);
      Mapping earlier = map.get(code);
      if (earlier == null) {
        map.put(code, mapping);
      } else if (!earlier.sameAs(mapping)) {
        // The 2021 map lists root 08 under both CONCEDE and RETREAT; the first, which its 080
        // agrees with,
        // is kept.
        diagnostics.add(
            Diagnostic.warning(
                name,
                where,
                "code "
                    + code
                    + " mapped again ("
                    + mapping.describe()
                    + "); keeps line "
                    + earlier.line()
                    + " ("
                    + earlier.describe()
                    + ")"));
      }
    }
    return map;
  }

  private static List<String> splitContexts(String text) {
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private record Row(
      String code,
      int line,
      String name,
      OptionalDouble goldstein,
      OptionalInt quad,
      OptionalInt penta,
      String ploverType,
      String ploverMode,
      String ploverContext) {}

  private record Mapping(
      String code, int line, String type, Optional<String> mode, List<String> contexts) {
    boolean sameAs(Mapping o) {
      return type.equals(o.type) && mode.equals(o.mode) && contexts.equals(o.contexts);
    }

    String describe() {
      return type
          + mode.map(m -> ", " + m).orElse("")
          + (contexts.isEmpty() ? "" : ", " + String.join("; ", contexts));
    }
  }
}
