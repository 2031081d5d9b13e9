package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.Map;
import java.util.regex.Pattern;

/** RedriveExecution. */
final class RedriveOperations {
  /** RedriveExecutionInput's ClientToken: 1 to 64 printable ASCII characters. */
  private static final Pattern CLIENT_TOKEN = Pattern.compile("[!-~]{1,64}");

  private final StepFunctionsEmulator emulator;
  private final VirtualTimeDriver timeDriver;

  RedriveOperations(ApiContext context) {
    this.emulator = context.emulator();
    this.timeDriver = context.timeDriver();
  }

  void register(Map<String, Operation> operations) {
    operations.put("RedriveExecution", this::redrive);
  }

  private JsonNode redrive(ApiRequest request) {
    String arn = Arns.check(request.required("executionArn"), "execution");
    String token = request.optional("clientToken");
    if (token != null && !CLIENT_TOKEN.matcher(token).matches()) {
      throw ApiRequest.invalid(
          "clientToken",
          token,
          "Member must have length between 1 and 64 and satisfy regular expression pattern: [!-~]+");
    }
    Execution execution = emulator.redriveExecution(arn, token);
    timeDriver.executionStarted();
    ObjectNode out = ApiJson.object();
    ApiJson.putTime(out, "redriveDate", execution.redriveDate());
    return out;
  }
}
