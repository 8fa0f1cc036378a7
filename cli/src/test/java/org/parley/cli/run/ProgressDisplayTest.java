package org.parley.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void offATerminalItLogsWholeLinesWithShareAndEta() {
    ProgressDisplay p = new ProgressDisplay(out, false, 30);
    p.update(10, 200, 250, 1000, true);
    assertThat(text())
        .startsWith("parley: progress:  25% 10 articles, ")
        .contains("sentences/s", "ETA ")
        .endsWith(System.lineSeparator())
        .doesNotContain("\r");
  }

  @Test
  void offATerminalItWaitsForTheIntervalUnlessForced() {
    ProgressDisplay p = new ProgressDisplay(out, false, 30);
    p.update(1, 1, 1, 10, false);
    assertThat(text()).isEmpty();
  }

  @Test
  void onATerminalItRedrawsOneLineAndEndsIt() {
    ProgressDisplay p = new ProgressDisplay(out, true, 30);
    p.update(5, 50, 500, 1000, true);
    p.update(6, 60, 1000, 1000, true);
    p.finish();
    assertThat(text())
        .startsWith("\r[")
        .contains("] 100% 6 articles")
        .endsWith(System.lineSeparator());
    assertThat(text().chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void zeroSecondsMeansNoProgressAtAll() {
    ProgressDisplay p = new ProgressDisplay(out, false, 0);
    p.update(1, 1, 1, 10, true);
    assertThat(text()).isEmpty();
  }
}
