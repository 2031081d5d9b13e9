package io.github.sfnemulator.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StepFunctionsEmulator;
import org.junit.jupiter.api.Test;

class InputParserTest {
  private final InputParser parser = new InputParser();

  @Test
  void a_repeated_text_gives_equal_trees_that_are_not_shared() {
    String text = "{\"order\":{\"id\":7,\"items\":[1,2]}}";
    JsonNode first = parser.parse(text);
    JsonNode second = parser.parse(new String(text)); // equal text, another instance
    JsonNode third = parser.parse(text);

    assertThat(second).isEqualTo(first).isNotSameAs(first);
    assertThat(third).isEqualTo(first).isNotSameAs(second);
    assertThat(third.get("order")).isNotSameAs(second.get("order"));
    assertThat(third.get("order").get("items")).isNotSameAs(second.get("order").get("items"));

    ((ObjectNode) second.get("order")).put("id", 8);
    assertThat(parser.parse(text).get("order").get("id").asInt()).isEqualTo(7);
  }

  @Test
  void other_texts_in_turn_each_read_as_they_are() {
    assertThat(parser.parse("{\"a\":1}")).hasToString("{\"a\":1}");
    assertThat(parser.parse("[1]")).hasToString("[1]");
    assertThat(parser.parse("{\"a\":1}")).hasToString("{\"a\":1}");
    assertThat(parser.parse(null)).hasToString("{}");
    assertThat(parser.parse("  ")).hasToString("{}");
    assertThat(parser.parse("  ")).hasToString("{}");
  }

  @Test
  void invalid_text_fails_every_time_it_is_given() {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> parser.parse("{\"a\":1} junk"))
          .isInstanceOf(SfnApiException.class)
          .hasMessageContaining("Invalid State Machine Execution Input");
    }
  }

  @Test
  void an_execution_that_changes_its_input_tree_changes_no_other_execution() {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().virtualTime(true).build())) {
      String arn =
          emulator
              .createStateMachine(
                  "Echo", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")
              .arn();
      String input = "{\"n\":1}";
      Execution first = emulator.startExecution(arn, input).await();
      Execution second = emulator.startExecution(arn, input).await();
      ((ObjectNode) second.inputJson()).put("n", 99);

      Execution third = emulator.startExecution(arn, input).await();

      assertThat(first.output()).isEqualTo("{\"n\":1}");
      assertThat(third.input()).isEqualTo("{\"n\":1}");
      assertThat(third.output()).isEqualTo("{\"n\":1}");
    }
  }
}
