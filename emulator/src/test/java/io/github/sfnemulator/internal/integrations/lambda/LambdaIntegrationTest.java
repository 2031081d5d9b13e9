package io.github.sfnemulator.internal.integrations.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.integrations.sdk.WireMockBackend;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LambdaIntegrationTest {
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:111111111111:function:echo";
  // A function ARN travels URL-encoded in the path; a name as it is.
  private static final String PATH =
      "/2015-03-31/functions/(echo|arn%3Aaws%3Alambda%3Aus-east-1%3A111111111111%3Afunction%3Aecho)/invocations";
  private static final String ERROR_PAYLOAD =
      "{\"errorMessage\": \"Some exception was raised.\", \"errorType\": \"Exception\","
          + " \"requestId\": \"r1\"}";

  static final WireMockBackend aws = new WireMockBackend();

  @AfterAll
  static void stop() {
    aws.close();
  }

  @BeforeEach
  void reset() {
    aws.server.resetAll();
  }

  @Test
  void invoke_wraps_the_payload_with_status_version_and_http_metadata() {
    // GIVEN
    aws.server.stubFor(
        post(urlMatching(PATH))
            .withRequestBody(equalToJson("{\"in\":1}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-Amz-Executed-Version", "$LATEST")
                    .withHeader("x-amzn-RequestId", "req-1")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"out\":2}")));
    // WHEN
    TaskResponse r = aws.call(INVOKE, "{\"FunctionName\":\"echo\",\"Payload\":{\"in\":1}}");
    // THEN
    assertThat(r).isInstanceOf(TaskResponse.Return.class);
    var result = ((TaskResponse.Return) r).result();
    assertThat(result.get("Payload")).isEqualTo(Json.parse("{\"out\":2}"));
    assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(result.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    assertThat(result.get("SdkResponseMetadata"))
        .isEqualTo(Json.parse("{\"RequestId\":\"req-1\"}"));
    assertThat(result.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(result.at("/SdkHttpMetadata/HttpHeaders/X-Amz-Executed-Version").asText())
        .isEqualTo("$LATEST");
    assertThat(result.at("/SdkHttpMetadata/AllHttpHeaders/X-Amz-Executed-Version/0").asText())
        .isEqualTo("$LATEST");
    assertThat(result.fieldNames())
        .toIterable()
        .containsExactly(
            "ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode");
  }

  @Test
  void invoke_sends_a_string_payload_as_raw_json_text() {
    aws.server.stubFor(
        post(urlMatching(PATH)).willReturn(aResponse().withStatus(200).withBody("0.0")));

    TaskResponse r = aws.call(INVOKE, "{\"FunctionName\":\"echo\",\"Payload\":\"0.0\"}");

    aws.server.verify(postRequestedFor(urlMatching(PATH)).withRequestBody(equalTo("0.0")));
    assertThat(((TaskResponse.Return) r).result().get("Payload").decimalValue())
        .isEqualByComparingTo("0.0");
  }

  @Test
  void invoke_function_error_takes_error_type_as_name_and_compact_payload_as_cause() {
    aws.server.stubFor(
        post(urlMatching(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-Amz-Function-Error", "Unhandled")
                    .withBody(ERROR_PAYLOAD)));

    TaskResponse r = aws.call(INVOKE, "{\"FunctionName\":\"echo\",\"Payload\":null}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "Exception",
                "{\"errorMessage\":\"Some exception was"
                    + " raised.\",\"errorType\":\"Exception\",\"requestId\":\"r1\"}"));
  }

  @Test
  void function_arn_returns_the_payload_itself_and_keeps_the_function_error_text() {
    aws.server.stubFor(
        post(urlMatching(PATH))
            .withRequestBody(equalToJson("\"HelloWorld\""))
            .willReturn(aResponse().withStatus(200).withBody("\"HelloWorld\"")));
    aws.server.stubFor(
        post(urlMatching(PATH))
            .withRequestBody(equalToJson("{\"fail\":true}"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-Amz-Function-Error", "Unhandled")
                    .withBody(ERROR_PAYLOAD)));

    assertThat(aws.call(FUNCTION_ARN, "\"HelloWorld\""))
        .isEqualTo(TaskResponse.returning(Json.parse("\"HelloWorld\"")));
    assertThat(aws.call(FUNCTION_ARN, "{\"fail\":true}"))
        .isEqualTo(TaskResponse.throwing("Exception", ERROR_PAYLOAD));
  }

  @Test
  void function_error_without_error_type_is_lambda_unknown() {
    String payload =
        "{\"errorMessage\":\"2024-11-26T00:36:39.604Z abc Task timed out after 3.00 seconds\"}";
    aws.server.stubFor(
        post(urlMatching(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-Amz-Function-Error", "Unhandled")
                    .withBody(payload)));

    TaskResponse r = aws.call(FUNCTION_ARN, "{}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "Lambda.Unknown",
                "The cause could not be determined because Lambda did not return an error type."
                    + " Returned payload: "
                    + payload));
  }

  @Test
  void missing_function_is_lambda_resource_not_found_with_the_v1_cause() {
    aws.server.stubFor(
        post(urlEqualTo("/2015-03-31/functions/nope/invocations"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                    .withHeader("x-amzn-RequestId", "req-9")
                    .withBody(
                        "{\"Type\":\"User\",\"message\":\"Function not found:"
                            + " arn:aws:lambda:us-east-1:111111111111:function:nope\"}")));

    TaskResponse r = aws.call(INVOKE, "{\"FunctionName\":\"nope\"}");

    assertThat(r)
        .isEqualTo(
            TaskResponse.throwing(
                "Lambda.ResourceNotFoundException",
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope (Service:"
                    + " AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request"
                    + " ID: req-9; Proxy: null)"));
  }

  @Test
  void throttling_and_service_failures_have_lambda_names() {
    aws.server.stubFor(
        post(urlMatching(PATH))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                    .withBody(
                        "{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate"
                            + " Exceeded.\"}")));
    assertThat(((TaskResponse.Throw) aws.call(INVOKE, "{\"FunctionName\":\"echo\"}")).error())
        .isEqualTo("Lambda.TooManyRequestsException");

    aws.server.stubFor(
        post(urlMatching(PATH))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("x-amzn-ErrorType", "ServiceException")
                    .withBody("{\"message\":\"boom\"}")));
    assertThat(((TaskResponse.Throw) aws.call(FUNCTION_ARN, "{}")).error())
        .isEqualTo("Lambda.ServiceException");

    aws.server.stubFor(
        post(urlMatching(PATH))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("x-amzn-ErrorType", "SomethingNew")
                    .withBody("{\"message\":\"odd\"}")));
    assertThat(((TaskResponse.Throw) aws.call(FUNCTION_ARN, "{}")).error())
        .isEqualTo("Lambda.AWSLambdaException");
  }
}
