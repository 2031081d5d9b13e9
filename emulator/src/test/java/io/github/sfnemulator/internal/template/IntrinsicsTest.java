package io.github.sfnemulator.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intrinsic functions resolved as CloudFormation's "Intrinsic function reference" and "Pseudo
 * parameters reference" describe them.
 */
class IntrinsicsTest {
  private static final String TEMPLATE =
      """
      Parameters:
        Stage: {Type: String, Default: dev}
        Zones: {Type: CommaDelimitedList, Default: "a,b,c"}
      Mappings:
        Sizes: {dev: {Memory: 128}}
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
        IsDev: !Not [!Condition IsProd]
        DevAndUsEast: !And [!Condition IsDev, !Equals [!Ref "AWS::Region", us-east-1]]
      Resources:
        Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: !Sub "data-${Stage}"}}
        Queue: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs.fifo}}
        Loop: {Type: AWS::SNS::Topic, Properties: {TopicName: !GetAtt Loop.TopicName}}
        Job: {Type: AWS::Glue::Job}
      """;

  private final Intrinsics intrinsics =
      new Intrinsics(
          TemplateDocument.of("template.yaml", TemplateReader.read(TEMPLATE, "template.yaml")),
          new Account("aws", "us-east-1", "123456789012", "stack"),
          Map.of("Imported", "from-another-stack"));

  private JsonNode resolve(String yaml) {
    return intrinsics.resolve(
        TemplateReader.read("V: " + yaml, "x.yaml").get("V"), new Where("template.yaml", "R", "F"));
  }

  @Test
  void resolves_each_function() {
    assertThat(resolve("!Sub '${AWS::StackName}-${Stage}-${!Literal}-${Bucket.Arn}'").textValue())
        .isEqualTo("stack-dev-${Literal}-arn:aws:s3:::data-dev");
    assertThat(resolve("!Sub ['${A}/${AWS::AccountId}', {A: !Ref Queue}]").textValue())
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/jobs.fifo/123456789012");
    assertThat(resolve("!Join ['-', !Ref Zones]").textValue()).isEqualTo("a-b-c");
    assertThat(resolve("!Select [1, !Ref Zones]").textValue()).isEqualTo("b");
    assertThat(resolve("!FindInMap [Sizes, !Ref Stage, Memory]").intValue()).isEqualTo(128);
    assertThat(resolve("!If [DevAndUsEast, east, west]").textValue()).isEqualTo("east");
    assertThat(resolve("!Base64 hi").textValue()).isEqualTo("aGk=");
    assertThat(resolve("!ImportValue Imported").textValue()).isEqualTo("from-another-stack");
    assertThat(resolve("!GetAtt Job.Arn").textValue())
        .isEqualTo("arn:aws:glue:us-east-1:123456789012:job/Job");
    assertThat(resolve("[a, !Ref AWS::NoValue, b]")).isEqualTo(Json.parse("[\"a\",\"b\"]"));
  }

  @Test
  void what_cannot_be_resolved_names_the_function_and_the_fix() {
    assertThatThrownBy(() -> resolve("!ImportValue Other"))
        .hasMessage(
            "Template 'template.yaml', resource 'R', field 'F/Fn::ImportValue': Fn::ImportValue"
                + " 'Other' is another stack's export, which the emulator cannot see. Give its"
                + " value with TemplateOptions value(\"Other\", ...).");
    assertThatThrownBy(() -> resolve("!GetAtt Loop.TopicName"))
        .hasMessageContaining("resource 'Loop', field 'Properties/TopicName'")
        .hasMessageContaining("the name refers to itself");
    assertThatThrownBy(() -> resolve("!Select [5, !Ref Zones]"))
        .hasMessageEndingWith("Fn::Select index '5' is outside the list of 3 values.");
    assertThatThrownBy(() -> resolve("!Cidr [x, 1, 2]"))
        .hasMessageContaining("Fn::Cidr is not an intrinsic function the emulator resolves");
    assertThatThrownBy(() -> resolve("!If [Nope, a, b]"))
        .hasMessageContaining("Condition 'Nope' is not in the template's Conditions.");
  }
}
