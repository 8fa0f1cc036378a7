package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CliTest {
  @Test
  void readsInputsAndOptionsInAnyOrder() {
    Cli cli =
        Cli.parse(
                new String[] {
                  "hdfs://nn/corpus", "-o", "out", "local.txt", "--master", "local[2]",
                  "--partitions", "12", "--data", "pack", "--manifest", "m.jsonl"
                })
            .orElseThrow();
    assertThat(cli.request().inputs()).containsExactly("hdfs://nn/corpus", "local.txt");
    assertThat(cli.request().out()).isEqualTo("out");
    assertThat(cli.request().partitions()).isEqualTo(12);
    assertThat(cli.request().data()).contains("pack");
    assertThat(cli.request().manifest()).contains("m.jsonl");
    assertThat(cli.master()).contains("local[2]");
  }

  @Test
  void helpIsNoRequest() {
    assertThat(Cli.parse(new String[] {"--help"})).isEmpty();
  }

  @Test
  void namesWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> Cli.parse(new String[] {"in"})).hasMessageContaining("-o DIR");
    assertThatThrownBy(() -> Cli.parse(new String[] {"-o", "out"}))
        .hasMessageContaining("no INPUT");
    assertThatThrownBy(() -> Cli.parse(new String[] {"in", "-o", "out", "--partitions", "x"}))
        .hasMessageContaining("--partitions takes a number");
    assertThatThrownBy(() -> Cli.parse(new String[] {"in", "-o", "out", "--bogus"}))
        .hasMessageContaining("unknown option --bogus");
    assertThatThrownBy(() -> Cli.parse(new String[] {"in", "-o"}))
        .hasMessageContaining("-o needs a value");
  }

  @Test
  void yearAndMonthComeFromDatesOfAnyPrecision() {
    assertThat(FileCoder.yearMonth("2020-02-13")).containsExactly(2020, 2);
    assertThat(FileCoder.yearMonth("2019-07")).containsExactly(2019, 7);
    assertThat(FileCoder.yearMonth("2018")).containsExactly(2018, null);
    assertThat(FileCoder.yearMonth(null)).containsExactly(null, null);
  }
}
