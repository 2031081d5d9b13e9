package io.github.sfnemulator.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

/**
 * jsonata-java 0.9.8 keeps a per-thread "current" instance, set by the constructor, and each
 * evaluation stores its frame there; when that instance is the compiled expression itself (the
 * thread that compiled it evaluates it), the next evaluation's frame chains onto the previous one.
 */
class JsonataIsolationTest {

  @Test
  void bindings_of_one_evaluation_are_invisible_to_the_next_on_the_compiling_thread() {
    // GIVEN a template compiled and evaluated on this thread
    JsonataTemplate template = JsonataTemplate.compile("Output", Json.parse("\"{% $k %}\""));
    assertThat(template.evaluate(TestScope.withInput("{}").variable("k", "1")).intValue())
        .isEqualTo(1);
    // WHEN the next evaluation has no variable k
    // THEN it does not see the previous one's
    assertThatThrownBy(() -> template.evaluate(TestScope.withInput("{}")))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("returned nothing (undefined)");
  }

  @Test
  void repeated_evaluations_do_not_grow_the_frame_chain() {
    JsonataTemplate template =
        JsonataTemplate.compile("Output", Json.parse("\"{% $states.input.a + $k %}\""));
    TestScope scope = TestScope.withInput("{\"a\":1}").variable("k", "2");
    for (int i = 0; i < 50_000; i++) {
      template.evaluate(scope);
    }
    assertThat(template.evaluate(scope).intValue()).isEqualTo(3);
  }
}
