package org.parley.ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.parley.model.Diagnostic;

/**
 * PLOVER's event types with their modes, and its contexts (PLOVER manual, "Events" and "Contexts"),
 * read from the pack's {@code codebooks/plover_event_types.tsv} and {@code
 * codebooks/plover_contexts.tsv}.
 *
 * <p>The manual's lists are newer than the 2021 CAMEO to PLOVER map: that map uses some modes the
 * manual no longer lists (ASSAULT's {@code massacre}, {@code assassinate}). Use {@link #isMode} to
 * tell them apart; this class does not rewrite them.
 */
public final class PloverTypes {
  private static final List<String> TYPE_COLUMNS =
      List.of(
          "event",
          "quad_category",
          "requires_recipient",
          "modes",
          "plover_score",
          "mode_scores",
          "definition_tex");
  private static final List<String> CONTEXT_COLUMNS = List.of("context", "definition");

  private final Map<String, PloverType> types;
  private final Map<String, String> contexts;
  private final List<Diagnostic> diagnostics;

  private PloverTypes(
      Map<String, PloverType> types, Map<String, String> contexts, List<Diagnostic> diagnostics) {
    this.types = types;
    this.contexts = contexts;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public static PloverTypes read(DataPack pack) {
    Objects.requireNonNull(pack, "pack");
    return read(
        pack.require("codebooks/plover_event_types.tsv"),
        pack.require("codebooks/plover_contexts.tsv"));
  }

  /**
   * Reads the type and context tables.
   *
   * @throws IllegalStateException when a header lacks a column this reader needs
   */
  public static PloverTypes read(Path typesTsv, Path contextsTsv) {
    Objects.requireNonNull(typesTsv, "typesTsv");
    Objects.requireNonNull(contextsTsv, "contextsTsv");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, PloverType> types = new LinkedHashMap<>();
    readRows(
        typesTsv,
        TYPE_COLUMNS,
        diagnostics,
        (h, v, where) -> {
          String file = typesTsv.toString();
          String name = h.get(v, "event");
          if (name.isEmpty()
              || !name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
            diagnostics.add(
                Diagnostic.error(file, where, "event '" + name + "' is not a PLOVER type name"));
            return;
          }
          if (types.containsKey(name)) {
            diagnostics.add(
                Diagnostic.warning(file, where, "type " + name + " again; keeps the first"));
            return;
          }
          String recipient = h.get(v, "requires_recipient");
          if (!recipient.equalsIgnoreCase("yes") && !recipient.equalsIgnoreCase("no")) {
            diagnostics.add(
                Diagnostic.warning(
                    file,
                    where,
                    "requires_recipient '" + recipient + "' is not Yes or No; taken as No"));
          }
          List<String> modes = words(h.get(v, "modes"));
          OptionalDouble score =
              number(h.get(v, "plover_score"), "plover_score", file, where, diagnostics);
          Map<String, Double> modeScores = new LinkedHashMap<>();
          for (String pair : words(h.get(v, "mode_scores"))) {
            int eq = pair.indexOf('=');
            OptionalDouble s =
                eq < 0
                    ? OptionalDouble.empty()
                    : number(
                        pair.substring(eq + 1).strip(), "mode_scores", file, where, diagnostics);
            if (eq < 0 || s.isEmpty()) {
              if (eq < 0) {
                diagnostics.add(
                    Diagnostic.error(file, where, "mode score '" + pair + "' is not MODE=SCORE"));
              }
              continue;
            }
            modeScores.put(pair.substring(0, eq).strip(), s.getAsDouble());
          }
          types.put(
              name,
              new PloverType(
                  name,
                  h.get(v, "quad_category"),
                  recipient.equalsIgnoreCase("yes"),
                  modes,
                  score,
                  modeScores,
                  h.get(v, "definition_tex")));
        });
    Map<String, String> contexts = new LinkedHashMap<>();
    readRows(
        contextsTsv,
        CONTEXT_COLUMNS,
        diagnostics,
        (h, v, where) -> {
          String context = h.get(v, "context");
          if (context.isEmpty()) {
            diagnostics.add(Diagnostic.error(contextsTsv.toString(), where, "no context name"));
            return;
          }
          contexts.putIfAbsent(context, h.get(v, "definition"));
        });
    return new PloverTypes(types, contexts, diagnostics);
  }

  /** The type names in manual order: AGREE, CONSULT, ... ASSAULT. */
  public List<String> types() {
    return List.copyOf(types.keySet());
  }

  public Optional<PloverType> find(String type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(types.get(type));
  }

  public PloverType require(String type) {
    return find(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type: '" + type + "' is not a PLOVER type; valid: " + types()));
  }

  public boolean isType(String type) {
    return find(type).isPresent();
  }

  /** Whether {@code mode} is one of the modes the manual lists for {@code type}. */
  public boolean isMode(String type, String mode) {
    Objects.requireNonNull(mode, "mode");
    return find(type).map(t -> t.hasMode(mode)).orElse(false);
  }

  /** Every mode of every type, each once, in manual order. */
  public Set<String> modes() {
    Set<String> all = new LinkedHashSet<>();
    types.values().forEach(t -> all.addAll(t.modes()));
    return all;
  }

  /** The context names in manual order: military, intelligence, ... */
  public List<String> contexts() {
    return List.copyOf(contexts.keySet());
  }

  public boolean isContext(String context) {
    return contexts.containsKey(Objects.requireNonNull(context, "context"));
  }

  /** The manual's definition of a context, if it is one. */
  public Optional<String> findContextDefinition(String context) {
    return Optional.ofNullable(contexts.get(Objects.requireNonNull(context, "context")));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private interface RowHandler {
    void accept(TabularFile.Header header, List<String> values, String where);
  }

  private static void readRows(
      Path file, List<String> columns, List<Diagnostic> diagnostics, RowHandler handler) {
    List<String> lines = TabularFile.lines(file);
    if (lines.isEmpty()) {
      diagnostics.add(Diagnostic.error(file.toString(), "", "empty file: no header"));
      return;
    }
    TabularFile.Header header = TabularFile.header(file, lines.get(0), columns);
    for (int i = 1; i < lines.size(); i++) {
      String where = Integer.toString(i + 1);
      if (lines.get(i).isBlank()) {
        continue;
      }
      TabularFile.Fields fields = TabularFile.split(lines.get(i));
      if (!fields.ok()) {
        diagnostics.add(Diagnostic.error(file.toString(), where, fields.problem().get()));
      } else if (fields.values().size() != header.width()) {
        diagnostics.add(
            Diagnostic.error(
                file.toString(),
                where,
                "expected "
                    + header.width()
                    + " tab-separated fields, found "
                    + fields.values().size()));
      } else {
        handler.accept(header, fields.values(), where);
      }
    }
  }

  private static List<String> words(String list) {
    List<String> out = new ArrayList<>();
    for (String s : list.split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static OptionalDouble number(
      String text, String column, String file, String where, List<Diagnostic> diagnostics) {
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      diagnostics.add(Diagnostic.error(file, where, column + " '" + text + "' is not a number"));
      return OptionalDouble.empty();
    }
  }
}
