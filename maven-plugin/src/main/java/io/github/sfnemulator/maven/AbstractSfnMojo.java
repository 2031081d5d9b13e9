package io.github.sfnemulator.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every {@code sfn} goal shares: the project's base directory and {@code sfn.skip}.
 *
 * <pre>{@code
 * mvn verify -Dsfn.skip   # every sfn goal of the build does nothing
 * mvn sfn:verify          # a goal run alone: its configuration comes from the project's POM
 * }</pre>
 */
public abstract class AbstractSfnMojo extends AbstractMojo {

  /**
   * Skips the goal.
   *
   * <pre>{@code
   * <configuration>
   *   <skip>true</skip>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "sfn.skip", defaultValue = "false")
  boolean skip;

  /**
   * The directory that relative paths in the configuration and in scenario files start from.
   *
   * <pre>{@code
   * <configuration>
   *   <basedir>${project.basedir}/workflows</basedir>
   * </configuration>
   * }</pre>
   */
  @Parameter(property = "sfn.basedir", defaultValue = "${project.basedir}", required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping sfn (sfn.skip=true)");
      return;
    }
    executeGoal();
  }

  /** The goal's work, once skipping is ruled out. */
  protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;
}
