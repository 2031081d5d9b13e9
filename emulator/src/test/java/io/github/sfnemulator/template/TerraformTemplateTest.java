package io.github.sfnemulator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform's templatefile, as main.tf beside the definition calls it. */
class TerraformTemplateTest {
  private static final Path DEFINITION =
      Path.of("src/test/resources/templates/terraform/statemachine.asl.json");
  private static final Map<String, Object> VARIABLES =
      Map.of(
          "resize_function_arn", "arn:aws:lambda:us-east-1:123456789012:function:resize",
          "bucket", "images",
          "sizes", List.of(128, 512),
          "max_attempts", 3,
          "table_name", "thumbnails");

  @Test
  void renders_variables_jsonencode_and_escapes_as_templatefile_does() {
    // WHEN
    String definition = TerraformTemplate.render(DEFINITION, VARIABLES);

    // THEN
    JsonNode states = Json.parse(definition).get("States");
    assertThat(states.at("/Resize/Parameters/FunctionName").textValue())
        .endsWith(":function:resize");
    assertThat(states.at("/Resize/Parameters/Payload/sizes").toString()).isEqualTo("[128,512]");
    assertThat(states.at("/Resize/Retry/0/MaxAttempts").intValue()).isEqualTo(3);
    assertThat(states.at("/Record/Parameters/Item/note/S").textValue())
        .isEqualTo("written by ${workflow} at %{time}");
    assertThat(StepFunctionsEmulator.create().validate(definition).isValid()).isTrue();
  }

  @Test
  void a_missing_variable_is_an_error_naming_it_and_the_line() {
    // GIVEN
    Map<String, Object> withoutBucket = new java.util.HashMap<>(VARIABLES);
    withoutBucket.remove("bucket");

    // WHEN / THEN
    assertThatThrownBy(() -> TerraformTemplate.render(DEFINITION, withoutBucket))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "Terraform template 'statemachine.asl.json' (line 11): variable 'bucket' has no value."
                + " Pass it in the variables (given: max_attempts, resize_function_arn, sizes,"
                + " table_name).");
  }

  @Test
  void expressions_other_than_variables_are_named_as_unsupported() {
    // WHEN / THEN
    assertThatThrownBy(() -> TerraformTemplate.render("{\"a\":\"${var.x}\"}", "x.json", Map.of()))
        .hasMessageStartingWith(
            "Terraform template 'x.json' (line 1): the expression '${var.x}' is not supported");
    assertThatThrownBy(() -> TerraformTemplate.render("%{ for x in y }", "x.json", Map.of()))
        .hasMessageContaining("the directive '%{ for x in y }' is not supported");
  }
}
