package io.github.sfnemulator.cli;

import io.github.sfnemulator.internal.conformance.CaseRunner;
import io.github.sfnemulator.internal.conformance.CaseRunner.Comparison;
import io.github.sfnemulator.internal.conformance.ConformanceCase;
import io.github.sfnemulator.internal.conformance.ConformanceCorpus;
import io.github.sfnemulator.internal.conformance.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conformance [DIR]}: runs recorded AWS cases and prints the verdict of each one that is not
 * a plain pass, as the conformance test judges them.
 */
@Command(
    name = "conformance",
    description =
        "Runs every recorded case under DIR, compares whole histories with the recording, and prints each case "
            + "that fails, is allowed to fail, or is listed as allowed to fail but passes.")
final class ConformanceCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      defaultValue = "conformance",
      description =
          "The corpus folder (holding cases/ and allowed-failures.json) or a folder of case files. "
              + "Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(
      names = "--allowed-failures",
      paramLabel = "FILE",
      description =
          "The list of cases allowed to fail. Default: allowed-failures.json beside the cases, else "
              + "conformance/allowed-failures.json when it exists.")
  Path allowedFailures;

  @Option(
      names = "--types-only",
      description =
          "Compare only the outcome, the states entered and the event types (the older, coarser check).")
  boolean typesOnly;

  @Option(
      names = "--case",
      paramLabel = "TEXT",
      description = "Run only the cases whose id contains TEXT.")
  String only;

  @Option(
      names = "--show-history",
      description =
          "For each case that differs, print the recorded and the emulator's history, one event a line.")
  boolean showHistory;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine()
          .getErr()
          .println("conformance: '" + dir + "' is not a folder of case files.");
      return 2;
    }
    Path list = allowedFailures;
    Path beside =
        (Files.isDirectory(dir.resolve("cases"))
                ? dir
                : dir.getParent() == null ? Path.of(".") : dir.getParent())
            .resolve(ConformanceCorpus.ALLOWED_FAILURES);
    if (list == null
        && !Files.isRegularFile(beside)
        && Files.isRegularFile(Path.of("conformance", ConformanceCorpus.ALLOWED_FAILURES))) {
      list = Path.of("conformance", ConformanceCorpus.ALLOWED_FAILURES);
    }
    if (list != null && !Files.isRegularFile(list)) {
      spec.commandLine()
          .getErr()
          .println("conformance: the allowed-failures list '" + list + "' does not exist.");
      return 2;
    }
    ConformanceCorpus corpus = ConformanceCorpus.at(dir, list);
    Comparison comparison = typesOnly ? Comparison.TYPES_ONLY : Comparison.FULL_HISTORY;
    int passed = 0;
    int failed = 0;
    int allowed = 0;
    for (ConformanceCase c : corpus.cases()) {
      if (only != null && !c.id().contains(only)) {
        continue;
      }
      Verdict verdict = corpus.verdict(c, comparison);
      switch (verdict.kind()) {
        case PASS -> passed++;
        case ALLOWED_FAILURE -> allowed++;
        default -> failed++;
      }
      if (verdict.kind() != Verdict.Kind.PASS) {
        out.println(verdict.line());
        if (showHistory) {
          out.println("  recorded:");
          c.expected().path("history").forEach(e -> out.println("    " + e));
          out.println("  emulator:");
          CaseRunner.historyLines(c).forEach(l -> out.println("    " + l));
        }
      }
    }
    out.println(
        (typesOnly ? "types only: " : "whole histories: ")
            + passed
            + " passed, "
            + allowed
            + " allowed to fail, "
            + failed
            + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
