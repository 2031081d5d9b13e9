package io.github.sfnemulator.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.validation.ValidationResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden message texts: each {@code validation/invalid/<name>.asl.json} gives exactly the lines of
 * {@code <name>.diagnostics.txt}, in the CLI's {@code FILE:LOCATION: SEVERITY CODE: message} form.
 */
class DiagnosticMessagesGoldenTest {

  @TestFactory
  Stream<DynamicTest> every_invalid_definition_gives_its_golden_diagnostics()
      throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getResource("/validation/invalid").toURI());
    List<Path> definitions;
    try (Stream<Path> files = Files.list(folder)) {
      definitions = files.filter(f -> f.toString().endsWith(".asl.json")).sorted().toList();
    }
    assertThat(definitions).isNotEmpty();
    return definitions.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> compare(file)));
  }

  private static void compare(Path definition) throws IOException {
    // GIVEN
    String name = definition.getFileName().toString();
    Path golden = definition.resolveSibling(name.replace(".asl.json", ".diagnostics.txt"));

    // WHEN
    ValidationResult result = DefinitionValidator.validate(Files.readString(definition));

    // THEN
    List<String> lines = result.diagnostics().stream().map(d -> name + ":" + d).toList();
    assertThat(lines).containsExactlyElementsOf(Files.readAllLines(golden));
  }
}
