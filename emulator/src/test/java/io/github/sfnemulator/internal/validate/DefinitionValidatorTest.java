package io.github.sfnemulator.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.Severity;
import io.github.sfnemulator.validation.ValidationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One or more invalid definitions per check, each asserting the code and the location. */
class DefinitionValidatorTest {
  private static final String END = "'End':true";
  private static final String LAMBDA = "'Resource':'arn:aws:states:::lambda:invoke'";

  static Stream<Arguments> invalid_definitions() {
    return Stream.of(
        // machine fields
        row(
            "missing StartAt",
            "{'States':{'A':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED",
            ""),
        row("missing States", "{'StartAt':'A'}", "SCHEMA_VALIDATION_FAILED", ""),
        row("empty States", "{'StartAt':'A','States':{}}", "SCHEMA_VALIDATION_FAILED", "/States"),
        row(
            "unknown top-level field",
                "{'StartAt':'A','Statez':1,'States':{'A':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED", "/Statez"),
        row(
            "StartAt names no state", "{'StartAt':'X','States':{'A':{'Type':'Succeed'}}}",
            "MISSING_TRANSITION_TARGET", "/StartAt"),
        row(
            "bad top-level QueryLanguage",
                "{'QueryLanguage':'XPath','StartAt':'A','States':{'A':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED", "/QueryLanguage"),
        row(
            "zero machine timeout",
                "{'TimeoutSeconds':0,'StartAt':'A','States':{'A':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED", "/TimeoutSeconds"),
        row(
            "unknown branch field",
            def(
                "'A':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'B','States':{'B':{'Type':'Succeed'}},'TimeoutSeconds':3}]}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Branches/0/TimeoutSeconds"),
        // state fields
        row("state not an object", def("'A':[]"), "SCHEMA_VALIDATION_FAILED", "/States/A"),
        row("missing Type", def("'A':{'End':true}"), "SCHEMA_VALIDATION_FAILED", "/States/A"),
        row(
            "unknown Type",
            def("'A':{'Type':'Lambda','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Type"),
        row(
            "Task without Resource",
            def("'A':{'Type':'Task','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "unknown field",
            def("'A':{'Type':'Pass','Foo':1,'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Foo"),
        row(
            "Seconds in a Task",
            def("'A':{'Type':'Task'," + LAMBDA + ",'Seconds':1,'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Seconds"),
        row(
            "wrong field type",
            def("'A':{'Type':'Pass','InputPath':5,'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/InputPath"),
        row(
            "End not boolean",
            def("'A':{'Type':'Pass','End':'yes'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/End"),
        row(
            "Comment not string",
            def("'A':{'Type':'Pass','Comment':1,'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Comment"),
        // query languages
        row(
            "JSONPath field in JSONata machine",
                "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','InputPath':'$.a','End':true}}}",
            "SCHEMA_VALIDATION_FAILED", "/States/A/InputPath"),
        row(
            "JSONata field in JSONPath state",
            def("'A':{'Type':'Task'," + LAMBDA + ",'Arguments':{},'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Arguments"),
        row(
            "JSONPath state in JSONata machine",
                "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','QueryLanguage':'JSONPath','End':true}}}",
            "SCHEMA_VALIDATION_FAILED", "/States/A/QueryLanguage"),
        row(
            "bad state QueryLanguage",
            def("'A':{'Type':'Pass','QueryLanguage':'jsonata','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/QueryLanguage"),
        row(
            "Catch ResultPath in JSONata",
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Task',"
                + LAMBDA
                + ",'End':true,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'B','ResultPath':'$.e'}]},'B':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Catch/0/ResultPath"),
        // transitions
        row(
            "Next names no state",
            def("'A':{'Type':'Pass','Next':'B'}"),
            "MISSING_TRANSITION_TARGET",
            "/States/A/Next"),
        row(
            "Default names no state",
            def(
                "'A':{'Type':'Choice','Choices':[{'Variable':'$.a','IsNull':true,'Next':'B'}],'Default':'X'},'B':{'Type':'Succeed'}"),
            "MISSING_TRANSITION_TARGET",
            "/States/A/Default"),
        row(
            "choice rule Next names no state",
            def(
                "'A':{'Type':'Choice','Choices':[{'Variable':'$.a','IsNull':true,'Next':'X'}],'Default':'B'},'B':{'Type':'Succeed'}"),
            "MISSING_TRANSITION_TARGET",
            "/States/A/Choices/0/Next"),
        row(
            "Catch Next names no state",
            def(
                "'A':{'Type':'Task',"
                    + LAMBDA
                    + ",'End':true,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'X'}]}"),
            "MISSING_TRANSITION_TARGET",
            "/States/A/Catch/0/Next"),
        row(
            "branch state jumps out of its branch",
            def(
                "'A':{'Type':'Parallel','Next':'B','Branches':[{'StartAt':'B1','States':{'B1':{'Type':'Pass','Next':'B'}}}]},'B':{'Type':'Succeed'}"),
            "MISSING_TRANSITION_TARGET",
            "/States/A/Branches/0/States/B1/Next"),
        row(
            "Map processor state names no state",
                "{'StartAt':'Fan','States':{'Fan':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'X','States':{'X':{'Type':'Pass','Next':'Y'}}}}}}",
            "MISSING_TRANSITION_TARGET", "/States/Fan/ItemProcessor/States/X/Next"),
        row(
            "slash and tilde escaped in pointer",
                "{'StartAt':'a/b~c','States':{'a/b~c':{'Type':'Pass','Next':'nope'}}}",
            "MISSING_TRANSITION_TARGET", "/States/a~1b~0c/Next"),
        row(
            "unreachable state",
            def("'A':{'Type':'Succeed'},'B':{'Type':'Succeed'}"),
            "UNREACHABLE_STATE",
            "/States/B"),
        row(
            "neither Next nor End",
            def("'A':{'Type':'Pass'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "End false and no Next",
            def("'A':{'Type':'Pass','End':false}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "both Next and End",
            def("'A':{'Type':'Pass','Next':'A','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/End"),
        row(
            "Succeed with Next",
            def("'A':{'Type':'Succeed','Next':'A'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Next"),
        row(
            "Fail with End",
            def("'A':{'Type':'Fail','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/End"),
        row(
            "Choice with End",
            def(
                "'A':{'Type':'Choice','Choices':[{'Variable':'$.a','IsNull':true,'Next':'B'}],'End':true},'B':{'Type':'Succeed'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/End"),
        row(
            "no terminal state",
            def("'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'}"),
            "MISSING_END_STATE",
            "/States"),
        row(
            "no terminal state in a branch",
            def(
                "'A':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'B','States':{'B':{'Type':'Pass','Next':'B'}}}]}"),
            "MISSING_END_STATE",
            "/States/A/Branches/0/States"),
        // choice rules
        row(
            "empty Choices",
            def("'A':{'Type':'Choice','Choices':[],'Default':'B'},'B':{'Type':'Succeed'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices"),
        row(
            "unknown operator",
            choice("{'Variable':'$.a','StringEqual':'x','Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/StringEqual"),
        row(
            "no operator",
            choice("{'Variable':'$.a','Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0"),
        row(
            "several operators",
            choice("{'Variable':'$.a','IsNull':true,'IsString':true,'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0"),
        row(
            "operator without Variable",
            choice("{'IsNull':true,'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0"),
        row(
            "Variable not a path",
            choice("{'Variable':'a','IsNull':true,'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/Variable"),
        row(
            "Path operator not a path",
            choice("{'Variable':'$.a','StringEqualsPath':'b','Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/StringEqualsPath"),
        row(
            "numeric operand not a number",
            choice("{'Variable':'$.a','NumericEquals':'1','Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/NumericEquals"),
        row(
            "malformed timestamp operand",
            choice("{'Variable':'$.a','TimestampEquals':'2016-13-01T00:00:00Z','Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/TimestampEquals"),
        row(
            "top-level rule without Next",
            choice("{'Variable':'$.a','IsNull':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0"),
        row(
            "nested rule with Next",
            choice("{'And':[{'Variable':'$.a','IsNull':true,'Next':'B'}],'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/And/0/Next"),
        row(
            "empty And",
            choice("{'And':[],'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/And"),
        row(
            "bad rule inside Not",
            choice("{'Not':{'Variable':'$.a'},'Next':'B'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Choices/0/Not"),
        row(
            "JSONata rule without Condition",
                "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Choice','Choices':[{'Next':'B'}],'Default':'B'},'B':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED", "/States/A/Choices/0"),
        row(
            "Variable in JSONata rule",
                "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Choice','Choices':[{'Condition':true,'Variable':'$.a','Next':'B'}],'Default':'B'},'B':{'Type':'Succeed'}}}",
            "SCHEMA_VALIDATION_FAILED", "/States/A/Choices/0/Variable"),
        // retry and catch
        row(
            "States.ALL not last retrier",
            task("'Retry':[{'ErrorEquals':['States.ALL']},{'ErrorEquals':['X']}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/ErrorEquals/0"),
        row(
            "States.ALL not alone in catcher",
            task("'Catch':[{'ErrorEquals':['X','States.ALL'],'Next':'A'}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Catch/0/ErrorEquals/1"),
        row(
            "empty ErrorEquals",
            task("'Retry':[{'ErrorEquals':[]}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/ErrorEquals"),
        row(
            "retrier without ErrorEquals",
            task("'Retry':[{'MaxAttempts':1}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0"),
        row(
            "negative MaxAttempts",
            task("'Retry':[{'ErrorEquals':['X'],'MaxAttempts':-1}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/MaxAttempts"),
        row(
            "BackoffRate below 1",
            task("'Retry':[{'ErrorEquals':['X'],'BackoffRate':0.5}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/BackoffRate"),
        row(
            "zero IntervalSeconds",
            task("'Retry':[{'ErrorEquals':['X'],'IntervalSeconds':0}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/IntervalSeconds"),
        row(
            "zero MaxDelaySeconds",
            task("'Retry':[{'ErrorEquals':['X'],'MaxDelaySeconds':0}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/MaxDelaySeconds"),
        row(
            "bad JitterStrategy",
            task("'Retry':[{'ErrorEquals':['X'],'JitterStrategy':'SOME'}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/JitterStrategy"),
        row(
            "unknown retrier field",
            task("'Retry':[{'ErrorEquals':['X'],'Attempts':2}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Retry/0/Attempts"),
        row(
            "catcher without Next",
            task("'Catch':[{'ErrorEquals':['X']}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Catch/0"),
        row(
            "Output in JSONPath catcher",
            task("'Catch':[{'ErrorEquals':['X'],'Next':'A','Output':{}}]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Catch/0/Output"),
        // Task, Wait, Fail
        row(
            "Resource not an ARN",
            def("'A':{'Type':'Task','Resource':'lambda:invoke','End':true}"),
            "INVALID_RESOURCE",
            "/States/A/Resource"),
        row(
            "zero TimeoutSeconds",
            task("'TimeoutSeconds':0"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/TimeoutSeconds"),
        row(
            "negative HeartbeatSeconds",
            task("'HeartbeatSeconds':-5"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/HeartbeatSeconds"),
        row(
            "heartbeat not below timeout",
            task("'TimeoutSeconds':10,'HeartbeatSeconds':10"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/HeartbeatSeconds"),
        row(
            "TimeoutSeconds and its Path",
            task("'TimeoutSeconds':10,'TimeoutSecondsPath':'$.t'"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/TimeoutSecondsPath"),
        row(
            "Wait without duration",
            def("'A':{'Type':'Wait','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "Wait with two durations",
            def("'A':{'Type':'Wait','Seconds':1,'SecondsPath':'$.s','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "malformed Wait Timestamp",
            def("'A':{'Type':'Wait','Timestamp':'2024-01-01 10:00','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Timestamp"),
        row(
            "negative Wait Seconds",
            def("'A':{'Type':'Wait','Seconds':-1,'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Seconds"),
        row(
            "Fail with Error and ErrorPath",
            def("'A':{'Type':'Fail','Error':'E','ErrorPath':'$.e'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ErrorPath"),
        row(
            "Fail with Cause and CausePath",
            def("'A':{'Type':'Fail','Cause':'C','CausePath':'$.c'}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/CausePath"),
        // Parallel and Map
        row(
            "Parallel without branches",
            def("'A':{'Type':'Parallel','Branches':[],'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Branches"),
        row(
            "Parallel branch not an object",
            def("'A':{'Type':'Parallel','Branches':[1],'End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Branches/0"),
        row(
            "Map without processor",
            def("'A':{'Type':'Map','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "Map with both processors",
            map("'Iterator':{'StartAt':'J','States':{'J':{'Type':'Succeed'}}}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A"),
        row(
            "bad ProcessorConfig Mode",
            def(
                "'A':{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'FAST'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}}}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ItemProcessor/ProcessorConfig/Mode"),
        row(
            "DISTRIBUTED without ExecutionType",
            def(
                "'A':{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}}}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ItemProcessor/ProcessorConfig"),
        row(
            "percentage above 100",
            map("'ToleratedFailurePercentage':150"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ToleratedFailurePercentage"),
        row(
            "negative MaxConcurrency",
            map("'MaxConcurrency':-1"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/MaxConcurrency"),
        row(
            "MaxConcurrency and its Path",
            map("'MaxConcurrency':1,'MaxConcurrencyPath':'$.m'"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/MaxConcurrencyPath"),
        row(
            "ToleratedFailureCount and its Path",
            map("'ToleratedFailureCount':1,'ToleratedFailureCountPath':'$.m'"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ToleratedFailureCountPath"),
        row(
            "unknown ItemReader field",
            map("'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Reader':{}}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ItemReader/Reader"),
        row(
            "Items in a JSONPath Map",
            map("'Items':[1]"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/Items"),
        // names
        row(
            "state name too long",
                "{'StartAt':'"
                    + "n".repeat(81)
                    + "','States':{'"
                    + "n".repeat(81)
                    + "':{'Type':'Succeed'}}}",
            "INVALID_STATE_NAME", "/States/" + "n".repeat(81)),
        row(
            "control character in state name",
            "{'StartAt':'A\\u0001','States':{'A\\u0001':{'Type':'Succeed'}}}",
            "INVALID_STATE_NAME",
            "/States/A\u0001"),
        row(
            "state name reused in a branch",
            def(
                "'A':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'A','States':{'A':{'Type':'Succeed'}}}]}"),
            "DUPLICATE_STATE_NAME",
            "/States/A/Branches/0/States/A"),
        row(
            "state name reused in two Map processors",
            def(
                "'A':{'Type':'Map','Next':'B','ItemProcessor':{'StartAt':'X','States':{'X':{'Type':'Succeed'}}}},'B':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'X','States':{'X':{'Type':'Succeed'}}}}"),
            "DUPLICATE_STATE_NAME",
            "/States/B/ItemProcessor/States/X"),
        row(
            "state name twice in one States object",
            def("'A':{'Type':'Succeed'},'A':{'Type':'Succeed'}"),
            "DUPLICATE_STATE_NAME",
            "/States/A"),
        // paths the placeholder compilers already reject
        row(
            "InputPath without $",
            def("'A':{'Type':'Pass','InputPath':'a','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/InputPath"),
        row(
            "ResultPath without $",
            def("'A':{'Type':'Pass','ResultPath':'a','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ResultPath"),
        row(
            "ItemsPath without $",
            map("'ItemsPath':'items'"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/ItemsPath"),
        row(
            "SecondsPath without $",
            def("'A':{'Type':'Wait','SecondsPath':'s','End':true}"),
            "SCHEMA_VALIDATION_FAILED",
            "/States/A/SecondsPath"),
        // warnings
        row(
            "path as literal comparison",
            choice("{'Variable':'$.a','StringEquals':'$.b','Next':'B'}"),
            "NO_PATH",
            "/States/A/Choices/0/StringEquals"),
        row(
            "path without .$",
            def("'A':{'Type':'Pass','Parameters':{'x':{'a':'$.b'}},'End':true}"),
            "NO_DOLLAR",
            "/States/A/Parameters/x/a"),
        row(
            "intrinsic without .$",
            def("'A':{'Type':'Pass','Parameters':{'a':'States.UUID()'},'End':true}"),
            "NO_DOLLAR",
            "/States/A/Parameters/a"),
        row(
            "custom error name with the reserved prefix",
            task("'Retry':[{'ErrorEquals':['States.TaskFailure']}]"),
            "RESERVED_ERROR_NAME",
            "/States/A/Retry/0/ErrorEquals/0"),
        row(
            "path in Pass Result",
            def("'A':{'Type':'Pass','Result':{'a.$':'$.b'},'End':true}"),
            "PASS_RESULT_IS_STATIC",
            "/States/A/Result/a.$"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid_definitions")
  void reports_code_at_location(String name, String definition, String code, String location) {
    // WHEN
    ValidationResult result = DefinitionValidator.validate(definition);

    // THEN
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::location)
        .contains(tuple(code, location));
    Severity expected =
        code.equals("NO_PATH")
                || code.equals("NO_DOLLAR")
                || code.startsWith("PASS_")
                || code.equals("RESERVED_ERROR_NAME")
            ? Severity.WARNING
            : Severity.ERROR;
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals(code) && d.location().equals(location))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(expected));
  }

  @Test
  void reports_every_problem_at_once_in_document_order() {
    // GIVEN
    String definition =
        def(
            "'A':{'Type':'Pass','Next':'X'},'B':{'Type':'Task','Resource':'nope','Foo':1,'End':true}");

    // WHEN
    ValidationResult result = DefinitionValidator.validate(definition.replace('\'', '"'));

    // THEN
    assertThat(result.diagnostics())
        .extracting(Diagnostic::location, Diagnostic::code)
        .containsExactly(
            tuple("/States/A/Next", "MISSING_TRANSITION_TARGET"),
            tuple("/States/B", "UNREACHABLE_STATE"),
            tuple("/States/B/Resource", "INVALID_RESOURCE"),
            tuple("/States/B/Foo", "SCHEMA_VALIDATION_FAILED"));
  }

  @Test
  void reports_too_deep_nesting_once() {
    // GIVEN 22 Parallel states, each inside the previous one's branch
    String inner = "{'StartAt':'S','States':{'S':{'Type':'Succeed'}}}".replace("'S'", "'S0'");
    for (int i = 1; i <= 22; i++) {
      inner =
          "{'StartAt':'P"
              + i
              + "','States':{'P"
              + i
              + "':{'Type':'Parallel','End':true,'Branches':["
              + inner
              + "]}}}";
    }

    // WHEN
    ValidationResult result = DefinitionValidator.validate(inner.replace('\'', '"'));

    // THEN
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("TOO_DEEPLY_NESTED");
  }

  @Test
  void accepts_a_valid_definition_with_every_state_type() {
    // GIVEN
    String definition =
        def(
            "'A':{'Type':'Pass','Result':{'x':1},'ResultPath':'$.r','Next':'T'},"
                + "'T':{'Type':'Task',"
                + LAMBDA
                + ",'Parameters':{'p.$':'$.x'},'TimeoutSeconds':60,'HeartbeatSeconds':10,"
                + "'Retry':[{'ErrorEquals':['States.Timeout'],'MaxAttempts':2,'BackoffRate':2,'JitterStrategy':'FULL'},{'ErrorEquals':['States.ALL']}],"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'F'}],'Next':'C'},"
                + "'C':{'Type':'Choice','Choices':[{'Not':{'Variable':'$.a','StringMatches':'x*'},'Next':'W'},"
                + "{'And':[{'Variable':'$.t','TimestampLessThan':'2016-03-14T01:59:00.123+01:00'},{'Variable':'$.b','IsPresent':true}],'Next':'P'}],'Default':'S'},"
                + "'W':{'Type':'Wait','Seconds':5,'Next':'P'},"
                + "'P':{'Type':'Parallel','Branches':[{'StartAt':'B1','States':{'B1':{'Type':'Pass','End':true}}}],'Next':'M'},"
                + "'M':{'Type':'Map','ItemsPath':'$.items','MaxConcurrency':2,'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},'StartAt':'I','States':{'I':{'Type':'Succeed'}}},'Next':'S'},"
                + "'S':{'Type':'Succeed'},'F':{'Type':'Fail','Error':'Failed','Cause':'because'}");

    // WHEN
    ValidationResult result = DefinitionValidator.validate(definition.replace('\'', '"'));

    // THEN
    assertThat(result.diagnostics()).isEmpty();
  }

  private static Arguments row(String name, String definition, String code, String location) {
    return Arguments.of(name, definition.replace('\'', '"'), code, location);
  }

  private static String def(String states) {
    return "{'StartAt':'A','States':{" + states + "}}";
  }

  private static String choice(String rule) {
    return def(
        "'A':{'Type':'Choice','Choices':[" + rule + "],'Default':'B'},'B':{'Type':'Succeed'}");
  }

  private static String task(String fields) {
    return def("'A':{'Type':'Task'," + LAMBDA + ",'End':true," + fields + "}");
  }

  private static String map(String fields) {
    return def(
        "'A':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}},"
            + fields
            + "}");
  }
}
