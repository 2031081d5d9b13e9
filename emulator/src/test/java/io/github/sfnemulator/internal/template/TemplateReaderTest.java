package io.github.sfnemulator.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

/**
 * YAML short forms become CloudFormation's long forms, as the "Intrinsic function reference" of the
 * CloudFormation user guide writes each pair.
 */
class TemplateReaderTest {

  @Test
  void short_form_tags_become_the_long_form() {
    // GIVEN
    String yaml =
        """
        A: !Ref Stage
        B: !GetAtt Charge.Arn
        C: !GetAtt [Charge, Arn]
        D: !Sub "arn:${AWS::Partition}:s3:::${Bucket}"
        E: !Join [",", [a, !Ref Stage]]
        F: !If [IsProd, !Select [0, !Split [",", "x,y"]], !FindInMap [M, k1, k2]]
        G: !Base64 text
        H: !Equals [!Ref Stage, prod]
        I: !Condition IsProd
        J: !GetAtt Db.Endpoint.Address
        K: !!str 123
        """;

    // WHEN
    JsonNode tree = TemplateReader.read(yaml, "template.yaml");

    // THEN
    assertThat(tree)
        .isEqualTo(
            Json.parse(
                """
                {"A":{"Ref":"Stage"},
                 "B":{"Fn::GetAtt":["Charge","Arn"]},
                 "C":{"Fn::GetAtt":["Charge","Arn"]},
                 "D":{"Fn::Sub":"arn:${AWS::Partition}:s3:::${Bucket}"},
                 "E":{"Fn::Join":[",",["a",{"Ref":"Stage"}]]},
                 "F":{"Fn::If":["IsProd",{"Fn::Select":[0,{"Fn::Split":[",","x,y"]}]},{"Fn::FindInMap":["M","k1","k2"]}]},
                 "G":{"Fn::Base64":"text"},
                 "H":{"Fn::Equals":[{"Ref":"Stage"},"prod"]},
                 "I":{"Condition":"IsProd"},
                 "J":{"Fn::GetAtt":["Db","Endpoint.Address"]},
                 "K":"123"}
                """));
  }

  @Test
  void json_templates_are_read_as_json_and_bad_text_names_the_template() {
    // WHEN / THEN
    assertThat(TemplateReader.read("{\"Resources\":{}}", "Stack.template.json").has("Resources"))
        .isTrue();
    assertThatThrownBy(() -> TemplateReader.read("{\"Resources\":", "Stack.template.json"))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageStartingWith("Template 'Stack.template.json': it is not valid JSON (line 1");
    assertThatThrownBy(() -> TemplateReader.read("- a\n- b\n", "template.yaml"))
        .hasMessage(
            "Template 'template.yaml': it holds no object. Give a CloudFormation, SAM or CDK"
                + " template.");
  }
}
