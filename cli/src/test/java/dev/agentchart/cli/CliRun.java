package dev.agentchart.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, captured: exit code, standard output, standard error. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Agentchart.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
