package io.github.sfnemulator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.StatesException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceRoutesTest {
  private static final TaskResponse MOCKED = TaskResponse.returning("{\"from\":\"mock\"}");
  private static final TaskResponse SERVICES = TaskResponse.returning("{\"from\":\"services\"}");

  @Test
  void names_the_service_of_each_kind_of_resource() {
    assertThat(ServiceRoutes.serviceOf("arn:aws:states:::dynamodb:putItem")).isEqualTo("dynamodb");
    assertThat(ServiceRoutes.serviceOf("arn:aws:states:::sqs:sendMessage.waitForTaskToken"))
        .isEqualTo("sqs");
    assertThat(ServiceRoutes.serviceOf("arn:aws:states:::aws-sdk:s3:getObject")).isEqualTo("s3");
    assertThat(ServiceRoutes.serviceOf("arn:aws:lambda:us-east-1:123456789012:function:f"))
        .isEqualTo("lambda");
    assertThat(ServiceRoutes.serviceOf("arn:aws:states:::lambda:invoke")).isEqualTo("lambda");
    assertThat(ServiceRoutes.serviceOf("arn:aws:states:us-east-1:123456789012:activity:a"))
        .isNull();
  }

  @Test
  void routes_listed_states_and_services_or_everything_without_lists() {
    ServiceRoutes routes = new ServiceRoutes(Set.of("Save"), Set.of("sqs"));

    assertThat(routes.routes(call("Save", "arn:aws:states:::sns:publish"))).isTrue();
    assertThat(routes.routes(call("Queue", "arn:aws:states:::sqs:sendMessage"))).isTrue();
    assertThat(routes.routes(call("Notify", "arn:aws:states:::sns:publish"))).isFalse();
    assertThat(ServiceRoutes.all().routes(call("Notify", "arn:aws:states:::sns:publish"))).isTrue();
  }

  @Test
  void a_mock_wins_then_routed_calls_go_to_the_services_and_others_to_the_unrouted() {
    TaskMocks mocks =
        TaskMocks.create().stubFor(TaskMocks.state("Mocked").willReturn("{\"from\":\"mock\"}"));
    TaskResponder responder =
        new ServiceRoutes(Set.of("Mocked", "Routed"), Set.of())
            .responder(mocks, c -> SERVICES, mocks);

    assertThat(responder.respond(call("Mocked", "arn:aws:states:::sns:publish"))).isEqualTo(MOCKED);
    assertThat(responder.respond(call("Routed", "arn:aws:states:::sns:publish")))
        .isEqualTo(SERVICES);
    assertThatThrownBy(() -> responder.respond(call("Other", "arn:aws:states:::sns:publish")))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("'Other'");
  }

  private static TaskCall call(String state, String resource) {
    return new TaskCall("arn:exec", state, resource, null, 0, null);
  }
}
