package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.parley.ingest.format.InputFile;
import org.parley.ingest.format.InputFormat;
import org.parley.model.ArticleStatus;
import org.parley.model.ContentHash;
import org.parley.ontology.DataPack;

/**
 * {@code parley code} as a Spark job: reads input files from any Hadoop path, codes them on the
 * executors ({@link FileCoder}) and writes {@code events/}, {@code quotes/}, {@code mentions/} and
 * {@code articles/} as Parquet partitioned by year and month ({@link Tables}).
 *
 * <p>Run on a cluster with {@code spark-submit --class org.parley.spark.CodingJob parley-spark.jar
 * INPUT... -o DIR}, or in local mode with {@code parley spark INPUT... -o DIR}; docs/SCALING.md has
 * both. Each file is one unit of work. Duplicates are found within each file by ingest, as the CLI
 * does, and across files by identical content (the first by path and record order stays coded, the
 * others become its duplicates and their events are dropped).
 */
public final class CodingJob {
  /**
   * What to code.
   *
   * @param inputs files or directories, as Hadoop paths
   * @param manifest a manifest for every plain-text input (else one found among the inputs applies
   *     to the files beside it and below)
   * @param out the output directory, which must not exist or be empty
   * @param data the data pack as executors see it (else located as {@code parley code} does)
   * @param partitions how many tasks to split the files into (0: three per core)
   */
  public record Request(
      List<String> inputs,
      Optional<String> manifest,
      String out,
      Optional<String> data,
      int partitions) {
    public Request {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("inputs must not be empty");
      }
      Objects.requireNonNull(manifest, "manifest");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(data, "data");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
      }
    }
  }

  /** What a run did, counted from what it wrote. */
  public record Result(
      String runId,
      long files,
      long coded,
      long duplicates,
      long skipped,
      long events,
      long quotes,
      long mentions,
      double seconds) {}

  private CodingJob() {}

  public static void main(String[] args) {
    PrintStream err = System.err;
    Optional<Cli> cli;
    try {
      cli = Cli.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("parley spark: " + e.getMessage());
      err.println(Cli.USAGE);
      System.exit(2);
      return;
    }
    if (cli.isEmpty()) {
      System.out.println(Cli.USAGE);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parley code");
    cli.get().master().ifPresent(builder::master);
    if (cli.get().master().map(m -> m.startsWith("local")).orElse(false)) {
      builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
    }
    int status = 0;
    try (SparkSession spark = builder.getOrCreate()) {
      Result r = run(spark, cli.get().request(), err);
      err.printf(
          Locale.ROOT,
          "parley: run %s: %d files, %d coded, %d duplicate, %d skipped; %d events, %d quotes,"
              + " %d mentions in %.1f s%n",
          r.runId(),
          r.files(),
          r.coded(),
          r.duplicates(),
          r.skipped(),
          r.events(),
          r.quotes(),
          r.mentions(),
          r.seconds());
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("parley spark: " + e.getMessage());
      status = 3;
    }
    System.exit(status);
  }

  /** Codes {@code request} with {@code spark}, telling {@code log} what it decided. */
  public static Result run(SparkSession spark, Request request, PrintStream log) {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path out = qualified(request.out(), hadoop);
    requireEmpty(out, hadoop);
    // As given: a relative path is resolved by each executor in its working directory, where a
    // cluster unpacks --archives (docs/SCALING.md).
    Optional<String> data = request.data();
    String home = System.getProperty("parley.home");
    if (spark.sparkContext().isLocal()) {
      // Executors share this machine: a wrong --data fails here, saying what is missing.
      DataPack.locate(data.map(Path::of), System.getenv(), Optional.ofNullable(home).map(Path::of));
    }
    List<String> existing = new ArrayList<>();
    List<String> explicitFiles = new ArrayList<>();
    List<Row> missing = new ArrayList<>();
    for (String input : request.inputs()) {
      org.apache.hadoop.fs.Path p = qualified(input, hadoop);
      Optional<FileStatus> status = status(p, hadoop);
      if (status.isEmpty()) {
        missing.add(FileCoder.skipped(input, "no such file or directory"));
      } else {
        existing.add(p.toString());
        if (status.get().isFile()) {
          explicitFiles.add(p.toString());
        }
      }
    }
    String runId = runId(started, request);
    JobSettings settings = new JobSettings(runId, data.orElse(null), home, explicitFiles);

    Dataset<Row> records = spark.createDataFrame(missing, Tables.RECORD);
    long files = 0;
    if (!existing.isEmpty()) {
      Dataset<Row> listing =
          spark
              .read()
              .format("binaryFile")
              .option("recursiveFileLookup", "true")
              .load(existing.toArray(String[]::new));
      List<String> paths = listing.select("path").as(Encoders.STRING()).collectAsList();
      files = paths.size();
      Map<String, byte[]> manifests = manifests(paths, request.manifest(), hadoop, log);
      int partitions =
          request.partitions() > 0
              ? request.partitions()
              : Math.max(1, Math.min(paths.size(), 3 * spark.sparkContext().defaultParallelism()));
      Dataset<Row> coded =
          listing
              .select("path", "content")
              .repartition(partitions)
              .mapPartitions(new FileCoder(settings, manifests), Encoders.row(Tables.RECORD));
      records = coded.union(records);
    }
    records = records.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = records.count();
      log.printf(
          Locale.ROOT,
          "parley: read and coded %d files into %d rows in %.1f s%n",
          files,
          count,
          (System.nanoTime() - t0) / 1e9);
      Dataset<Row> duplicates = duplicatesAcrossFiles(records, existing);
      Column sameRecord =
          col("file").equalTo(col("dup_file")).and(col("seq").equalTo(col("dup_seq")));
      Dataset<Row> events =
          kind(records, FileCoder.EVENT)
              .join(duplicates, sameRecord, "left_anti")
              .select("event.*");
      Dataset<Row> quotes =
          kind(records, FileCoder.QUOTE)
              .join(duplicates, sameRecord, "left_anti")
              .select("quote.*", Tables.YEAR, Tables.MONTH);
      Dataset<Row> mentions =
          kind(records, FileCoder.MENTION)
              .join(duplicates, sameRecord, "left_anti")
              .select("mention.*", Tables.YEAR, Tables.MONTH);
      Column dup = col("first_id").isNotNull();
      Dataset<Row> articles =
          kind(records, FileCoder.ARTICLE)
              .join(duplicates, sameRecord, "left")
              .select(col("article.*"), col("first_id"), col(Tables.YEAR), col(Tables.MONTH))
              .withColumn("status", when(dup, lit("duplicate")).otherwise(col("status")))
              .withColumn("duplicate_of", when(dup, col("first_id")).otherwise(col("duplicate_of")))
              .withColumn(
                  "duplicate_basis",
                  when(dup, lit(ArticleStatus.SAME_CONTENT)).otherwise(col("duplicate_basis")))
              .withColumn(
                  "duplicate_similarity",
                  when(dup, lit(1.0)).otherwise(col("duplicate_similarity")))
              .drop("first_id");
      write(events, out, "events");
      write(quotes, out, "quotes");
      write(mentions, out, "mentions");
      write(articles, out, "articles");
      log.printf(
          Locale.ROOT, "parley: wrote the tables at %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Map<String, Long> statuses = new LinkedHashMap<>();
      for (Row r : articles.groupBy("status").count().collectAsList()) {
        statuses.put(r.getString(0), r.getLong(1));
      }
      long coded = statuses.getOrDefault("coded", 0L);
      long dups = statuses.getOrDefault("duplicate", 0L);
      long skipped = statuses.values().stream().mapToLong(Long::longValue).sum() - coded - dups;
      return new Result(
          runId,
          files,
          coded,
          dups,
          skipped,
          events.count(),
          quotes.count(),
          mentions.count(),
          (System.nanoTime() - t0) / 1e9);
    } finally {
      records.unpersist();
    }
  }

  private static Dataset<Row> kind(Dataset<Row> records, String kind) {
    return records.filter(col("kind").equalTo(kind));
  }

  /**
   * Coded articles whose content an earlier one already has, earlier meaning in the order the CLI
   * reads: by input as given, then by path, then by record. Their {@code file}/{@code seq} as
   * {@code dup_file}/{@code dup_seq}, and the first one's id.
   */
  private static Dataset<Row> duplicatesAcrossFiles(Dataset<Row> records, List<String> inputs) {
    Column input = lit(inputs.size());
    for (int i = inputs.size() - 1; i >= 0; i--) {
      String in = inputs.get(i);
      input =
          when(col("file").equalTo(in).or(col("file").startsWith(in + "/")), lit(i))
              .otherwise(input);
    }
    WindowSpec bySha =
        Window.partitionBy(col("article.sha256")).orderBy(col("input"), col("file"), col("seq"));
    return kind(records, FileCoder.ARTICLE)
        .filter(col("article.status").equalTo("coded"))
        .withColumn("input", input)
        .withColumn("rank", row_number().over(bySha))
        .withColumn("first_id", first(col("article.id")).over(bySha))
        .filter(col("rank").gt(1))
        .select(col("file").as("dup_file"), col("seq").as("dup_seq"), col("first_id"));
  }

  /**
   * Writes {@code table} under {@code out/name}, partitioned by year and month. A table without
   * rows (a corpus with no quotes, say) is written as one empty Parquet file that still carries the
   * schema (year and month as ordinary columns): partitioned, Spark would leave only {@code
   * _SUCCESS}, which readers refuse as a directory without a schema.
   */
  private static void write(Dataset<Row> table, org.apache.hadoop.fs.Path out, String name) {
    String path = new org.apache.hadoop.fs.Path(out, name).toString();
    if (table.isEmpty()) {
      table.coalesce(1).write().parquet(path);
      return;
    }
    table.write().partitionBy(Tables.YEAR, Tables.MONTH).parquet(path);
  }

  /**
   * The manifests that apply, by directory: the one given, else each manifest file found among the
   * inputs (detected by content, as the CLI does) for its directory.
   */
  private static Map<String, byte[]> manifests(
      List<String> paths, Optional<String> given, Configuration hadoop, PrintStream log) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (given.isPresent()) {
      org.apache.hadoop.fs.Path p = qualified(given.get(), hadoop);
      if (status(p, hadoop).isEmpty()) {
        throw new IllegalArgumentException("manifest not found: " + given.get());
      }
      out.put(FileCoder.EVERYWHERE, readAll(p, hadoop));
      return out;
    }
    List<String> sorted = new ArrayList<>(paths);
    Collections.sort(sorted);
    for (String file : sorted) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
      String name = p.getName().toLowerCase(Locale.ROOT);
      if (!(name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson"))) {
        continue;
      }
      byte[] head = readHead(p, hadoop);
      String dir = p.getParent().toString();
      if (InputFormat.detect(p.getName(), head, false) == InputFormat.MANIFEST
          && !out.containsKey(dir)) {
        out.put(dir, readAll(p, hadoop));
        log.println("parley: note: using " + file + " as the manifest of the files beside it");
      }
    }
    return out;
  }

  private static byte[] readHead(org.apache.hadoop.fs.Path p, Configuration hadoop) {
    try (InputStream in = p.getFileSystem(hadoop).open(p)) {
      return in.readNBytes(InputFile.HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + p, e);
    }
  }

  private static byte[] readAll(org.apache.hadoop.fs.Path p, Configuration hadoop) {
    try (InputStream in = p.getFileSystem(hadoop).open(p)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + p, e);
    }
  }

  private static org.apache.hadoop.fs.Path qualified(String path, Configuration hadoop) {
    try {
      // A local path without scheme is made absolute and normal first ("../x" as the CLI shows it).
      String local =
          path.contains(":") ? path : Path.of(path).toAbsolutePath().normalize().toString();
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(local);
      return p.getFileSystem(hadoop).makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("no file system for " + path, e);
    }
  }

  private static Optional<FileStatus> status(org.apache.hadoop.fs.Path p, Configuration hadoop) {
    try {
      return Optional.of(p.getFileSystem(hadoop).getFileStatus(p));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not look at " + p, e);
    }
  }

  private static void requireEmpty(org.apache.hadoop.fs.Path out, Configuration hadoop) {
    try {
      FileSystem fs = out.getFileSystem(hadoop);
      if (fs.exists(out) && (fs.isFile(out) || fs.listStatus(out).length > 0)) {
        throw new IllegalArgumentException(
            "the output " + out + " exists and is not an empty directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not look at " + out, e);
    }
  }

  private static String runId(Instant started, Request request) {
    return "run-"
        + started.toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-"
        + ContentHash.sha256(started + "|spark|" + request).substring(0, 6);
  }
}
