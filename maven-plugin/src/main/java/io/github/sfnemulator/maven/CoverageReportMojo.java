package io.github.sfnemulator.maven;

import io.github.sfnemulator.graph.CoverageData;
import io.github.sfnemulator.graph.CoverageReport;
import io.github.sfnemulator.graph.MachineCoverage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges the coverage data of the build's {@code @StepFunctionsTest} classes and {@code sfn:verify}
 * scenarios and writes the report: {@code index.html} with each state machine's percentages, a page
 * per state machine with its graph coloured covered / not covered, and {@code coverage.json}.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>verify</goal><goal>coverage-report</goal></goals>
 * </execution>
 * }</pre>
 */
@Mojo(name = "coverage-report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CoverageReportMojo extends AbstractSfnMojo {

  /**
   * Where the coverage data files ({@code *.sfncov.json}) are read from, at any depth.
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
   * Where the report is written.
   *
   * <pre>{@code
   * <outputDirectory>${project.reporting.outputDirectory}/sfn-coverage</outputDirectory>
   * }</pre>
   */
  @Parameter(
      property = "sfn.coverageReportDirectory",
      defaultValue = "${project.reporting.outputDirectory}/sfn-coverage")
  File outputDirectory;

  @Override
  protected void executeGoal() throws MojoExecutionException {
    CoverageData data = CoverageFiles.read(coverageDirectory.toPath());
    if (data.isEmpty()) {
      getLog().info("No state machine coverage data under " + coverageDirectory + ": no report");
      return;
    }
    try {
      Path index = CoverageReport.write(data, outputDirectory.toPath());
      for (MachineCoverage m : data.machines()) {
        getLog().info(CoverageFiles.summary(m));
      }
      getLog().info("State machine coverage report: " + index);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the coverage report into " + outputDirectory + ": " + e.getMessage(), e);
    }
  }
}
