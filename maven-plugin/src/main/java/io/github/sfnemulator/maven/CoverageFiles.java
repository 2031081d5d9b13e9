package io.github.sfnemulator.maven;

import io.github.sfnemulator.graph.CoverageData;
import io.github.sfnemulator.graph.MachineCoverage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/** Reading the coverage data of a build, and the one-line summary both coverage goals print. */
final class CoverageFiles {
  private CoverageFiles() {}

  static CoverageData read(Path directory) throws MojoExecutionException {
    try {
      return CoverageData.readAll(directory);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException(
          "Cannot read the coverage data under " + directory + ": " + e.getMessage(), e);
    }
  }

  static String summary(MachineCoverage m) {
    return m.name()
        + " ("
        + m.executions()
        + " executions): states "
        + m.states()
        + ", transitions "
        + m.transitions()
        + ", catches "
        + m.catches()
        + ", retriers "
        + m.retriers();
  }
}
