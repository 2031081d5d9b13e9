package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionStatesTest {

  @Test
  void finds_states_inside_maps_and_parallels_in_json_and_yaml() {
    // GIVEN a Map (ItemProcessor), a legacy Map (Iterator) and a Parallel
    String json =
        """
        {"StartAt":"Items","States":{
          "Items":{"Type":"Map","ItemProcessor":{"StartAt":"ReserveInventory","States":{
            "ReserveInventory":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}},"Next":"Old"},
          "Old":{"Type":"Map","Iterator":{"StartAt":"Each","States":{"Each":{"Type":"Pass","End":true}}},"Next":"Both"},
          "Both":{"Type":"Parallel","Branches":[{"StartAt":"Left","States":{"Left":{"Type":"Succeed"}}}],"End":true}}}
        """;
    String yaml =
        """
        StartAt: Items
        States:
          Items:
            Type: Map
            ItemProcessor:
              StartAt: ReserveInventory
              States:
                ReserveInventory: {Type: Task, Resource: "arn:aws:states:::lambda:invoke", End: true}
            End: true
        """;

    // WHEN
    DefinitionStates fromJson = DefinitionStates.of(json);
    DefinitionStates fromYaml = DefinitionStates.of(yaml);

    // THEN
    assertThat(fromJson.type("ReserveInventory")).isEqualTo("Task");
    assertThat(fromJson.type("Each")).isEqualTo("Pass");
    assertThat(fromJson.type("Left")).isEqualTo("Succeed");
    assertThat(fromJson.has("Reserve")).isFalse();
    assertThat(fromJson.closest("ReserveInventroy")).isEqualTo("ReserveInventory");
    assertThat(fromJson.closest("both")).isEqualTo("Both");
    assertThat(fromYaml.type("ReserveInventory")).isEqualTo("Task");
  }
}
