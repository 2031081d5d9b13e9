package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Lambda function a Task call invokes, by name: from a function ARN resource, or from the
 * {@code FunctionName} parameter of {@code lambda:invoke} (optimized or {@code aws-sdk:}).
 */
final class LambdaFunctions {
  private LambdaFunctions() {}

  /**
   * The function name in a name, a name with a version or alias ({@code charge:prod}), a partial
   * ARN ({@code 123456789012:function:charge}) or a full ARN.
   */
  static String name(String function) {
    int marker = function.indexOf("function:");
    String rest = marker >= 0 ? function.substring(marker + "function:".length()) : function;
    int colon = rest.indexOf(':');
    return colon >= 0 ? rest.substring(0, colon) : rest;
  }

  /** The name of the function {@code call} invokes, or null when it invokes none. */
  static String invokedBy(TaskCall call) {
    String resource = call.resource();
    if (resource == null) {
      return null;
    }
    if (resource.contains(":lambda:") && resource.contains(":function:")) {
      return name(resource);
    }
    if (resource.contains(":states:::lambda:invoke")
        || resource.contains(":states:::aws-sdk:lambda:invoke")) {
      JsonNode name = call.parameters() == null ? null : call.parameters().get("FunctionName");
      return name != null && name.isTextual() ? name(name.textValue()) : null;
    }
    return null;
  }

  static String describeInvoked(TaskCall call) {
    String invoked = invokedBy(call);
    return invoked == null
        ? "no Lambda function (Resource " + call.resource() + ")"
        : "'" + invoked + "'";
  }
}
