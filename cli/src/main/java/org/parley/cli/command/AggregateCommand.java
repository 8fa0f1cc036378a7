package org.parley.cli.command;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.store.Store;
import org.parley.store.aggregate.Aggregates;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley aggregate}: counts and Goldstein sums per period and dyad or country, as CSV. */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    description = {
      "Count asserted events (or clusters) per period and directed dyad or country, with Goldstein"
          + " sums and means and counts per quad or penta class, as CSV on a dense date spine"
          + " (every period in range for every dyad or country, zeros where nothing happened).",
      "Events are dated by their own date, else their article's; a date counts only in periods at"
          + " least as long as its precision (month dates in --by month only; year dates never)."
    })
public final class AggregateCommand implements Callable<Integer> {
  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "day",
      description = "day, week (ISO, from Monday) or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "events",
      description =
          "events, or clusters (each occurrence once however many reports; needs `parley code`"
              + " with this store) (default: ${DEFAULT-VALUE}).")
  String unit;

  @Option(
      names = "--class",
      paramLabel = "SCHEME",
      defaultValue = "quad",
      description = "Class columns: quad (1-4) or penta (0-4) (default: ${DEFAULT-VALUE}).")
  String scheme;

  @Option(
      names = "--count-for",
      paramLabel = "WHO",
      defaultValue = "source",
      description =
          "With --country: whose country an event counts for: source, target or place (default:"
              + " ${DEFAULT-VALUE}).")
  String countFor;

  static final class Keys {
    @Option(names = "--dyad", description = "Directed dyads: source and target (the default).")
    boolean dyad;

    @Option(names = "--country", description = "One country per event (see --count-for).")
    boolean country;
  }

  @ArgGroup(exclusive = true)
  Keys keys;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "First day counted.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day counted.")
  LocalDate until;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.csv",
      description = "Write the CSV here (default: standard output).")
  Path output;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws IOException {
    Aggregates.Query query;
    try {
      query =
          new Aggregates.Query(
              parse(Aggregates.Period.class, by, "--by"),
              parse(Aggregates.Unit.class, unit, "--unit"),
              parse(Aggregates.Scheme.class, scheme, "--class"),
              keys == null || !keys.country,
              parse(Aggregates.CountFor.class, countFor, "--count-for"),
              Optional.ofNullable(since),
              Optional.ofNullable(until));
    } catch (IllegalArgumentException e) {
      System.err.println("parley: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Store store = storeOptions.openStore()) {
      Aggregates.Table table = Aggregates.compute(store, query);
      if (output == null) {
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Aggregates.writeCsv(table, out);
        out.flush();
      } else {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          Aggregates.writeCsv(table, out);
        }
      }
      System.err.println(
          "parley: "
              + table.rows().size()
              + " rows; "
              + table.counted()
              + " "
              + unit
              + " counted, "
              + table.leftOut()
              + " left out (no date precise enough, outside --since/--until, or no country)"
              + (output == null ? "" : "; wrote " + output));
      return ExitCodes.OK;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed
          .append(allowed.length() == 0 ? "" : ", ")
          .append(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    throw new IllegalArgumentException(
        option + " must be one of " + allowed + ", not '" + value + "'");
  }
}
