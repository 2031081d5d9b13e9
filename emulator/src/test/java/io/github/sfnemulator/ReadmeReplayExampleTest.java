package io.github.sfnemulator;

import io.github.sfnemulator.history.ExecutionReplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        .withDescribe(
            Files.readString(Path.of("src/test/resources/replay/map-retry-catch.describe.json")))
        .run()
        .assertMatches();
  }
  // end::replay[]
}
