package io.github.sfnemulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.conformance.CaseRunner.Comparison;
import io.github.sfnemulator.internal.conformance.ConformanceCorpus;
import io.github.sfnemulator.internal.conformance.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case recorded against AWS (the project's copy in {@code conformance/}, system property
 * {@code sfn.conformance.dir}) as a dynamic test, comparing whole histories. Cases in {@code
 * conformance/allowed-failures.json} must fail; once one passes, the test asks for its removal, so
 * the list only shrinks.
 */
class ConformanceTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("sfn.conformance.dir", "../conformance"));
  private static final Path SHARED =
      Path.of(System.getProperty("sfn.conformance.shared", "../../shared/conformance"));

  @Test
  void the_project_carries_the_corpus() {
    assertThat(CORPUS.resolve("cases"))
        .as(
            "the conformance corpus must travel with the project: copy ../shared/conformance to %s",
            CORPUS.toAbsolutePath())
        .isDirectory();
  }

  @Test
  void the_copy_matches_the_shared_corpus_where_there_is_one() {
    if (!Files.isDirectory(SHARED.resolve("cases"))) {
      return; // outside the workplace only the project's copy exists, and it is the reference
    }
    assertThat(ConformanceCorpus.copyDifference(CORPUS, SHARED)).isNull();
  }

  @TestFactory
  Stream<DynamicTest> recorded_cases_behave_as_on_aws() {
    ConformanceCorpus corpus = ConformanceCorpus.at(CORPUS, null);
    return corpus.cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id(), () -> check(corpus.verdict(c, Comparison.FULL_HISTORY))));
  }

  private static void check(Verdict verdict) {
    assertThat(verdict.ok()).as(verdict.line()).isTrue();
  }
}
