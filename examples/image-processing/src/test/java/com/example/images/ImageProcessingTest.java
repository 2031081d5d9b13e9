package com.example.images;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.equalToJson;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matchingJsonPath;
import static io.github.sfnemulator.mock.TaskMocks.state;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.fixtures.DynamoDbFixtures;
import io.github.sfnemulator.fixtures.DynamoDbJson;
import io.github.sfnemulator.fixtures.LambdaFixtures;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsTest;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.template.StateMachineTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StepFunctionsTest
class ImageProcessingTest {
  private static final String UPLOAD = "{\"bucket\":\"uploads\",\"key\":\"cat.jpg\"}";

  // The state machine as template.yaml deploys it: DefinitionUri and DefinitionSubstitutions
  // resolved.
  @StateMachineDefinition(value = "template.yaml", logicalId = "ImageProcessingStateMachine")
  StateMachine images;

  @StateMachineDefinition("template.yaml")
  StateMachineTemplate template;

  @BeforeEach
  void services_answer(TaskMocks mocks) {
    // Keyed by the function's logical id: whichever state invokes it.
    mocks.stubFor(
        template
            .lambdaFunction("CreateThumbnailFunction")
            .willReturn(lambdaInvokeResult("{\"thumbnailKey\":\"thumbs/cat.jpg\"}")));
    mocks.stubFor(
        lambda("DetectFeatures")
            .willReturn(lambdaInvokeResult("{\"labels\":[\"cat\",\"sofa\"],\"faces\":0}")));
    mocks.stubFor(state("WriteMetadata").willReturn(DynamoDbFixtures.putItemResult()));
    mocks.stubFor(state("MarkFailed").willReturn(DynamoDbFixtures.putItemResult()));
  }

  @Test
  void writes_the_thumbnail_and_the_features_to_dynamodb(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    Execution execution = sfn.startExecution(images.arn(), UPLOAD).await();

    assertThat(execution)
        .hasSucceeded()
        .hasEnteredStates("ProcessImage", "WriteMetadata", "Processed")
        .hasEnteredStates("CreateThumbnail", "DetectFeatures");
    assertThat(execution)
        .hasOutput(
            "{\"imageKey\":\"cat.jpg\",\"thumbnailKey\":\"thumbs/cat.jpg\","
                + "\"labels\":[\"cat\",\"sofa\"]}");
    // The item written, read back as plain JSON.
    var written = mocks.findAll(invocationsOf("WriteMetadata")).get(0).parameters();
    assertThat(written.get("TableName").textValue()).isEqualTo("images");
    var item = written.get("Item");
    assertThat(DynamoDbJson.plain(item).toString())
        .isEqualTo(
            "{\"imageKey\":\"cat.jpg\",\"thumbnailKey\":\"thumbs/cat.jpg\","
                + "\"labels\":[\"cat\",\"sofa\"],\"faces\":0,\"status\":\"PROCESSED\"}");
  }

  @Test
  void retries_a_throttled_branch_without_redoing_the_other(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        lambda("DetectFeatures")
            .willThrow(LambdaFixtures.throttled())
            .thenReturn(lambdaInvokeResult("{\"labels\":[\"dog\"],\"faces\":1}")));

    Execution execution = sfn.startExecution(images.arn(), UPLOAD).await();

    assertThat(execution).hasSucceeded();
    assertThat(execution).state("DetectFeatures").wasRetried(1);
    assertThat(execution).state("CreateThumbnail").wasNotRetried();
    mocks.verify(1, invocationsOf("CreateThumbnail"));
  }

  @Test
  void a_failed_branch_marks_the_image_failed(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        lambda("CreateThumbnail")
            .willThrow(LambdaFixtures.unhandledError("UnidentifiedImageError", "not an image")));

    Execution execution = sfn.startExecution(images.arn(), UPLOAD).await();

    assertThat(execution).hasFailedWith("ImageNotProcessed");
    assertThat(execution).state("ProcessImage").caught("UnidentifiedImageError").into("MarkFailed");
    assertThat(execution).hasNotEnteredStates("WriteMetadata");
    mocks.verify(
        1,
        invocationsOf("MarkFailed")
            .withParameters(
                matchingJsonPath("$.Item.reason.S", equalToJson("\"UnidentifiedImageError\""))));
  }

  @Test
  void a_busy_table_is_retried(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(
        state("WriteMetadata")
            .willThrow(DynamoDbFixtures.provisionedThroughputExceeded())
            .thenThrow(DynamoDbFixtures.provisionedThroughputExceeded())
            .thenReturn(DynamoDbFixtures.putItemResult()));

    Execution execution = sfn.startExecution(images.arn(), UPLOAD).await();

    assertThat(execution).hasSucceeded();
    assertThat(execution).state("WriteMetadata").wasRetried(2);
  }
}
