package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floors each suite's figures must stay at or above: a JSON object keyed by suite name, each a
 * map from a figure of {@code parley eval --json} (precision, root_recall, records_correct_share,
 * ...) to its floor. Floors are measured figures and only ever go up.
 */
public final class EvalFloors {
  private final Map<String, Map<String, Double>> floors;

  private EvalFloors(Map<String, Map<String, Double>> floors) {
    this.floors = floors;
  }

  /**
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static EvalFloors read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read floors " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": floors must be a JSON object keyed by suite");
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> s = it.next();
      if (s.getKey().startsWith("_")) {
        continue; // comments
      }
      if (Suite.find(s.getKey()).isEmpty()) {
        throw new IllegalArgumentException(
            file
                + ": no suite '"
                + s.getKey()
                + "'; the suites are: "
                + String.join(", ", Suite.ids()));
      }
      Map<String, Double> figures = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> f = s.getValue().fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> e = f.next();
        if (!e.getValue().isNumber()) {
          throw new IllegalArgumentException(
              file + ": " + s.getKey() + "." + e.getKey() + " must be a number");
        }
        figures.put(e.getKey(), e.getValue().asDouble());
      }
      out.put(s.getKey(), figures);
    }
    return new EvalFloors(out);
  }

  /** Every figure below its floor, as "suite figure: measured < floor"; empty when none is. */
  public List<String> check(List<SuiteResult> results) {
    List<String> below = new ArrayList<>();
    for (SuiteResult r : results) {
      Map<String, Double> f = floors.get(r.suite().id());
      if (f == null) {
        continue;
      }
      Map<String, Object> measured = r.toJson();
      f.forEach(
          (name, floor) -> {
            Object v = measured.get(name);
            if (!(v instanceof Number n)) {
              below.add(r.suite().id() + " " + name + ": no such figure");
            } else if (n.doubleValue() + 1e-9 < floor) {
              below.add(
                  String.format(
                      java.util.Locale.ROOT,
                      "%s %s: %.4f < floor %.4f",
                      r.suite().id(),
                      name,
                      n.doubleValue(),
                      floor));
            }
          });
    }
    return below;
  }
}
