package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.StepFunctionsEmulator;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Under a virtual clock, time only moves while someone awaits a result. Clients of the endpoint
 * poll instead of awaiting, so this thread awaits every started execution on their behalf: Wait
 * states and retry intervals then pass at once, as they do in process. An execution that waits for
 * a task token holds time still until a client answers it, and never stops the driver.
 */
final class VirtualTimeDriver implements AutoCloseable {
  private final StepFunctionsEmulator emulator;
  private final Semaphore started = new Semaphore(0);
  private final Thread thread;
  private volatile boolean closed;

  VirtualTimeDriver(StepFunctionsEmulator emulator) {
    this.emulator = emulator;
    this.thread = new Thread(this::drive, "sfn-server-virtual-time");
    thread.setDaemon(true);
  }

  /** A driver that does nothing, for a real clock (the engine drives its own timers). */
  static VirtualTimeDriver forEmulator(StepFunctionsEmulator emulator) {
    VirtualTimeDriver driver = new VirtualTimeDriver(emulator);
    if (emulator.options().virtualTime()) {
      driver.thread.start();
    }
    return driver;
  }

  /** An execution started: drive time until every execution has ended. */
  void executionStarted() {
    started.release();
  }

  private void drive() {
    try {
      while (!closed) {
        started.acquire();
        started.drainPermits();
        while (!closed && !emulator.awaitAllAnswerable(Duration.ofSeconds(1))) {
          // still running: typically waiting for a task token a client will send; keep driving
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
