package io.github.sfnemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;

/**
 * The probes of issue 14 against the HTTP endpoint: clients that stall, lie about their body's
 * length or send malformed requests get an AWS-shaped error or a closed connection, within the read
 * timeout, and never take the server away from other clients.
 */
class HostileClientsTest {
  private static final String LIST = "AWSStepFunctions.ListStateMachines";

  /** The default read timeout (30 s): what a refusal must not wait for. */
  private final ServerFixture f = new ServerFixture();

  /** A read timeout of 300 ms, for the probes that wait for it. */
  private final ServerFixture impatient =
      new ServerFixture(
          EmulatorOptions.getDefaultInstance(),
          ServerOptions.newBuilder()
              .readTimeout(Duration.ofMillis(300))
              .activityPollTimeout(Duration.ofSeconds(1))
              .build());

  @AfterEach
  void close() {
    f.close();
    impatient.close();
  }

  private RawSocket client() {
    return new RawSocket(f.server.port());
  }

  private RawSocket impatientClient() {
    return new RawSocket(impatient.server.port());
  }

  private static String request(String contentLength, String body) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: "
        + LIST
        + "\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n"
        + body;
  }

  @Test
  void clients_that_send_a_request_line_and_stall_leave_threads_to_answer_others() {
    // GIVEN twice as many stalled clients as the server has threads, and a read timeout far away
    List<RawSocket> stalled = new ArrayList<>();
    for (int i = 0; i < 2 * ServerOptions.getDefaultInstance().threads(); i++) {
      stalled.add(client().send("POST / HTTP/1.1\r\n"));
    }
    // WHEN
    CompletableFuture<ListStateMachinesResponse> call =
        CompletableFuture.supplyAsync(() -> f.sfn.listStateMachines());
    // THEN (the bound only turns a hang into a failure)
    assertThat(call).succeedsWithin(Duration.ofSeconds(20));
    stalled.forEach(RawSocket::close);
  }

  @Test
  void a_client_that_stalls_mid_request_is_disconnected_after_the_read_timeout() {
    try (RawSocket socket = impatientClient()) {
      // GIVEN
      socket.send("POST / HTTP/1.1\r\nHost: local");
      // WHEN
      RawSocket.Reply reply = socket.readUntilClosed();
      // THEN the connection is closed, with an AWS-shaped error when anything is said at all
      if (reply.status() != -1) {
        assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
      } else {
        assertThat(reply.raw()).isEmpty();
      }
    }
  }

  @Test
  void a_content_length_of_a_gigabyte_with_two_bytes_sent_is_refused_at_once() {
    try (RawSocket socket = client()) {
      // WHEN
      RawSocket.Reply reply = socket.send(request("1073741824", "{}")).readUntilClosed();
      // THEN
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.json().path("__type").asText()).isEqualTo("ValidationException");
      assertThat(reply.json().path("message").asText()).contains("larger than the server's limit");
    }
  }

  @Test
  void a_body_that_stops_arriving_gets_a_request_timeout_and_a_closed_connection() {
    try (RawSocket socket = impatientClient()) {
      // WHEN 2 of the 1,000 bytes announced arrive
      RawSocket.Reply reply = socket.send(request("1000", "{}")).readUntilClosed();
      // THEN
      assertThat(reply.status()).isEqualTo(408);
      assertThat(reply.json().path("__type").asText()).isEqualTo("RequestTimeout");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "1, 2", "99999999999999999999999"})
  void a_content_length_that_is_not_a_number_gets_an_aws_shaped_error(String contentLength) {
    try (RawSocket socket = client()) {
      // WHEN (no body: bytes the server never reads would reset the connection before the reply)
      RawSocket.Reply reply = socket.send(request(contentLength, "")).readUntilClosed();
      // THEN
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
      assertThat(reply.json().path("__type").asText()).isEqualTo("ValidationException");
      assertThat(reply.json().path("message").asText())
          .startsWith("The HTTP request was refused: ");
      assertThat(reply.raw()).doesNotContain("<html", "<h1>");
    }
  }

  @Test
  void a_malformed_request_line_gets_an_aws_shaped_error() {
    try (RawSocket socket = client()) {
      // WHEN
      RawSocket.Reply reply = socket.send("NOT HTTP AT ALL\r\n\r\n").readUntilClosed();
      // THEN
      assertThat(reply.status()).isBetween(400, 499);
      assertThat(reply.json().path("__type").asText()).isEqualTo("ValidationException");
    }
  }

  @Test
  void headers_too_large_get_an_aws_shaped_error() {
    try (RawSocket socket = client()) {
      // WHEN
      RawSocket.Reply reply =
          socket
              .send("POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64 * 1024) + "\r\n\r\n")
              .readUntilClosed();
      // THEN
      assertThat(reply.status()).isBetween(400, 499);
      assertThat(reply.json().path("__type").asText()).isEqualTo("ValidationException");
    }
  }

  @Test
  void a_long_poll_longer_than_the_read_timeout_is_answered() {
    // GIVEN an activity without tasks: GetActivityTask waits its 1 s, beyond the 300 ms read
    // timeout
    String arn = impatient.sfn.createActivity(b -> b.name("Worker")).activityArn();
    // WHEN
    var task = impatient.sfn.getActivityTask(b -> b.activityArn(arn).workerName("w"));
    // THEN
    assertThat(task.taskToken()).isNull();
  }
}
