package io.github.sfnemulator.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.mock.TaskMocks;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SurefireReportWriterTest {
  @TempDir Path dir;

  /** Validate, then Charge retried twice and still failing. */
  private static final ExecutionTrace TRACE = validateThenChargeRetriedTwice();

  private static ExecutionTrace validateThenChargeRetriedTwice() {
    String definition =
        "{\"StartAt\":\"Validate\",\"States\":{"
            + "\"Validate\":{\"Type\":\"Pass\",\"Next\":\"Charge\"},"
            + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
            + "\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"MaxAttempts\":2}],\"End\":true}}}";
    TaskMocks mocks = TaskMocks.create();
    mocks.stubFor(TaskMocks.state("Charge").willThrow("Busy", "still busy"));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      Execution execution =
          emulator.startExecution(emulator.createStateMachine("M", definition).arn(), "{}").await();
      return ExecutionTrace.of(execution.name(), execution.history());
    }
  }

  private Document read(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void writes_one_testcase_per_case_with_failures_and_the_trace() throws Exception {
    // GIVEN
    ScenarioResult result =
        new ScenarioResult(
            "order flow",
            "src/test/sfn/order.sfn-test.yaml",
            List.of(
                new CaseResult(
                    "happy", CaseResult.Outcome.PASSED, List.of(), TRACE, "SUCCEEDED", 12),
                new CaseResult(
                    "declined <card>",
                    CaseResult.Outcome.FAILED,
                    List.of("Expecting x\nbut was\ty \"<&\r\n"),
                    TRACE,
                    "FAILED",
                    3),
                CaseResult.error("stuck", "IllegalStateException: still RUNNING", 1000)),
            null);
    // WHEN
    Path file = new SurefireReportWriter(dir.resolve("sfn-reports")).write(result);
    // THEN
    assertThat(file.getFileName()).hasToString("TEST-order_flow.xml");
    Element suite = read(file).getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("order flow");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("1.015");
    Element declined = (Element) suite.getElementsByTagName("testcase").item(1);
    assertThat(declined.getAttribute("name")).isEqualTo("declined <card>");
    assertThat(declined.getAttribute("classname")).isEqualTo("order flow");
    Element failure = (Element) declined.getElementsByTagName("failure").item(0);
    // the whole message survives attribute normalisation: its breaks are character references
    assertThat(failure.getAttribute("message")).isEqualTo("Expecting x\nbut was\ty \"<&\r\n");
    assertThat(java.nio.file.Files.readString(file))
        .contains("message=\"Expecting x&#10;but was&#9;y &quot;&lt;&amp;&#13;&#10;\"");
    assertThat(failure.getTextContent()).isEqualTo("Expecting x\nbut was\ty \"<&\n");
    assertThat(declined.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("path: Validate -> Charge\nretries: Charge x2\ncatches: none\n");
    Element stuck = (Element) suite.getElementsByTagName("testcase").item(2);
    assertThat(stuck.getElementsByTagName("error").item(0).getTextContent())
        .contains("still RUNNING");
  }

  @Test
  void writes_a_scenario_that_could_not_run_as_one_error() throws Exception {
    ScenarioResult result =
        ScenarioResult.error("broken", "broken.sfn-test.yaml", "Invalid definition a.asl.json");

    Element suite = read(new SurefireReportWriter(dir).write(result)).getDocumentElement();

    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getElementsByTagName("error").item(0).getTextContent())
        .isEqualTo("Invalid definition a.asl.json");
  }
}
