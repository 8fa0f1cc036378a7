package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The job's command line, kept as small as {@code spark-submit} needs: {@code INPUT... -o DIR
 * [--manifest FILE] [--data DIR] [--master URL] [--partitions N]}.
 */
record Cli(CodingJob.Request request, Optional<String> master) {
  static final String USAGE =
      "usage: CodingJob INPUT... -o DIR [--manifest FILE] [--data DIR] [--master URL]"
          + " [--partitions N]\n"
          + "  INPUT        files or directories (any Hadoop path: local, hdfs://, s3a://)\n"
          + "  -o DIR       output directory (must not exist or be empty): events/, quotes/,\n"
          + "               mentions/, articles/ as Parquet partitioned by year and month\n"
          + "  --manifest   metadata for plain-text inputs (JSON lines naming each file)\n"
          + "  --data       the data pack directory as every executor sees it\n"
          + "  --master     Spark master when not given by spark-submit, e.g. local[2]\n"
          + "  --partitions tasks to split the files into (default: three per core)";

  /** The parsed arguments, or empty when help was asked for. */
  static Optional<Cli> parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String manifest = null;
    String data = null;
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return Optional.empty();
        }
        case "-o", "--out" -> out = value(args, ++i, a);
        case "--manifest" -> manifest = value(args, ++i, a);
        case "--data" -> data = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--partitions" -> {
          String v = value(args, ++i, a);
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions takes a number, not " + v, e);
          }
        }
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given");
    }
    if (out == null) {
      throw new IllegalArgumentException("no output directory given (-o DIR)");
    }
    return Optional.of(
        new Cli(
            new CodingJob.Request(
                inputs, Optional.ofNullable(manifest), out, Optional.ofNullable(data), partitions),
            Optional.ofNullable(master)));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
