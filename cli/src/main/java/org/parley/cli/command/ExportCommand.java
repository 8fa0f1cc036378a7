package org.parley.cli.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.store.Store;
import org.parley.store.export.ExportFilter;
import org.parley.store.export.ExportFormat;
import org.parley.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley export}: the store's events in a standard layout (docs/FORMATS.md). Events are
 * chosen with options, never SQL; gdelt, phoenix and icews carry only asserted events unless asked.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store's events: jsonl (contract JSON), csv (flat table), parquet (the flat table,"
          + " a directory partitioned by year and month), gdelt (GDELT 2.0, 61 columns), phoenix"
          + " (26 columns), icews (20 columns) or plover (JSON lines). See docs/FORMATS.md.",
      "gdelt, phoenix and icews carry only asserted events unless --include-unasserted or"
          + " --modality says otherwise; the other formats carry every modality."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "jsonl, csv, parquet, gdelt, phoenix, icews or plover.")
  String format;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "PATH",
      description =
          "The file to write (- for standard output); for parquet, a new or empty directory.")
  String out;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events on or after this day (a month or year date counts if its period reaches it).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events on or before this day (a month or year date counts if its period starts by then).")
  LocalDate until;

  @Option(
      names = "--country",
      split = ",",
      paramLabel = "ISO3",
      description =
          "Events whose source, target or location country is one of these (e.g. KOR,JPN).")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--cameo-root",
      split = ",",
      paramLabel = "NN",
      description = "Events with one of these two-digit CAMEO root codes (e.g. 04).")
  List<String> cameoRoots = new ArrayList<>();

  @Option(
      names = "--cameo",
      split = ",",
      paramLabel = "CODE",
      description = "Events whose CAMEO code starts with one of these (e.g. 042).")
  List<String> cameoCodes = new ArrayList<>();

  @Option(
      names = "--modality",
      split = ",",
      paramLabel = "MODALITY",
      description =
          "Events with one of these modalities: asserted, negated, hypothetical, intended, reported.")
  List<String> modalities = new ArrayList<>();

  @Option(
      names = "--include-unasserted",
      description =
          "In gdelt, phoenix and icews too, carry every modality (not only asserted events).")
  boolean includeUnasserted;

  @Option(names = "--run", paramLabel = "RUN_ID", description = "Only the events of this run.")
  String run;

  @Option(
      names = "--header",
      description = "For gdelt and phoenix, whose own files have none: write a header line.")
  boolean header;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    ExportFormat fmt;
    ExportFilter filter;
    try {
      fmt = ExportFormat.of(format);
      filter =
          new ExportFilter(
              Optional.ofNullable(since),
              Optional.ofNullable(until),
              countries,
              cameoRoots,
              cameoCodes,
              modalities,
              includeUnasserted,
              Optional.ofNullable(run));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (fmt == ExportFormat.PARQUET && out.equals("-")) {
      throw new ParameterException(
          spec.commandLine(), "parquet is written to a directory, not to standard output");
    }
    if (storeOptions.missingFile()) {
      throw new ConfigurationException("no store at '" + storeOptions.db + "' (use --db PATH)");
    }
    List<String> modal = filter.modalitiesFor(fmt);
    String which = modal.isEmpty() ? "all modalities" : String.join(", ", modal);
    try (Store store = storeOptions.openStore()) {
      long n;
      if (out.equals("-")) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        n = Exporter.write(store, fmt, filter, header, w);
        w.flush();
      } else {
        n = Exporter.export(store, fmt, filter, Path.of(out), header).events();
      }
      System.err.println(
          "parley: exported " + n + " events (" + fmt.label() + ", " + which + ") to " + out);
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException("cannot export to " + out + ": " + e.getMessage(), e);
    }
  }
}
