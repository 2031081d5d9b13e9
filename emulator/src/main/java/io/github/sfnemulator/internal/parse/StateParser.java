package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.ChoiceBranch;
import io.github.sfnemulator.internal.model.ChoiceState;
import io.github.sfnemulator.internal.model.DataFlow;
import io.github.sfnemulator.internal.model.FailState;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.ParallelState;
import io.github.sfnemulator.internal.model.PassState;
import io.github.sfnemulator.internal.model.QueryLanguage;
import io.github.sfnemulator.internal.model.State;
import io.github.sfnemulator.internal.model.StateCommon;
import io.github.sfnemulator.internal.model.SucceedState;
import io.github.sfnemulator.internal.model.TaskResource;
import io.github.sfnemulator.internal.model.TaskState;
import io.github.sfnemulator.internal.model.Transition;
import io.github.sfnemulator.internal.model.WaitState;
import io.github.sfnemulator.internal.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/** Builds one state of the model from its JSON object. */
final class StateParser {
  private StateParser() {}

  static State parse(String name, JsonNode node, String pointer, QueryLanguage machineLanguage) {
    QueryLanguage language =
        node.has("QueryLanguage")
            ? QueryLanguage.fromAsl(node.get("QueryLanguage").asText())
            : machineLanguage;
    FieldCompiler f = new FieldCompiler(node, pointer, language);
    Transition transition =
        node.has("Next") ? new Transition(node.get("Next").asText()) : Transition.END;
    StateCommon common = new StateCommon(name, pointer, language, transition, f.text("Comment"));
    String type = node.path("Type").asText();
    return switch (type) {
      case "Pass" -> new PassState(common, dataFlow(f, "Parameters"), node.get("Result"));
      case "Task" -> task(common, f);
      case "Choice" -> choice(common, f);
      case "Wait" ->
          new WaitState(
              common, dataFlow(f, null), f.valueOrPath("Seconds"), f.valueOrPath("Timestamp"));
      case "Succeed" -> new SucceedState(common, dataFlow(f, null));
      case "Fail" -> new FailState(common, f.stringOrPath("Error"), f.stringOrPath("Cause"));
      case "Parallel" -> parallel(common, f, pointer, machineLanguage);
      case "Map" -> map(common, f, pointer, machineLanguage);
      default -> throw new ParseProblem(pointer + "/Type", "Unknown state type '" + type + "'.");
    };
  }

  static DataFlow dataFlow(FieldCompiler f, String parametersField) {
    boolean jsonata = f.language() == QueryLanguage.JSONATA;
    Field parameters =
        jsonata
            ? f.template("Arguments")
            : parametersField == null ? null : f.template(parametersField);
    return new DataFlow(
        jsonata ? DataFlow.ROOT : f.path("InputPath", DataFlow.ROOT),
        parameters,
        jsonata ? null : f.template("ResultSelector"),
        jsonata ? DataFlow.RESULT_ROOT : f.resultPath(DataFlow.RESULT_ROOT),
        jsonata ? DataFlow.ROOT : f.path("OutputPath", DataFlow.ROOT),
        jsonata ? f.template("Output") : null,
        f.template("Assign"));
  }

  private static TaskState task(StateCommon common, FieldCompiler f) {
    String resource = f.text("Resource");
    return new TaskState(
        common,
        dataFlow(f, "Parameters"),
        resource,
        resource == null ? null : TaskResource.of(resource),
        f.valueOrPath("TimeoutSeconds"),
        f.valueOrPath("HeartbeatSeconds"),
        f.raw("Credentials"),
        Recovery.retriers(f.raw("Retry")),
        Recovery.catchers(f, f.raw("Catch"), common.pointer()));
  }

  private static ChoiceState choice(StateCommon common, FieldCompiler f) {
    List<ChoiceBranch> branches = new ArrayList<>();
    JsonNode choices = f.raw("Choices");
    for (int i = 0; choices != null && i < choices.size(); i++) {
      String rulePointer = common.pointer() + "/Choices/" + i;
      JsonNode rule = choices.get(i);
      FieldCompiler rf = new FieldCompiler(rule, rulePointer, f.language());
      branches.add(
          new ChoiceBranch(
              ChoiceRules.parse(rule, rf),
              rule.path("Next").asText(),
              rf.template("Assign"),
              rf.language() == QueryLanguage.JSONATA ? rf.template("Output") : null));
    }
    return new ChoiceState(common, dataFlow(f, null), branches, f.text("Default"));
  }

  private static ParallelState parallel(
      StateCommon common, FieldCompiler f, String pointer, QueryLanguage machineLanguage) {
    List<Workflow> branches = new ArrayList<>();
    JsonNode raw = f.raw("Branches");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      branches.add(
          DefinitionParser.workflow(raw.get(i), pointer + "/Branches/" + i, machineLanguage));
    }
    return new ParallelState(
        common,
        dataFlow(f, "Parameters"),
        branches,
        Recovery.retriers(f.raw("Retry")),
        Recovery.catchers(f, f.raw("Catch"), pointer));
  }

  private static MapState map(
      StateCommon common, FieldCompiler f, String pointer, QueryLanguage machineLanguage) {
    return MapParser.parse(common, f, pointer, machineLanguage);
  }
}
