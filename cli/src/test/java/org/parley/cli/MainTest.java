package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private static String captureErr(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    int[] code = new int[1];
    String err = captureErr(() -> code[0] = Main.run("code", "--no-such-option", "x.txt"));
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--no-such-option");
  }

  @Test
  void codeWithoutInputIsAUsageError() {
    int[] code = new int[1];
    captureErr(() -> code[0] = Main.run("code"));
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingDataPackIsAConfigurationErrorListingWhatWasTried() {
    int[] code = new int[1];
    String err =
        captureErr(
            () -> code[0] = Main.run("code", "--data", "/nonexistent/pack", "--no-store", "x.txt"));
    assertThat(code[0]).isEqualTo(ExitCodes.CONFIG);
    assertThat(err).contains("/nonexistent/pack").contains("not a Parley data pack");
  }

  @Test
  void sparkWithoutTheSparkModuleBuiltSaysHowToBuildIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    String old = System.getProperty("parley.home");
    System.setProperty("parley.home", tmp.toString());
    int[] code = new int[1];
    try {
      String err = captureErr(() -> code[0] = Main.run("spark", "in.txt", "-o", "out"));
      assertThat(err)
          .contains("the spark module is not built")
          .contains("mvn -B -DskipTests package -pl spark -am");
    } finally {
      if (old == null) {
        System.clearProperty("parley.home");
      } else {
        System.setProperty("parley.home", old);
      }
    }
    assertThat(code[0]).isEqualTo(ExitCodes.CONFIG);
  }

  @Test
  void explainingAnUnknownEventSaysSoWithItsOwnExitCode(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    int[] code = new int[1];
    String err =
        captureErr(
            () ->
                code[0] =
                    Main.run("explain", "--db", tmp.resolve("x.duckdb").toString(), "deadbeef"));
    assertThat(code[0]).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(err).contains("no event deadbeef");
  }

  @Test
  void aggregateRefusesAnUnknownPeriodAndWritesAHeaderForAnEmptyStore(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    String db = tmp.resolve("x.duckdb").toString();
    int[] code = new int[1];
    String err = captureErr(() -> code[0] = Main.run("aggregate", "--db", db, "--by", "year"));
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--by must be one of day, week, month, not 'year'");

    java.nio.file.Path csv = tmp.resolve("agg.csv");
    err =
        captureErr(
            () ->
                code[0] =
                    Main.run(
                        "aggregate",
                        "--db",
                        db,
                        "--country",
                        "--class",
                        "penta",
                        "-o",
                        csv.toString()));
    assertThat(code[0]).isEqualTo(ExitCodes.OK);
    assertThat(java.nio.file.Files.readString(csv))
        .isEqualTo(
            "period,country,count,goldstein_sum,goldstein_mean,penta_0,penta_1,penta_2,penta_3,"
                + "penta_4\n");
    assertThat(err).contains("0 rows");
    captureErr(() -> code[0] = Main.run("clusters", "--db", db));
    assertThat(code[0]).isEqualTo(ExitCodes.OK);
  }
}
