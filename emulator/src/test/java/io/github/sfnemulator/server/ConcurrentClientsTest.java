package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** Many SfnClients at once against one server. */
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;
  private static final int EXECUTIONS_PER_CLIENT = 25;
  private static final String DOUBLE =
      "{\"StartAt\":\"D\",\"States\":{\"D\":{\"Type\":\"Pass\","
          + "\"Parameters\":{\"n.$\":\"States.MathAdd($.n, $.n)\"},\"End\":true}}}";

  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void serves_many_clients_in_parallel() throws Exception {
    // a Standard machine for the described and listed executions (AWS neither describes nor lists
    // Express ones), an Express one for StartSyncExecution
    String machine =
        f.sfn
            .createStateMachine(b -> b.name("Double").definition(DOUBLE).roleArn(ROLE))
            .stateMachineArn();
    String express =
        f.sfn
            .createStateMachine(
                b ->
                    b.name("DoubleSync")
                        .definition(DOUBLE)
                        .roleArn(ROLE)
                        .type(StateMachineType.EXPRESS))
            .stateMachineArn();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        results.add(pool.submit(() -> runClient(machine, express, client)));
      }
      for (int c = 0; c < CLIENTS; c++) {
        List<String> outputs = results.get(c).get();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < EXECUTIONS_PER_CLIENT; i++) {
          expected.add("{\"n\":" + 2 * (c * 1000 + i) + "}");
        }
        assertThat(outputs).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            f.sfn
                .listExecutionsPaginator(b -> b.stateMachineArn(machine).maxResults(1000))
                .executions())
        .hasSize(CLIENTS * EXECUTIONS_PER_CLIENT);
  }

  /** Each client starts half of its executions asynchronously and half synchronously. */
  private List<String> runClient(String machine, String express, int client) {
    List<String> outputs = new ArrayList<>();
    try (SfnClient sfn = ServerFixture.client(f.server, true)) {
      for (int i = 0; i < EXECUTIONS_PER_CLIENT; i++) {
        String input = "{\"n\":" + (client * 1000 + i) + "}";
        String arn =
            sfn.startExecution(
                    b ->
                        b.stateMachineArn(machine)
                            .name("c" + client + "-" + outputs.size())
                            .input(input))
                .executionArn();
        String sync = sfn.startSyncExecution(b -> b.stateMachineArn(express).input(input)).output();
        f.emulator.describeExecution(arn).await();
        assertThat(sfn.describeExecution(b -> b.executionArn(arn)).status())
            .isEqualTo(ExecutionStatus.SUCCEEDED);
        outputs.add(sync);
      }
    }
    return outputs;
  }
}
