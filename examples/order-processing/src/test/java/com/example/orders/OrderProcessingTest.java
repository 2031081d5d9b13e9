package com.example.orders;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.equalToJson;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaFunctionError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matchingJsonPath;
import static io.github.sfnemulator.mock.TaskMocks.state;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.fixtures.DynamoDbFixtures;
import io.github.sfnemulator.fixtures.LambdaFixtures;
import io.github.sfnemulator.fixtures.SnsFixtures;
import io.github.sfnemulator.fixtures.SqsFixtures;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsTest;
import io.github.sfnemulator.mock.TaskMocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StepFunctionsTest
class OrderProcessingTest {
  private static final String ORDER = "{\"orderId\":\"o-1\",\"customer\":\"c-7\",\"amount\":42.5}";

  @StateMachineDefinition("order-processing.asl.json")
  StateMachine orders;

  @BeforeEach
  void services_answer(TaskMocks mocks) {
    mocks.stubFor(state("PlaceOrder").willReturn(DynamoDbFixtures.putItemResult()));
    mocks.stubFor(
        lambda("ChargePayment").willReturn(lambdaInvokeResult("{\"paymentId\":\"p-1\"}")));
    mocks.stubFor(
        lambda("PackageOrder").willReturn(lambdaInvokeResult("{\"parcelId\":\"parcel-9\"}")));
    mocks.stubFor(state("NotifyCustomer").willReturn(SnsFixtures.publishResult("n-1")));
    mocks.stubFor(state("QueueShipment").willReturn(SqsFixtures.sendMessageResult("{}", "m-1")));
    mocks.stubFor(lambda("RefundPayment").willReturn(lambdaInvokeResult("{}")));
    mocks.stubFor(state("CancelOrder").willReturn(DynamoDbFixtures.putItemResult()));
    mocks.stubFor(state("NotifyCancellation").willReturn(SnsFixtures.publishResult("n-2")));
  }

  @Test
  void ships_a_paid_order_and_tells_customer_and_warehouse(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution)
        .hasSucceeded()
        .hasEnteredStatesExactly(
            "PlaceOrder",
            "ChargePayment",
            "PackageOrder",
            "NotifyCustomer",
            "QueueShipment",
            "OrderCompleted");
    assertThat(execution)
        .hasOutput(
            "{\"orderId\":\"o-1\",\"paymentId\":\"p-1\",\"parcelId\":\"parcel-9\","
                + "\"status\":\"SHIPPED\"}");
    mocks.verify(
        1,
        invocationsOf("NotifyCustomer")
            .withParameters(matchingJsonPath("$.Message.parcelId", equalToJson("\"parcel-9\""))));
  }

  @Test
  void retries_a_throttled_payment(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        lambda("ChargePayment")
            .willThrow(LambdaFixtures.throttled())
            .thenThrow(LambdaFixtures.throttled())
            .thenReturn(lambdaInvokeResult("{\"paymentId\":\"p-2\"}")));

    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution).hasSucceeded();
    assertThat(execution).state("ChargePayment").wasRetried(2);
    assertThat(execution).outputAt("$.paymentId").asString().isEqualTo("p-2");
  }

  @Test
  void a_declined_card_cancels_the_order_without_a_refund(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        lambda("ChargePayment").willThrow(lambdaFunctionError("PaymentDeclined", "card expired")));

    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution).hasFailedWith("OrderCancelled");
    assertThat(execution).state("ChargePayment").caught("PaymentDeclined").into("CancelOrder");
    assertThat(execution).hasNotEnteredStates("RefundPayment", "PackageOrder");
  }

  @Test
  void a_payment_in_doubt_is_refunded_then_cancelled(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(lambda("ChargePayment").willThrow(LambdaFixtures.timedOut(30)));

    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution)
        .hasFailedWith("OrderCancelled")
        .hasEnteredStatesExactly(
            "PlaceOrder",
            "ChargePayment",
            "RefundPayment",
            "CancelOrder",
            "NotifyCancellation",
            "OrderCancelled");
    assertThat(execution).state("ChargePayment").caught("Lambda.Unknown").into("RefundPayment");
  }

  @Test
  void an_order_that_cannot_be_packaged_is_refunded(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        lambda("PackageOrder").willThrow(lambdaFunctionError("OutOfStock", "sku-3 is sold out")));

    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution).hasFailedWith("OrderCancelled");
    assertThat(execution).state("PackageOrder").caught("OutOfStock").into("RefundPayment");
    mocks.verify(
        1,
        invocationsOf("NotifyCancellation")
            .withParameters(matchingJsonPath("$.Message.reason", equalToJson("\"OutOfStock\""))));
  }

  @Test
  void a_duplicate_order_is_rejected_before_any_charge(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(state("PlaceOrder").willThrow(DynamoDbFixtures.conditionalCheckFailed()));

    Execution execution = sfn.startExecution(orders.arn(), ORDER).await();

    assertThat(execution)
        .hasFailedWith("DuplicateOrder")
        .hasEnteredStatesExactly("PlaceOrder", "DuplicateOrder");
    mocks.verify(0, invocationsOf("ChargePayment"));
  }
}
