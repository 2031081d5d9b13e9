package io.github.sfnemulator.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.validation.Diagnostic;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows that pass only once the real JSONPath and JSONata compilers reject what they must: the
 * validator already hands every expression to them and reports their complaint at its location.
 */
class ExpressionDiagnosticsTest {

  static Stream<Arguments> invalid_expressions() {
    return Stream.of(
        row("malformed InputPath", pass("'InputPath':'$.a[','End':true"), "/States/A/InputPath"),
        row(
            "malformed OutputPath",
            pass("'OutputPath':'$..[?(','End':true"),
            "/States/A/OutputPath"),
        row(
            "wildcard in ResultPath",
            pass("'ResultPath':'$.a[*]','End':true"),
            "/States/A/ResultPath"),
        row(
            "context object in ResultPath",
            pass("'ResultPath':'$$.Execution','End':true"),
            "/States/A/ResultPath"),
        row(
            "filter in ItemsPath",
            def(
                "'A':{'Type':'Map','ItemsPath':'$.a[?(@.x)]','End':true,'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}}}"),
            "/States/A/ItemsPath"),
        row(
            "malformed Variable",
            def(
                "'A':{'Type':'Choice','Choices':[{'Variable':'$.a[','IsNull':true,'Next':'B'}],'Default':'B'},'B':{'Type':'Succeed'}"),
            "/States/A/Choices/0/Variable"),
        row(
            "unknown intrinsic",
            pass("'Parameters':{'a.$':'States.Nope(1)'},'End':true"),
            "/States/A/Parameters"),
        row(
            "intrinsic with bad arguments",
            pass("'Parameters':{'a.$':'States.Format(}'},'End':true"),
            "/States/A/Parameters"),
        row(
            ".$ value not a string",
            pass("'Parameters':{'a.$':1},'End':true"),
            "/States/A/Parameters"),
        row(
            "bad intrinsic in ErrorPath",
            def("'A':{'Type':'Fail','ErrorPath':'States.Nope()'}"),
            "/States/A/ErrorPath"),
        row(
            "malformed JSONata Output",
            jsonata("'Output':'{% $states.input. %}','End':true"),
            "/States/A/Output"),
        row(
            "malformed JSONata Arguments",
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Arguments':{'x':'{%"
                + " ( %}'},'End':true}}}",
            "/States/A/Arguments"),
        row(
            "malformed JSONata Condition",
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Choice','Choices':[{'Condition':'{%"
                + " $x = %}','Next':'B'}],'Default':'B'},'B':{'Type':'Succeed'}}}",
            "/States/A/Choices/0/Condition"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid_expressions")
  void reports_expressions_the_compilers_reject(String name, String definition, String location) {
    assertThat(DefinitionValidator.validate(definition).diagnostics())
        .extracting(Diagnostic::code, Diagnostic::location)
        .contains(tuple("SCHEMA_VALIDATION_FAILED", location));
  }

  private static Arguments row(String name, String definition, String location) {
    return Arguments.of(name, definition.replace('\'', '"'), location);
  }

  private static String def(String states) {
    return "{'StartAt':'A','States':{" + states + "}}";
  }

  private static String pass(String fields) {
    return def("'A':{'Type':'Pass'," + fields + "}");
  }

  private static String jsonata(String fields) {
    return "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass',"
        + fields
        + "}}}";
  }
}
