package io.github.sfnemulator.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every definition in the conformance corpus ran on AWS, so none may have an ERROR. */
class ConformanceDefinitionsValidateTest {

  @TestFactory
  Stream<DynamicTest> every_recorded_definition_is_valid() throws IOException {
    String dir = System.getProperty("sfn.conformance.dir", "") + "/cases";
    Path cases = Path.of(dir.isEmpty() ? "/nonexistent" : dir);
    assumeThat(Files.isDirectory(cases)).as("conformance corpus at '%s'", dir).isTrue();
    try (Stream<Path> files = Files.walk(cases)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
          .map(
              file ->
                  DynamicTest.dynamicTest(
                      cases.relativize(file).toString(),
                      () -> {
                        JsonNode definition = Json.parse(Files.readString(file)).get("definition");
                        assertThat(DefinitionValidator.validate(definition).errors()).isEmpty();
                      }));
    }
  }
}
