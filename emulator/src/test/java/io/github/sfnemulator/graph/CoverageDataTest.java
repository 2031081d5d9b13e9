package io.github.sfnemulator.graph;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.mock.TaskMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageDataTest {
  static final String DEFINITION = StateMachineGraphTest.definition("every-state-type.asl.json");

  @TempDir Path dir;

  static List<HistoryEvent> run(String input, TaskMocks mocks) {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      StateMachine machine = emulator.createStateMachine("every", DEFINITION);
      return emulator.startExecution(machine.arn(), input).await().history();
    }
  }

  static List<HistoryEvent> declined() {
    return run(
        "{\"kind\":\"x\",\"amount\":5,\"vip\":false}",
        TaskMocks.create()
            .stubFor(
                lambda("Charge")
                    .willThrow(lambdaError("Lambda.TooManyRequestsException", "slow"))
                    .thenThrow(lambdaError("Card.Declined", "no"))));
  }

  static List<HistoryEvent> bulk() {
    return run("{\"kind\":\"bulk\",\"items\":[1,2],\"regions\":[\"eu\"]}", TaskMocks.create());
  }

  @Test
  void counts_states_transitions_catches_and_retriers_reached() {
    // GIVEN
    CoverageData data = new CoverageData();

    // WHEN
    data.record("every", DEFINITION, declined());

    // THEN
    MachineCoverage every = data.machines().get(0);
    assertThat(every.executions()).isEqualTo(1);
    assertThat(every.states()).isEqualTo(new CoverageCounter(5, 15));
    assertThat(every.catches()).isEqualTo(new CoverageCounter(1, 2));
    assertThat(every.retriers()).isEqualTo(new CoverageCounter(1, 1));
    assertThat(every.elements())
        .filteredOn(CoverageElement::covered)
        .extracting(CoverageElement::label)
        .containsExactly(
            "Validate",
            "Validate → Route (Next)",
            "Route",
            "Route → Hold (Default)",
            "Hold",
            "Hold → Charge (Next)",
            "Charge",
            "Charge: Retry Lambda.TooManyRequestsException ×3",
            "Charge → Declined (Catch Card.Declined)",
            "Declined");
  }

  @Test
  void merges_data_files_of_the_same_definition_by_adding_their_counts() throws IOException {
    // GIVEN
    CoverageData first = new CoverageData();
    first.record("every", DEFINITION, declined());
    first.write(dir.resolve("a" + CoverageData.FILE_SUFFIX));
    CoverageData second = new CoverageData();
    second.record("every-copy", DEFINITION, bulk());
    second.record("every-copy", DEFINITION, declined());
    second.write(dir.resolve("nested/b" + CoverageData.FILE_SUFFIX));

    // WHEN
    CoverageData all = CoverageData.readAll(dir);

    // THEN
    assertThat(all.machines()).hasSize(1);
    MachineCoverage every = all.machines().get(0);
    assertThat(every.name()).isEqualTo("every");
    assertThat(every.executions()).isEqualTo(3);
    assertThat(every.elements())
        .filteredOn(e -> e.id().equals("/States/Charge/Catch/0"))
        .extracting(CoverageElement::hits)
        .containsExactly(2);
    assertThat(every.elements())
        .filteredOn(e -> e.id().equals("/States/Route/Choices/0"))
        .extracting(CoverageElement::hits)
        .containsExactly(1);
    assertThat(every.elements())
        .filteredOn(
            e ->
                e.id()
                    .equals("/States/PerRegion/ItemProcessor/States/Both/Branches/1/States/Right"))
        .extracting(CoverageElement::hits)
        .containsExactly(1);
  }

  @Test
  void writes_an_index_a_page_per_state_machine_and_json() throws IOException {
    // GIVEN
    CoverageData data = new CoverageData();
    data.record("every", DEFINITION, declined());

    // WHEN
    Path index = CoverageReport.write(data, dir.resolve("report"));

    // THEN
    assertThat(Files.readString(index))
        .contains("<a href=\"every.html\">every</a>", "33.3% (5/15)");
    String page = Files.readString(dir.resolve("report/every.html"));
    assertThat(page)
        .contains(
            "<svg",
            "class=\"state fail covered\"",
            "class=\"edge catch uncovered\"",
            "<li data-element=\"/States/Charge/Catch/1\">Catch: Charge → Broken (Catch States.ALL)</li>");
    assertThat(Files.readString(dir.resolve("report/coverage.json")))
        .contains("\"name\":\"every\"", "\"catches\":{\"covered\":1,\"total\":2}");
  }

  @Test
  void check_names_the_machine_the_counter_and_what_was_not_covered() {
    // GIVEN
    CoverageData data = new CoverageData();
    data.record("every", DEFINITION, declined());

    // WHEN
    List<String> problems = new CoverageCheck(0.3, 0.2, 0.75, 1.0).check(data);

    // THEN
    assertThat(problems)
        .containsExactly(
            "every: catches covered 50.0% (1/2), below the minimum 75.0%. Not covered:"
                + " Charge → Broken (Catch States.ALL)");
    assertThat(new CoverageCheck(0.3, 0.2, 0.5, 1.0).check(data)).isEmpty();
  }

  @Test
  void rejects_a_file_that_is_not_coverage_data() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("x" + CoverageData.FILE_SUFFIX), "{\"a\":1}");

    // WHEN / THEN
    assertThatThrownBy(() -> CoverageData.readAll(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + " is not sfn coverage data");
  }
}
