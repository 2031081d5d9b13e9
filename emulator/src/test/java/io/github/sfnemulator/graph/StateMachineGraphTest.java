package io.github.sfnemulator.graph;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.validation.DefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class StateMachineGraphTest {
  static String definition(String resource) {
    try (InputStream in = StateMachineGraphTest.class.getResourceAsStream("/graph/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void draws_every_state_as_a_box_of_its_type() {
    // GIVEN
    StateMachineGraph graph =
        StateMachineGraph.of("every", definition("every-state-type.asl.json"));

    // WHEN
    SvgDocument svg = SvgDocument.parse(graph.toSvg());

    // THEN
    assertThat(svg.root().getLocalName()).isEqualTo("svg");
    assertThat(svg.root().getAttribute("data-machine")).isEqualTo("every");
    assertThat(svg.groups("state"))
        .extracting(e -> e.getAttribute("data-name") + ":" + e.getAttribute("data-type"))
        .containsExactlyInAnyOrder(
            "Validate:Pass",
            "Route:Choice",
            "Hold:Wait",
            "Charge:Task",
            "Pack:Pass",
            "Audit:Pass",
            "Left:Pass",
            "Right:Pass",
            "Done:Succeed",
            "Declined:Fail",
            "Broken:Fail");
    assertThat(SvgDocument.classes(svg.state("Charge"))).contains("state", "task");
    assertThat(SvgDocument.texts(svg.state("Charge")))
        .contains("Charge", "Task", "Retry Lambda.TooManyRequestsException ×3");
  }

  @Test
  void draws_parallel_branches_and_map_processors_as_nested_groups() {
    // GIVEN
    StateMachineGraph graph =
        StateMachineGraph.of("every", definition("every-state-type.asl.json"));

    // WHEN
    SvgDocument svg = SvgDocument.parse(graph.toSvg());

    // THEN
    Element fanout = svg.state("Fanout");
    Element eachItem = svg.state("EachItem");
    Element both = svg.state("Both");
    assertThat(SvgDocument.classes(fanout)).contains("group", "parallel");
    assertThat(SvgDocument.classes(svg.state("PerRegion"))).contains("group", "map");
    assertThat(svg.groups("branch")).hasSize(4);
    assertThat(eachItem.getAttribute("data-parent")).isEqualTo("/States/Fanout/Branches/0");
    assertThat(svg.element("/States/Fanout/Branches/0").getAttribute("data-parent"))
        .isEqualTo("/States/Fanout");
    assertThat(svg.state("Pack").getAttribute("data-parent"))
        .isEqualTo(eachItem.getAttribute("data-element"));
    assertThat(svg.state("Left").getAttribute("data-parent"))
        .isEqualTo("/States/PerRegion/ItemProcessor/States/Both/Branches/0");
    assertThat(both.getAttribute("data-parent")).isEqualTo("/States/PerRegion");
    assertInside(SvgDocument.rect(svg.state("Pack")), SvgDocument.rect(eachItem));
    assertInside(SvgDocument.rect(eachItem), SvgDocument.rect(fanout));
    assertInside(SvgDocument.rect(svg.state("Right")), SvgDocument.rect(both));
  }

  @Test
  void draws_choice_rules_and_default_as_labelled_edges_and_catches_dashed_with_their_errors() {
    // GIVEN
    StateMachineGraph graph =
        StateMachineGraph.of("every", definition("every-state-type.asl.json"));

    // WHEN
    SvgDocument svg = SvgDocument.parse(graph.toSvg());

    // THEN
    assertThat(
            svg.groups("choice").stream().filter(e -> e.getAttribute("class").startsWith("edge")))
        .extracting(e -> e.getAttribute("data-target") + " " + SvgDocument.texts(e))
        .containsExactly(
            "/States/Fanout [$.kind StringEquals \"bulk\"]",
            "/States/Charge [($.amount NumericGreaterThan 100 and $.vip Bool…]");
    assertThat(SvgDocument.texts(svg.element("/States/Route/Default"))).containsExactly("Default");
    assertThat(svg.element("/States/Route/Default").getAttribute("data-target"))
        .isEqualTo("/States/Hold");
    Element declined = svg.element("/States/Charge/Catch/0");
    assertThat(SvgDocument.classes(declined)).contains("edge", "catch");
    assertThat(declined.getAttribute("data-target")).isEqualTo("/States/Declined");
    assertThat(SvgDocument.texts(declined)).containsExactly("Card.Declined");
    assertThat(SvgDocument.texts(svg.element("/States/Charge/Catch/1")))
        .containsExactly("States.ALL");
    assertThat(svg.element("/States/Validate/Next").getAttribute("data-target"))
        .isEqualTo("/States/Route");
    assertThat(svg.groups("edge"))
        .allSatisfy(
            e ->
                assertThat(
                        e.getElementsByTagNameNS("*", "path")
                            .item(0)
                            .getAttributes()
                            .getNamedItem("d")
                            .getNodeValue())
                    .matches("M[-0-9.]+,[-0-9.]+( L[-0-9.]+,[-0-9.]+)+"));
  }

  @Test
  void draws_an_execution_with_its_path_retries_catch_and_failed_state() {
    // GIVEN
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                lambda("Charge")
                    .willThrow(lambdaError("Lambda.TooManyRequestsException", "slow down"))
                    .thenThrow(lambdaError("Card.Declined", "insufficient funds")));
    String text = definition("every-state-type.asl.json");
    Execution run;
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      StateMachine machine = emulator.createStateMachine("every", text);
      run =
          emulator
              .startExecution(
                  machine.arn(), "o-1", "{\"kind\":\"small\",\"amount\":5,\"vip\":false}")
              .await();
    }

    // WHEN
    SvgDocument svg =
        SvgDocument.parse(
            StateMachineGraph.of("every", text)
                .toSvg(ExecutionTrace.of(run.name(), run.history())));

    // THEN
    assertThat(SvgDocument.texts(svg.root()).get(0))
        .isEqualTo("every: FAILED with Order.Declined (\"card declined\")");
    assertThat(SvgDocument.classes(svg.state("Validate"))).contains("visited");
    assertThat(SvgDocument.classes(svg.state("Fanout"))).doesNotContain("visited");
    assertThat(SvgDocument.classes(svg.element("/States/Route/Default"))).contains("taken");
    assertThat(SvgDocument.classes(svg.element("/States/Route/Choices/0"))).doesNotContain("taken");
    assertThat(SvgDocument.title(svg.state("Hold")))
        .contains("entered 2024-01-01T00:00:00Z, exited 2024-01-01T01:00:00Z");
    Element charge = svg.state("Charge");
    assertThat(SvgDocument.texts(charge))
        .contains("×1 ↻1", "Retry Lambda.TooManyRequestsException ×3 ·1");
    assertThat(SvgDocument.title(charge))
        .contains("retried once", "error Card.Declined: insufficient funds");
    assertThat(SvgDocument.classes(svg.element("/States/Charge/Catch/0")))
        .contains("taken", "caught");
    assertThat(SvgDocument.classes(svg.element("/States/Charge/Catch/1"))).doesNotContain("taken");
    Element declined = svg.state("Declined");
    assertThat(SvgDocument.classes(declined)).contains("visited", "failed");
    assertThat(SvgDocument.texts(declined)).contains("×1 ✗", "✗ Order.Declined");
    assertThat(SvgDocument.title(declined)).contains("FAILED: Order.Declined (card declined)");
  }

  @Test
  void counts_visits_inside_a_map_over_its_iterations() {
    // GIVEN
    String text = definition("every-state-type.asl.json");
    Execution run;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("every", text);
      run =
          emulator
              .startExecution(
                  machine.arn(),
                  "o-2",
                  "{\"kind\":\"bulk\",\"items\":[1,2,3],\"regions\":[\"eu\",\"us\"]}")
              .await();
    }

    // WHEN
    SvgDocument svg =
        SvgDocument.parse(
            StateMachineGraph.of("every", text).toSvg(ExecutionTrace.of(run.history())));

    // THEN
    assertThat(SvgDocument.texts(svg.state("Pack"))).contains("×3");
    assertThat(SvgDocument.texts(svg.state("Left"))).contains("×2");
    assertThat(SvgDocument.classes(svg.element("/States/Fanout/Next"))).contains("taken");
    assertThat(SvgDocument.classes(svg.element("/States/PerRegion/Next"))).contains("taken");
    assertThat(SvgDocument.classes(svg.state("Done"))).contains("visited");
  }

  @Test
  void names_the_definition_and_its_problem_when_the_definition_is_invalid() {
    assertThatThrownBy(() -> StateMachineGraph.of("broken", "{\"StartAt\":\"A\",\"States\":{}}"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("broken");
  }

  static void assertInside(Element inner, Element outer) {
    double ix = SvgDocument.number(inner, "x");
    double iy = SvgDocument.number(inner, "y");
    assertThat(ix).isGreaterThanOrEqualTo(SvgDocument.number(outer, "x"));
    assertThat(iy).isGreaterThanOrEqualTo(SvgDocument.number(outer, "y"));
    assertThat(ix + SvgDocument.number(inner, "width"))
        .isLessThanOrEqualTo(SvgDocument.number(outer, "x") + SvgDocument.number(outer, "width"));
    assertThat(iy + SvgDocument.number(inner, "height"))
        .isLessThanOrEqualTo(SvgDocument.number(outer, "y") + SvgDocument.number(outer, "height"));
  }
}
