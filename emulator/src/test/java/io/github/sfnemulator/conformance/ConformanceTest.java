package io.github.sfnemulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.conformance.CaseRunner;
import io.github.sfnemulator.internal.conformance.ConformanceCase;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case recorded against AWS (system property {@code sfn.conformance.dir}) as a dynamic
 * test. Cases in {@code conformance-allowed-failures.json} must fail; once one passes, the test
 * asks for its removal, so the list only shrinks.
 */
class ConformanceTest {

  @TestFactory
  Stream<DynamicTest> recorded_cases_behave_as_on_aws() throws IOException {
    String dir = System.getProperty("sfn.conformance.dir", "../../shared/conformance/cases");
    Path cases = Path.of(dir);
    assumeThat(Files.isDirectory(cases))
        .as("conformance cases folder %s is absent: the conformance test is skipped", cases.toAbsolutePath())
        .isTrue();
    Map<String, String> allowed = allowedFailures();
    return ConformanceCase.readAll(cases).stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c, allowed.get(c.id()))));
  }

  private static void check(ConformanceCase c, String allowedReason) {
    String difference = CaseRunner.firstDifference(c);
    if (allowedReason == null) {
      assertThat(difference).as("case %s (%s)", c.id(), c.file()).isNull();
    } else {
      assertThat(difference)
          .as(
              "case %s is listed in conformance-allowed-failures.json (%s) but passes now: remove it from the list",
              c.id(),
              allowedReason)
          .isNotNull();
    }
  }

  static Map<String, String> allowedFailures() throws IOException {
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance-allowed-failures.json")) {
      JsonNode root = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      root.path("allowedFailures").forEach(e -> out.put(e.path("case").asText(), e.path("reason").asText()));
      return out;
    }
  }
}
