package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.sfnemulator.history.ExecutionReplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's replay example ("Production executions as golden tests"), compiled and run. Its
 * recording is a conformance case recorded on AWS (an inline Map whose Lambda is retried, then
 * caught) in the AWS CLI's output shape.
 */
class ReadmeReplayExampleTest {
  // tag::replay[]
  @Test
  void a_recorded_production_execution_replays_unchanged() throws IOException {
    ExecutionReplay.of(
            Files.readString(Path.of("src/test/resources/replay/map-retry-catch.asl.json")),
            Files.readString(Path.of("src/test/resources/replay/map-retry-catch.history.json")))
        .withDescribe(Files.readString(Path.of("src/test/resources/replay/map-retry-catch.describe.json")))
        .run()
        .assertMatches();
  }
  // end::replay[]

  @Test
  void the_readme_shows_this_example_as_it_is() throws IOException {
    Path test = Path.of("src/test/java/io/github/sfnemulator/ReadmeReplayExampleTest.java");
    Path readme = Path.of("../README.md");
    assumeThat(Files.exists(readme)).as("README.md beside the emulator module").isTrue();

    List<String> example = ReadmeExampleTest.snippet(Files.readAllLines(test), "replay");

    assertThat(ReadmeExampleTest.normalized(Files.readString(readme)))
        .contains(String.join("\n", example));
  }
}
