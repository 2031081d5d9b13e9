package io.github.sfnemulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sfn-emulator} command line: {@code java -jar sfn-emulator-cli.jar <command>}.
 *
 * <pre>{@code
 * java -jar emulator/target/sfn-emulator-cli.jar validate order.asl.json
 * }</pre>
 *
 * @since 0.1
 */
@Command(
    name = "sfn-emulator",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs and checks AWS Step Functions state machines locally.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      RunCommand.class,
      ConformanceCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      GraphCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    // @FILE belongs to the commands (run --input @file), not to picocli's argument files.
    CommandLine commandLine =
        new CommandLine(new Main())
            .setExpandAtFiles(false)
            .setExecutionExceptionHandler(Main::oneLine);
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // StackOverflowError or OutOfMemoryError from a hostile definition: one line, not a trace.
      commandLine.getErr().println("sfn-emulator: " + describe(e));
      commandLine.getErr().flush();
      return 1;
    }
  }

  /**
   * Whatever a command throws becomes one line on stderr and exit code 1: a mistake the user can
   * fix reads as itself, anything else names its exception.
   */
  private static int oneLine(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    String command = commandLine.getCommandName();
    String message = e instanceof CliException ? e.getMessage() : describe(e);
    commandLine.getErr().println(command + ": " + message);
    commandLine.getErr().flush();
    return 1;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}
