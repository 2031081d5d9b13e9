package io.github.sfnemulator.maven;

import io.github.sfnemulator.graph.CoverageCheck;
import io.github.sfnemulator.graph.CoverageData;
import io.github.sfnemulator.graph.MachineCoverage;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when a state machine's coverage, merged over the build's tests and scenarios, is
 * under the configured minimums, as {@code jacoco:check} does for code, naming what was not
 * covered.
 *
 * <pre>{@code
 * <execution>
 *   <id>sfn-coverage-check</id>
 *   <goals><goal>coverage-check</goal></goals>
 *   <configuration>
 *     <minimumStates>1.0</minimumStates>
 *     <minimumTransitions>0.8</minimumTransitions>
 *     <minimumCatches>0.5</minimumCatches>
 *     <minimumRetriers>0.5</minimumRetriers>
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "coverage-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CoverageCheckMojo extends AbstractSfnMojo {

  /**
   * Where the coverage data files are read from.
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
   * The minimum ratio (0 to 1) of each state machine's states entered.
   *
   * <pre>{@code
   * <minimumStates>0.9</minimumStates>
   * }</pre>
   */
  @Parameter(property = "sfn.minimumStates", defaultValue = "0")
  double minimumStates;

  /**
   * The minimum ratio of transitions taken: each Next, Choice rule, Default and Catch.
   *
   * <pre>{@code
   * <minimumTransitions>0.8</minimumTransitions>
   * }</pre>
   */
  @Parameter(property = "sfn.minimumTransitions", defaultValue = "0")
  double minimumTransitions;

  /**
   * The minimum ratio of Catches taken.
   *
   * <pre>{@code
   * <minimumCatches>0.5</minimumCatches>
   * }</pre>
   */
  @Parameter(property = "sfn.minimumCatches", defaultValue = "0")
  double minimumCatches;

  /**
   * The minimum ratio of retriers that fired at least once.
   *
   * <pre>{@code
   * <minimumRetriers>0.5</minimumRetriers>
   * }</pre>
   */
  @Parameter(property = "sfn.minimumRetriers", defaultValue = "0")
  double minimumRetriers;

  /**
   * Reports shortfalls as warnings instead of failing the build.
   *
   * <pre>{@code
   * <haltOnFailure>false</haltOnFailure>
   * }</pre>
   */
  @Parameter(property = "sfn.haltOnFailure", defaultValue = "true")
  boolean haltOnFailure;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    CoverageCheck check;
    try {
      check = new CoverageCheck(minimumStates, minimumTransitions, minimumCatches, minimumRetriers);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("sfn:coverage-check: " + e.getMessage(), e);
    }
    CoverageData data = CoverageFiles.read(coverageDirectory.toPath());
    if (data.isEmpty()) {
      getLog()
          .warn("No state machine coverage data under " + coverageDirectory + ": nothing to check");
      return;
    }
    for (MachineCoverage m : data.machines()) {
      getLog().info(CoverageFiles.summary(m));
    }
    List<String> problems = check.check(data);
    if (problems.isEmpty()) {
      getLog().info("State machine coverage meets the minimums");
      return;
    }
    problems.forEach(p -> getLog().error(p));
    if (!haltOnFailure) {
      getLog().warn("haltOnFailure is false: the build goes on");
      return;
    }
    throw new MojoFailureException(
        "State machine coverage is under the minimums:\n" + String.join("\n", problems));
  }
}
