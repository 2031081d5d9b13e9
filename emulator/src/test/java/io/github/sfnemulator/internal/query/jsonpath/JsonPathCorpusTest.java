package io.github.sfnemulator.internal.query.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every recorded case made only of JSONPath Pass states without Result through {@link
 * PassChainDriver} and compares with what AWS returned. Other cases are reported as skipped.
 */
class JsonPathCorpusTest {

  @TestFactory
  Stream<DynamicTest> recorded_pass_chains_give_aws_results() throws IOException {
    String folder = System.getProperty("sfn.conformance.dir");
    Assumptions.assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder)), "conformance corpus not present");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(caseId(file), () -> check(file)));
  }

  private static String caseId(Path file) {
    return file.getParent().getFileName() + "/" + file.getFileName();
  }

  private static void check(Path file) throws IOException {
    JsonNode recorded = Json.parse(Files.readString(file));
    JsonNode definition = recorded.get("definition");
    Assumptions.assumeTrue(PassChainDriver.supports(definition), "needs more than Pass states");
    JsonNode expected = recorded.get("expected");

    PassChainDriver.Outcome outcome = PassChainDriver.run(definition, recorded.get("input"));

    String status = outcome.error() == null ? "SUCCEEDED" : "FAILED";
    assertThat(status)
        .as("status (error %s: %s)", outcome.error(), outcome.cause())
        .isEqualTo(expected.get("status").asText());
    if (expected.has("output")) {
      assertThat(RecordedValue.matches(expected.get("output"), outcome.output()))
          .as("output %s, expected %s", outcome.output(), expected.get("output"))
          .isTrue();
    }
    if (expected.has("error")) {
      assertThat(outcome.error()).isEqualTo(expected.get("error").asText());
    }
    if (expected.has("cause")) {
      assertThat(RecordedValue.matchesText(expected.get("cause").asText(), outcome.cause()))
          .as("cause %s, expected %s", outcome.cause(), expected.get("cause"))
          .isTrue();
    }
  }
}
