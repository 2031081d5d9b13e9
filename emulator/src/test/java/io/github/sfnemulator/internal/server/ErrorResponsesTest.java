package io.github.sfnemulator.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.SfnApiException;
import org.junit.jupiter.api.Test;

/** HTTP statuses of API errors, as the Step Functions API reference lists them for each error. */
class ErrorResponsesTest {

  @Test
  void conflictIs409() {
    // API reference, PublishStateMachineVersion / ConflictException: "HTTP Status Code: 409"
    ApiReply reply = ErrorResponses.of(new SfnApiException("ConflictException", "changed"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.body().get("__type").asText()).isEqualTo("ConflictException");
    assertThat(reply.body().get("message").asText()).isEqualTo("changed");
  }

  @Test
  void serviceQuotaExceededIs402() {
    // API reference, PublishStateMachineVersion / ServiceQuotaExceededException:
    // "HTTP Status Code: 402"
    ApiReply reply =
        ErrorResponses.of(new SfnApiException("ServiceQuotaExceededException", "1000 versions"));

    assertThat(reply.status()).isEqualTo(402);
    assertThat(reply.body().get("__type").asText()).isEqualTo("ServiceQuotaExceededException");
  }

  @Test
  void otherClientErrorsAre400() {
    ApiReply reply =
        ErrorResponses.of(new SfnApiException("ExecutionDoesNotExist", "no such execution"));

    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void anExceptionWithoutACodeIsStillAClientError() {
    assertThat(ErrorResponses.of(new SfnApiException(null, "no code")).status()).isEqualTo(400);
  }

  @Test
  void oversizedRequestIs413() {
    assertThat(ErrorResponses.of(ErrorResponses.tooLarge(10)).status()).isEqualTo(413);
  }
}
