package io.github.sfnemulator.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The small definitions that carry one generated path, intrinsic call or JSONata expression. */
final class FuzzDefinitions {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FuzzDefinitions() {}

  /** {@code path} in {@code field} of a Pass, as a Choice Variable, or as a Map's ItemsPath. */
  static String withPath(String field, String path) {
    String value = quote(path);
    return switch (field) {
      case "Parameters" -> pass("Parameters", "{\"v.$\":" + value + "}");
      case "Choice" ->
          "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":"
              + value
              + ",\"IsPresent\":true,\"Next\":\"E\"}],\"Default\":\"E\"},\"E\":{\"Type\":\"Succeed\"}}}";
      case "ItemsPath" ->
          "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":"
              + value
              + ",\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}},"
              + "\"End\":true}}}";
      default -> pass(field, value);
    };
  }

  static String withIntrinsic(String call) {
    return pass("Parameters", "{\"v.$\":" + quote(call) + "}");
  }

  static String withJsonata(String expression) {
    return "{\"QueryLanguage\":\"JSONata\","
        + pass("Output", quote("{% " + expression + " %}")).substring(1);
  }

  /** A Pass that reads the whole input and renders it as text. */
  static String forInputs() {
    return pass("Parameters", "{\"all.$\":\"$\",\"s.$\":\"States.JsonToString($)\"}");
  }

  private static String pass(String field, String value) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\""
        + field
        + "\":"
        + value
        + ",\"End\":true}}}";
  }

  private static String quote(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
