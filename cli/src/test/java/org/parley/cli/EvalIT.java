package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley eval} over every gold suite of the data pack, held at the floors in {@code
 * eval/floors.json}: a change that makes any suite worse fails the build. Floors only go up ({@code
 * scripts/raise-floors.py}).
 */
class EvalIT {
  private static final String DATA = System.getProperty("parley.data", "../../shared/data");
  private static final Path FLOORS =
      Path.of(System.getProperty("parley.home", "..")).resolve("eval/floors.json");

  @Test
  void everySuiteIsAtOrAboveItsFloor(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("eval.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code =
          Main.run(
              "eval", "--data", DATA, "--json", json.toString(), "--floors", FLOORS.toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String table = out.toString(StandardCharsets.UTF_8);
    String messages = err.toString(StandardCharsets.UTF_8);
    System.out.print(table); // the figures, in the build log
    assertThat(code).as(messages).isEqualTo(ExitCodes.OK);
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    for (String suite :
        List.of(
            "petrarch-unit-tests",
            "universalpetrarch-gsr",
            "plover-gsr",
            "cameo-manual-examples")) {
      JsonNode s = figures.path(suite);
      assertThat(s.isObject()).as(suite).isTrue();
      for (String f :
          List.of(
              "records",
              "events_expected",
              "events_produced",
              "precision",
              "recall",
              "f1",
              "root_precision",
              "root_recall",
              "root_f1",
              "records_correct_share")) {
        assertThat(s.has(f)).as(suite + "." + f).isTrue();
      }
      assertThat(s.path("precision").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(figures.path("plover-gsr").has("plover_type_dyad_share")).isTrue();
    assertThat(figures.path("petrarch-unit-tests").path("records").asInt()).isEqualTo(284);
    assertThat(table).contains("petrarch-unit-tests", "cameo-manual-examples", "overall");
  }

  @Test
  void anUnknownSuiteIsAConfigurationErrorListingTheSuites() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run("eval", "--data", DATA, "no-such-suite");
    } finally {
      System.setErr(stderr);
    }
    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("petrarch-unit-tests", "plover-gsr");
  }
}
