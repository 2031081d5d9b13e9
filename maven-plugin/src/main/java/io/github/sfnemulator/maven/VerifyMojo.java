package io.github.sfnemulator.maven;

import io.github.sfnemulator.maven.run.CaseResult;
import io.github.sfnemulator.maven.run.RemoteTarget;
import io.github.sfnemulator.maven.run.ScenarioCoverage;
import io.github.sfnemulator.maven.run.ScenarioPictures;
import io.github.sfnemulator.maven.run.ScenarioResult;
import io.github.sfnemulator.maven.run.ScenarioRunner;
import io.github.sfnemulator.maven.run.Summary;
import io.github.sfnemulator.maven.run.SurefireReportWriter;
import io.github.sfnemulator.maven.run.TestFilter;
import io.github.sfnemulator.maven.scenario.Scenario;
import io.github.sfnemulator.maven.scenario.ScenarioException;
import io.github.sfnemulator.maven.scenario.ScenarioReader;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the project's scenario files against the emulator: prints each case's path, retries and
 * catches, writes Surefire XML reports, and fails the build when an expectation breaks.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.sfnemulator</groupId>
 *   <artifactId>sfn-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>verify</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractSfnMojo {

  /**
   * The directory the scenario files are searched in.
   *
   * <pre>{@code
   * <scenariosDirectory>${project.basedir}/src/test/sfn</scenariosDirectory>
   * }</pre>
   */
  @Parameter(property = "sfn.scenariosDirectory", defaultValue = "${project.basedir}/src/test/sfn")
  File scenariosDirectory;

  /**
   * Ant-style patterns, relative to {@code scenariosDirectory}, of the scenario files to run
   * ({@code **} matches any number of folders). Default: every {@code .sfn-test.yaml}, {@code
   * .sfn-test.yml} and {@code .sfn-test.json} file at any depth.
   *
   * <pre>{@code
   * <scenarioIncludes>
   *   <include>orders/*.sfn-test.yaml</include>
   *   <include>smoke.sfn-test.json</include>
   * </scenarioIncludes>
   * }</pre>
   */
  @Parameter(
      property = "sfn.scenarioIncludes",
      defaultValue = "**/*.sfn-test.yaml,**/*.sfn-test.yml,**/*.sfn-test.json")
  List<String> scenarioIncludes;

  /**
   * Ant-style patterns of scenario files to leave out.
   *
   * <pre>{@code
   * <scenarioExcludes>
   *   <exclude>slow/**</exclude>
   * </scenarioExcludes>
   * }</pre>
   */
  @Parameter(property = "sfn.scenarioExcludes")
  List<String> scenarioExcludes = new ArrayList<>();

  /**
   * Runs only the scenarios or cases with these names: comma-separated, {@code *} wildcards. A
   * matching scenario runs whole; otherwise only its matching cases run.
   *
   * <pre>{@code
   * mvn verify -Dsfn.test='order*,card declined'
   * }</pre>
   */
  @Parameter(property = "sfn.test")
  String test;

  /**
   * Skips the scenarios but not {@code sfn:validate}. Follows {@code -DskipTests} unless set.
   *
   * <pre>{@code
   * <skipTests>true</skipTests>
   * }</pre>
   */
  @Parameter(property = "sfn.skipTests", defaultValue = "${skipTests}")
  boolean skipTests;

  /**
   * Where the Surefire-format XML reports ({@code TEST-<scenario>.xml}) are written.
   *
   * <pre>{@code
   * <reportsDirectory>${project.build.directory}/sfn-reports</reportsDirectory>
   * }</pre>
   */
  @Parameter(
      property = "sfn.reportsDirectory",
      defaultValue = "${project.build.directory}/sfn-reports")
  File reportsDirectory;

  /**
   * Reports broken expectations without failing the build, like Surefire's {@code
   * testFailureIgnore}.
   *
   * <pre>{@code
   * <testFailureIgnore>true</testFailureIgnore>
   * }</pre>
   */
  @Parameter(property = "sfn.testFailureIgnore", defaultValue = "false")
  boolean testFailureIgnore;

  /**
   * How long, in real seconds, one execution may run before its case errors (virtual time skips
   * Wait states, so this only catches executions stuck on a task token).
   *
   * <pre>{@code
   * <timeoutSeconds>30</timeoutSeconds>
   * }</pre>
   */
  @Parameter(property = "sfn.timeoutSeconds", defaultValue = "30")
  int timeoutSeconds;

  /**
   * Runs the scenarios against this Step Functions endpoint instead of the in-process emulator:
   * AWS, LocalStack, or a server started by {@code sfn:start}. The state machine is created (or
   * updated) there, and the path, retries and catches are read from GetExecutionHistory. Cases with
   * {@code mocks} are skipped: mocks cannot be injected into a remote target; cases naming a
   * MockConfigFile.json {@code testCase} run when the target was started with that mock config.
   *
   * <pre>{@code
   * mvn sfn:verify -Dsfn.target=http://127.0.0.1:8083
   * }</pre>
   */
  @Parameter(property = "sfn.target")
  String target;

  /**
   * Which cases' executions are drawn as SVG in {@code reportsDirectory/SCENARIO/CASE.svg}: {@code
   * failed} (the default; the failure names the picture), {@code all}, or {@code none}.
   *
   * <pre>{@code
   * <pictures>all</pictures>
   * }</pre>
   */
  @Parameter(property = "sfn.pictures", defaultValue = "failed")
  String pictures;

  /**
   * Where the coverage data of the scenarios' executions is written ({@code
   * verify/SCENARIO.sfncov.json}), for {@code sfn:coverage-report} and {@code sfn:coverage-check}.
   *
   * <pre>{@code
   * <coverageDirectory>${project.build.directory}/sfn-coverage</coverageDirectory>
   * }</pre>
   */
  @Parameter(
      property = "sfn.coverageDirectory",
      defaultValue = "${project.build.directory}/sfn-coverage")
  File coverageDirectory;

  /**
   * Records coverage data.
   *
   * <pre>{@code
   * <coverage>false</coverage>
   * }</pre>
   */
  @Parameter(property = "sfn.coverage", defaultValue = "true")
  boolean coverage;

  /** The region of the {@code target}'s client. */
  @Parameter(property = "sfn.targetRegion", defaultValue = "us-east-1")
  String targetRegion;

  /** The role the state machines are created with at the {@code target}. */
  @Parameter(property = "sfn.roleArn", defaultValue = "arn:aws:iam::123456789012:role/sfn-emulator")
  String roleArn;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    if (skipTests) {
      getLog().info("Scenarios are skipped (skipTests)");
      return;
    }
    List<Path> files =
        new FileSet(scenariosDirectory.toPath(), scenarioIncludes, scenarioExcludes).files();
    if (files.isEmpty()) {
      getLog().info("No scenario files under " + scenariosDirectory + " match " + scenarioIncludes);
      return;
    }
    TestFilter filter = TestFilter.of(test);
    try (RemoteTarget remote = remoteTarget()) {
      runAll(files, filter, remote);
    }
  }

  private RemoteTarget remoteTarget() throws MojoExecutionException {
    if (target == null || target.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(target.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("it names no scheme and host");
      }
      getLog().info("Running the scenarios against " + uri + " (sfn.target)");
      return new RemoteTarget(uri, targetRegion, roleArn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "sfn.target '"
              + target
              + "' is not an endpoint URL such as http://127.0.0.1:8083: "
              + e.getMessage(),
          e);
    }
  }

  private void runAll(List<Path> files, TestFilter filter, RemoteTarget remote)
      throws MojoExecutionException, MojoFailureException {
    ScenarioRunner runner =
        new ScenarioRunner(basedir.toPath(), Duration.ofSeconds(timeoutSeconds), remote);
    SurefireReportWriter reports = new SurefireReportWriter(reportsDirectory.toPath());
    List<ScenarioResult> results = new ArrayList<>();
    for (Path file : files) {
      String shown = basedir.toPath().relativize(file).toString();
      ScenarioResult result;
      try {
        Scenario scenario = filter.apply(ScenarioReader.read(file));
        if (scenario.cases().isEmpty()) {
          continue;
        }
        result = drawAndRecord(runner.run(scenario, shown), scenario);
      } catch (ScenarioException e) {
        result =
            new ScenarioResult(
                ScenarioReader.baseName(file.getFileName().toString()),
                shown,
                List.of(),
                e.getMessage());
      }
      results.add(result);
      log(result);
      try {
        reports.write(result);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Cannot write the report of " + shown + ": " + e.getMessage(), e);
      }
    }
    conclude(results);
  }

  /** Draws the cases' executions and records their coverage; neither may fail the scenario. */
  private ScenarioResult drawAndRecord(ScenarioResult result, Scenario scenario)
      throws MojoExecutionException {
    String mode = pictures == null ? "failed" : pictures.trim().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("failed", "all", "none").contains(mode)) {
      throw new MojoExecutionException(
          "sfn.pictures '" + pictures + "' is not a choice: use failed, all or none.");
    }
    Path definitionFile = basedir.toPath().resolve(scenario.definition());
    if (result.error() != null || !Files.isRegularFile(definitionFile)) {
      return result;
    }
    String definition;
    try {
      definition = Files.readString(definitionFile);
    } catch (IOException e) {
      return result;
    }
    String machine =
        scenario.stateMachineName() != null
            ? scenario.stateMachineName()
            : ScenarioRunner.machineName(definitionFile);
    if (coverage) {
      try {
        ScenarioCoverage.write(result, machine, definition, coverageDirectory.toPath());
      } catch (IOException | RuntimeException | LinkageError e) {
        getLog().warn("No coverage data for " + result.file() + ": " + e.getMessage());
      }
    }
    return mode.equals("none")
        ? result
        : ScenarioPictures.draw(
            result, machine, definition, reportsDirectory.toPath(), mode.equals("all"));
  }

  private void log(ScenarioResult result) {
    log(result.passed(), Summary.header(result));
    result.cases().forEach(c -> log(c.passed(), Summary.caseLines(c)));
  }

  private void log(boolean passed, List<String> lines) {
    for (String line : lines) {
      if (passed) {
        getLog().info(line);
      } else {
        getLog().error(line);
      }
    }
  }

  private void conclude(List<ScenarioResult> results) throws MojoFailureException {
    long cases = results.stream().mapToLong(r -> Math.max(1, r.cases().size())).sum();
    long failed = results.stream().mapToLong(r -> r.count(CaseResult.Outcome.FAILED)).sum();
    long errors =
        results.stream()
            .mapToLong(r -> r.error() != null ? 1 : r.count(CaseResult.Outcome.ERROR))
            .sum();
    long skipped = results.stream().mapToLong(r -> r.count(CaseResult.Outcome.SKIPPED)).sum();
    String tally =
        "Scenarios: "
            + results.size()
            + ", cases: "
            + cases
            + ", failures: "
            + failed
            + ", errors: "
            + errors
            + (skipped == 0 ? "" : ", skipped: " + skipped);
    if (results.isEmpty()) {
      getLog().warn("No scenario or case matches -Dsfn.test=" + test);
      return;
    }
    if (failed + errors == 0) {
      getLog().info(tally);
      return;
    }
    getLog().error(tally + " (reports in " + reportsDirectory + ")");
    if (testFailureIgnore) {
      getLog().warn("testFailureIgnore is set: the build goes on");
      return;
    }
    StringBuilder message = new StringBuilder("There are scenario failures.\n\n").append(tally);
    for (ScenarioResult r : results) {
      if (!r.passed()) {
        message.append("\n\n").append(String.join("\n", Summary.failureLines(r)));
      }
    }
    throw new MojoFailureException(message.toString());
  }
}
