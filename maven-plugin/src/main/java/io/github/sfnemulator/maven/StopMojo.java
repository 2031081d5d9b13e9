package io.github.sfnemulator.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Stops the endpoint {@code sfn:start} started for this project; nothing to do when none runs.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>start</goal><goal>stop</goal></goals> <!-- stop runs in post-integration-test -->
 * </execution>
 * }</pre>
 */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractSfnMojo {
  @Override
  protected void executeGoal() {
    RunningServer running = RunningServer.remove(getPluginContext());
    if (running == null) {
      getLog().info("No Step Functions endpoint to stop");
      return;
    }
    String endpoint = running.server().endpoint().toString();
    running.close();
    getLog().info("Stopped the Step Functions API at " + endpoint);
  }
}
