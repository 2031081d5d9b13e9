package io.github.sfnemulator.maven;

import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.Map;

/**
 * The server {@code sfn:start} started, kept in the plugin context (one per project and plugin) so
 * {@code sfn:stop} of the same project finds it.
 */
record RunningServer(StepFunctionsEmulator emulator, SfnServer server) implements AutoCloseable {
  private static final String KEY = RunningServer.class.getName();

  @SuppressWarnings({"unchecked", "rawtypes"})
  static void put(Map context, RunningServer running) {
    context.put(KEY, running);
  }

  @SuppressWarnings("rawtypes")
  static RunningServer remove(Map context) {
    return context == null ? null : (RunningServer) context.remove(KEY);
  }

  @SuppressWarnings("rawtypes")
  static RunningServer get(Map context) {
    return context == null ? null : (RunningServer) context.get(KEY);
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      emulator.close();
    }
  }
}
