package org.parley.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley spark INPUT... -o DIR}: the Spark coding job ({@code org.parley.spark.CodingJob})
 * in local mode. The CLI does not depend on the spark module (Spark's 220 MB stay out of {@code
 * parley.jar}), so the job runs in a child JVM on the classpath that the spark module's build
 * writes to {@code spark/target/classpath-*.txt}, with the module flags Spark needs on Java 17.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description =
        "Code articles with the Spark job in local mode: events/, quotes/, mentions/ and articles/"
            + " as Parquet partitioned by year and month (needs the spark module built).")
public final class SparkCommand implements Callable<Integer> {
  /**
   * Spark's own list ({@code org.apache.spark.launcher.JavaModuleOptions}), which {@code
   * spark-submit} adds by itself; the spark module's pom gives tests the same.
   */
  static final List<String> JAVA17_OPENS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false");

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or directories: local paths or any Hadoop path (hdfs://, s3a://).")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory (must not exist or be empty).")
  String out;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "JSONL metadata for plain-text files (else one found beside them is used).")
  String manifest;

  @Option(names = "--data", paramLabel = "DIR", description = "The data pack directory.")
  Path data;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description = "Spark master (default ${DEFAULT-VALUE}: every core; local[N]: N cores).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description = "Tasks to split the files into (default: three per core).")
  int partitions;

  @Option(
      names = "--memory",
      paramLabel = "SIZE",
      defaultValue = "3g",
      description = "Heap of the Spark JVM, models included (default ${DEFAULT-VALUE}).")
  String memory;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home =
        Optional.ofNullable(System.getProperty("parley.home"))
            .map(Path::of)
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "parley.home is not set: run parley spark through the parley launcher"));
    Path target = home.resolve("spark").resolve("target");
    Path runtime = target.resolve("classpath-runtime.txt");
    Path provided = target.resolve("classpath-provided.txt");
    Optional<Path> jar = moduleJar(target);
    if (!Files.isRegularFile(runtime) || !Files.isRegularFile(provided) || jar.isEmpty()) {
      throw new ConfigurationException(
          "the spark module is not built (nothing in "
              + target
              + "); build it with: cd "
              + home
              + " && mvn -B -DskipTests package -pl spark -am");
    }
    // Located here so that a missing pack fails now, as parley code does, not in the child JVM.
    Path pack = Pipeline.locatePack(Optional.ofNullable(data)).root();
    String classpath =
        String.join(
            java.io.File.pathSeparator,
            jar.get().toString(),
            Files.readString(runtime, StandardCharsets.UTF_8).strip(),
            Files.readString(provided, StandardCharsets.UTF_8).strip());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + memory);
    command.addAll(JAVA17_OPENS);
    command.add("-Dparley.home=" + home);
    command.add("-Dlog4j.configurationFile=parley-spark-log4j2.properties");
    command.add("-cp");
    command.add(classpath);
    command.add("org.parley.spark.CodingJob");
    command.addAll(inputs);
    command.addAll(List.of("-o", out, "--master", master, "--data", pack.toString()));
    if (manifest != null) {
      command.addAll(List.of("--manifest", manifest));
    }
    if (partitions > 0) {
      command.addAll(List.of("--partitions", Integer.toString(partitions)));
    }
    Process p = new ProcessBuilder(command).inheritIO().start();
    int status = p.waitFor();
    return switch (status) {
      case 0 -> ExitCodes.OK;
      case 2 -> ExitCodes.USAGE;
      case 3 -> ExitCodes.CONFIG;
      default -> ExitCodes.SOFTWARE;
    };
  }

  /** The spark module's own jar ({@code parley-spark-VERSION.jar}, not the shaded one). */
  private static Optional<Path> moduleJar(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "parley-spark-*.jar")) {
      for (Path j : jars) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }
}
