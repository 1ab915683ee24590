package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.model.DyadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyad} command: turns news into event data. Exit codes: 0 success, 1 internal error,
 * 2 bad input or usage.
 */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Codes who did what to whom in news reports, as CAMEO/PLOVER events.",
    subcommands = {CodeCommand.class, IngestCommand.class, DyadsCommand.class, TimelineCommand.class, AlertsCommand.class,
      ExportCommand.class, RecodeCommand.class, ServeCommand.class, DictCommand.class, EvalCommand.class, StoreBenchCommand.class, ServeBenchCommand.class,
      BenchCommand.class, CommandLine.HelpCommand.class})
public final class Dyad {
  /** Exit code for bad input, the same as picocli's usage errors. */
  public static final int INPUT_ERROR = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Dyad());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Dyad::handle);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof DyadInputException) {
      err.println("dyad: " + e.getMessage());
      return INPUT_ERROR;
    }
    err.println("dyad: internal error: " + e);
    return 1;
  }
}
