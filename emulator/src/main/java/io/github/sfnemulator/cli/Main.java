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
    return new CommandLine(new Main()).setExpandAtFiles(false).execute(args);
  }
}
