package io.github.sfnemulator.cli;

import io.github.sfnemulator.internal.conformance.CaseRunner;
import io.github.sfnemulator.internal.conformance.ConformanceCase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code conformance DIR}: runs recorded AWS cases and reports each one that differs. */
@Command(
    name = "conformance",
    description = "Runs every recorded case under DIR and prints each failing case with its first difference.")
final class ConformanceCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "Folder of case files (searched recursively).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("conformance: '" + dir + "' is not a folder of case files.");
      return 2;
    }
    List<ConformanceCase> cases = ConformanceCase.readAll(dir);
    int passed = 0;
    int failed = 0;
    for (ConformanceCase c : cases) {
      String difference = CaseRunner.firstDifference(c);
      if (difference == null) {
        passed++;
      } else {
        failed++;
        out.println("FAIL " + c.id() + ": " + difference);
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
