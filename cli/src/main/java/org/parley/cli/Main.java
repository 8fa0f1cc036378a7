package org.parley.cli;

import org.parley.cli.command.AggregateCommand;
import org.parley.cli.command.BenchCommand;
import org.parley.cli.command.ClustersCommand;
import org.parley.cli.command.CodeCommand;
import org.parley.cli.command.DemoCommand;
import org.parley.cli.command.EvalCommand;
import org.parley.cli.command.ExplainCommand;
import org.parley.cli.command.ExportCommand;
import org.parley.cli.command.IngestCommand;
import org.parley.cli.command.ParseCommand;
import org.parley.cli.command.QueryCommand;
import org.parley.cli.command.ServeBenchCommand;
import org.parley.cli.command.ServeCommand;
import org.parley.cli.command.SparkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley}: turns international-relations news into traceable event data. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Turns international-relations news into event data: who did what to whom, when, where.",
    subcommands = {
      AggregateCommand.class,
      BenchCommand.class,
      ClustersCommand.class,
      CodeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      ExplainCommand.class,
      ExportCommand.class,
      IngestCommand.class,
      ParseCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      ServeBenchCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // CoreNLP logs model loading at INFO through slf4j; users see warnings only unless they ask for
    // more.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests and {@link #main}). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof ConfigurationException) {
            commandLine.getErr().println("parley: " + ex.getMessage());
            return ExitCodes.CONFIG;
          }
          commandLine.getErr().println("parley: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return ExitCodes.SOFTWARE;
        });
    cl.setParameterExceptionHandler(
        (ex, args2) -> {
          ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return ExitCodes.USAGE;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Parley's version from the jar manifest. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parley " + version()};
    }
  }

  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
