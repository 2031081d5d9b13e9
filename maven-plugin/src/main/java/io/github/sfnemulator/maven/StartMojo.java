package io.github.sfnemulator.maven;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.maven.run.ScenarioRunner;
import io.github.sfnemulator.mock.MockConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the Step Functions API endpoint (an {@code SfnServer}) before the integration tests, with
 * the project's definitions created as state machines, and exports its address as the project
 * properties {@code sfn.endpoint} ({@code http://127.0.0.1:PORT}) and {@code sfn.port} for
 * maven-failsafe-plugin. {@code sfn:stop} stops it.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>start</goal><goal>stop</goal></goals>
 *   <configuration><port>0</port></configuration>
 * </execution>
 * ...
 * <artifactId>maven-failsafe-plugin</artifactId>
 * <configuration>
 *   <systemPropertyVariables><sfn.endpoint>${sfn.endpoint}</sfn.endpoint></systemPropertyVariables>
 * </configuration>
 * }</pre>
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractSfnMojo {

  /**
   * The port; 0 picks a free one (read it from {@code sfn.port}). AWS Step Functions Local's is
   * 8083.
   */
  @Parameter(property = "sfn.port", defaultValue = "8083")
  int port;

  /** The interface to bind; {@code 0.0.0.0} accepts other hosts (containers). */
  @Parameter(property = "sfn.host", defaultValue = "127.0.0.1")
  String host;

  /**
   * An AWS Step Functions Local MockConfigFile.json; executions pick a test case with {@code
   * ARN#TestCase}.
   */
  @Parameter(property = "sfn.mockConfig")
  File mockConfig;

  /**
   * Creates every definition under {@code definitionsDirectory} as a state machine named after its
   * file ({@code order.asl.json} → {@code order}).
   */
  @Parameter(property = "sfn.createStateMachines", defaultValue = "true")
  boolean createStateMachines;

  @Parameter(
      property = "sfn.definitionsDirectory",
      defaultValue = "${project.basedir}/src/main/resources")
  File definitionsDirectory;

  @Parameter(property = "sfn.includes", defaultValue = "**/*.asl.json,**/*.asl.yaml,**/*.asl.yml")
  List<String> includes;

  @Parameter(property = "sfn.excludes")
  List<String> excludes = new ArrayList<>();

  /** Skips Wait states, retry intervals and timeouts instead of waiting in real time. */
  @Parameter(property = "sfn.virtualTime", defaultValue = "false")
  boolean virtualTime;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  protected void executeGoal() throws MojoExecutionException {
    if (RunningServer.get(getPluginContext()) != null) {
      throw new MojoExecutionException(
          "sfn:start ran twice in this build without sfn:stop between: one server per project.");
    }
    EmulatorOptions.Builder options = EmulatorOptions.newBuilder().virtualTime(virtualTime);
    if (mockConfig != null) {
      try {
        options.mockConfig(MockConfig.fromPath(mockConfig.toPath()));
      } catch (RuntimeException e) {
        throw new MojoExecutionException(
            "Cannot use the mock config " + mockConfig + ": " + e.getMessage(), e);
      }
    }
    StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options.build());
    SfnServer server;
    try {
      createStateMachines(emulator);
      server = SfnServer.start(emulator, ServerOptions.newBuilder().host(host).port(port).build());
    } catch (RuntimeException | MojoExecutionException e) {
      emulator.close();
      throw e instanceof MojoExecutionException m
          ? m
          : new MojoExecutionException("sfn:start: " + e.getMessage(), e);
    }
    RunningServer.put(getPluginContext(), new RunningServer(emulator, server));
    project.getProperties().setProperty("sfn.endpoint", server.endpoint().toString());
    project.getProperties().setProperty("sfn.port", Integer.toString(server.port()));
    getLog().info("Step Functions API at " + server.endpoint() + " (sfn.endpoint)");
  }

  private void createStateMachines(StepFunctionsEmulator emulator) throws MojoExecutionException {
    if (!createStateMachines || !definitionsDirectory.isDirectory()) {
      return;
    }
    for (Path file : new FileSet(definitionsDirectory.toPath(), includes, excludes).files()) {
      String name = ScenarioRunner.machineName(file);
      try {
        emulator.createStateMachine(name, Files.readString(file));
      } catch (IOException | RuntimeException e) {
        throw new MojoExecutionException(
            "Cannot create the state machine " + name + " from " + file + ": " + e.getMessage(), e);
      }
      getLog()
          .info(
              "Created state machine "
                  + name
                  + " from "
                  + definitionsDirectory.toPath().relativize(file));
    }
  }
}
