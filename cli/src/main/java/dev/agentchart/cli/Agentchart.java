package dev.agentchart.cli;

import dev.agentchart.yaml.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code agentchart} command: generate the chart, verify script pods, validate values. */
@Command(
    name = "agentchart",
    mixinStandardHelpOptions = true,
    versionProvider = Agentchart.Version.class,
    description = "Generator and validator for the Octopus kubernetes-agent Helm chart.",
    subcommands = {
      GenerateCommand.class,
      VerifyCommand.class,
      RenderCommand.class,
      MirrorCommand.class,
      ValidateCommand.class,
      BenchmarkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Agentchart implements Runnable {

  /** Exit code when a check found a problem (drift, a failed case, an invalid values file). */
  public static final int CHECK_FAILED = 1;

  /** Exit code when the input cannot be used at all. */
  public static final int UNUSABLE_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line; returns the exit code. Tests call this instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Agentchart());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Agentchart::handle);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Known failures are printed as the located messages they carry; never a stack trace. */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InputException input) {
      input.problems().forEach(p -> err.println("error: " + p));
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println("error: " + e.getMessage());
    } else {
      err.println(
          "error: internal failure (" + e.getClass().getSimpleName() + "): " + e.getMessage());
    }
    err.flush();
    return UNUSABLE_INPUT;
  }

  /** The version Maven stamped into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in =
          Agentchart.class.getResourceAsStream("/agentchart/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"agentchart " + properties.getProperty("version", "unknown")};
    }
  }
}
