package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;

/** Task tokens and activity workers through an unmodified SfnClient. */
class CallbackApiTest {
  private static final String CALLBACK =
      "{\"StartAt\":\"Approve\",\"States\":{\"Approve\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
          + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"token.$\":\"$$.Task.Token\"}},"
          + "\"End\":true}}}";
  private static final String ACTIVITY =
      "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:Worker\","
          + "\"HeartbeatSeconds\":60,\"End\":true}}}";

  /** The task tokens the callback task sent, as a queue consumer would see them. */
  private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();

  private final ServerFixture f =
      new ServerFixture(
          EmulatorOptions.newBuilder()
              .taskResponder(
                  call -> {
                    tokens.add(call.parameters().path("MessageBody").path("token").asText());
                    return TaskResponse.returning(call.parameters());
                  })
              .build(),
          ServerOptions.newBuilder().activityPollTimeout(Duration.ofMillis(300)).build());

  @AfterEach
  void close() {
    f.close();
  }

  private String startCallback(String name) {
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Callback").definition(CALLBACK).roleArn(ROLE))
            .stateMachineArn();
    return f.sfn.startExecution(b -> b.stateMachineArn(machine).name(name)).executionArn();
  }

  private String token() throws InterruptedException {
    String token = tokens.poll(10, TimeUnit.SECONDS);
    assertThat(token).as("task token sent by the callback task").isNotNull();
    return token;
  }

  @Test
  void send_task_success_completes_a_wait_for_task_token_task() throws InterruptedException {
    // GIVEN
    String arn = startCallback("approved");
    String token = token();
    assertThat(f.sfn.describeExecution(b -> b.executionArn(arn)).status())
        .isEqualTo(ExecutionStatus.RUNNING);
    // WHEN
    f.sfn.sendTaskHeartbeat(b -> b.taskToken(token));
    f.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));
    // THEN
    f.emulator.describeExecution(arn).await();
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"approved\":true}");
  }

  /**
   * The endpoint's time driver awaits every execution. One that waits for a task token holds time
   * still until a client answers it; it used to kill the driver (an uncaught StalledException),
   * after which no Wait ever passed for any execution of the server.
   */
  @Test
  void a_task_token_wait_holds_time_without_stopping_it_for_other_executions()
      throws InterruptedException {
    String callback = startCallback("held");
    String token = token();
    String waiting =
        f.sfn
            .createStateMachine(
                b ->
                    b.name("Waiting")
                        .definition(
                            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
                                + "\"Seconds\":3600,\"End\":true}}}")
                        .roleArn(ROLE))
            .stateMachineArn();

    String first = f.sfn.startExecution(b -> b.stateMachineArn(waiting)).executionArn();
    assertThat(statusOverHttp(first)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(f.sfn.describeExecution(b -> b.executionArn(callback)).status())
        .isEqualTo(ExecutionStatus.RUNNING);

    f.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
    assertThat(statusOverHttp(callback)).isEqualTo(ExecutionStatus.SUCCEEDED);
    String second = f.sfn.startExecution(b -> b.stateMachineArn(waiting)).executionArn();
    assertThat(statusOverHttp(second)).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  /**
   * The status once the execution ends, read only through the endpoint (an in-process await would
   * move time itself); RUNNING if it has not ended within 10 s of real time.
   */
  private ExecutionStatus statusOverHttp(String executionArn) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    ExecutionStatus status;
    do {
      status = f.sfn.describeExecution(b -> b.executionArn(executionArn)).status();
    } while (status == ExecutionStatus.RUNNING && System.nanoTime() < deadline);
    return status;
  }

  @Test
  void send_task_failure_fails_the_execution_with_the_error() throws InterruptedException {
    String arn = startCallback("rejected");
    String token = token();

    f.sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("by a reviewer"));

    f.emulator.describeExecution(arn).await();
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(described.error()).isEqualTo("Rejected");
    assertThat(described.cause()).isEqualTo("by a reviewer");
  }

  @Test
  void a_spent_token_does_not_exist_and_garbage_is_an_invalid_token() throws InterruptedException {
    startCallback("spent");
    String token = token();
    f.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));

    assertThat(
            catchThrowableOfType(
                () -> f.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")),
                TaskDoesNotExistException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () -> f.sfn.sendTaskHeartbeat(b -> b.taskToken("not a token!")),
                InvalidTokenException.class))
        .isNotNull();
  }

  @Test
  void an_activity_worker_polls_a_task_and_answers_it() {
    // GIVEN
    String activity = f.sfn.createActivity(b -> b.name("Worker")).activityArn();
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Work").definition(ACTIVITY).roleArn(ROLE))
            .stateMachineArn();
    String arn =
        f.sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"job\":7}")).executionArn();
    // WHEN
    GetActivityTaskResponse task =
        f.sfn.getActivityTask(b -> b.activityArn(activity).workerName("w1"));
    f.sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\":7}"));
    // THEN
    assertThat(task.input()).isEqualTo("{\"job\":7}");
    f.emulator.describeExecution(arn).await();
    assertThat(f.sfn.describeExecution(b -> b.executionArn(arn)).output())
        .isEqualTo("{\"done\":7}");
  }

  @Test
  void an_empty_poll_returns_no_task_after_the_poll_timeout() {
    String activity = f.sfn.createActivity(b -> b.name("Idle")).activityArn();

    GetActivityTaskResponse task = f.sfn.getActivityTask(b -> b.activityArn(activity));

    assertThat(task.taskToken()).isNull();
    assertThat(task.input()).isNull();
  }

  @Test
  void creates_describes_lists_and_deletes_activities() {
    String arn = f.sfn.createActivity(b -> b.name("Worker")).activityArn();
    f.sfn.createActivity(b -> b.name("Other"));

    assertThat(f.sfn.describeActivity(b -> b.activityArn(arn)).name()).isEqualTo("Worker");
    assertThat(f.sfn.listActivities(b -> b.maxResults(1)).activities())
        .extracting(ActivityListItem::name)
        .containsExactly("Worker");
    assertThat(f.sfn.listActivitiesPaginator(b -> b.maxResults(1)).activities()).hasSize(2);

    f.sfn.deleteActivity(b -> b.activityArn(arn));

    ActivityDoesNotExistException e =
        catchThrowableOfType(
            () -> f.sfn.describeActivity(b -> b.activityArn(arn)),
            ActivityDoesNotExistException.class);
    assertThat(e.awsErrorDetails().errorMessage()).contains(arn);
  }
}
