package io.github.sfnemulator.maven.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema editors complete from must describe the model the plugin reads, field for field. */
class ScenarioSchemaTest {
  private static JsonNode schema() throws IOException {
    try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream("/sfn-test.schema.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> fields(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(
            c ->
                c.getAccessor().isAnnotationPresent(JsonProperty.class)
                    ? c.getAccessor().getAnnotation(JsonProperty.class).value()
                    : c.getName())
        .toList();
  }

  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of("case", ScenarioCase.class),
        Arguments.of("mockResponse", MockResponse.class),
        Arguments.of("thrownError", ThrownError.class),
        Arguments.of("mockCallback", MockCallback.class),
        Arguments.of("expectedCall", ExpectedCall.class),
        Arguments.of("expectations", Expectations.class),
        Arguments.of("expectedCatch", ExpectedCatch.class),
        Arguments.of("backends", ScenarioBackends.class),
        Arguments.of("replay", ReplayFiles.class));
  }

  @Test
  void is_a_draft_2020_12_schema_of_the_scenario_record() throws IOException {
    JsonNode schema = schema();

    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    List<String> top = new ArrayList<>(fields(Scenario.class));
    top.add("$schema");
    assertThat(schema.path("properties").properties())
        .extracting(e -> e.getKey())
        .containsExactlyInAnyOrderElementsOf(top);
    assertThat(schema.path("required"))
        .extracting(JsonNode::asText)
        .containsExactly("definition", "cases");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @ParameterizedTest(name = "$defs/{0}")
  @MethodSource("definitions")
  void describes_every_field_of_the_model(String definition, Class<? extends Record> type)
      throws IOException {
    JsonNode def = schema().path("$defs").path(definition);

    assertThat(def.path("properties").properties())
        .extracting(e -> e.getKey())
        .containsExactlyInAnyOrderElementsOf(fields(type));
    assertThat(def.path("properties").properties())
        .allSatisfy(
            e ->
                assertThat(e.getValue().has("description") || e.getValue().has("$ref"))
                    .as(e.getKey())
                    .isTrue());
  }

  @Test
  void every_example_scenario_of_the_plugin_reads_into_the_model() throws IOException {
    List<Path> examples;
    try (Stream<Path> files =
        Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("src/it")))) {
      examples =
          files
              .filter(p -> p.getFileName().toString().matches(".*\\.sfn-test\\.(yaml|yml|json)"))
              .toList();
    }

    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    assertThat(examples).allSatisfy(p -> assertThat(ScenarioReader.read(p).cases()).isNotEmpty());
  }
}
