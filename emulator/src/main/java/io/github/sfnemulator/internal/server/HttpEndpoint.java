package io.github.sfnemulator.internal.server;

import com.sun.net.httpserver.HttpServer;
import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server with the Step Functions operations on a bounded pool of daemon threads. */
public final class HttpEndpoint implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final VirtualTimeDriver timeDriver;

  private HttpEndpoint(HttpServer server, ExecutorService executor, VirtualTimeDriver timeDriver) {
    this.server = server;
    this.executor = executor;
    this.timeDriver = timeDriver;
  }

  /** Binds and starts serving; the caller keeps ownership of the emulator. */
  public static HttpEndpoint start(StepFunctionsEmulator emulator, ServerOptions options)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    VirtualTimeDriver timeDriver = VirtualTimeDriver.forEmulator(emulator);
    ApiContext context = new ApiContext(emulator, new ResourceMetadata(), options, timeDriver);
    server.createContext("/", new ApiHandler(operations(context), options.maxRequestBytes()));
    ExecutorService executor = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    server.setExecutor(executor);
    server.start();
    return new HttpEndpoint(server, executor, timeDriver);
  }

  private static Map<String, Operation> operations(ApiContext context) {
    Map<String, Operation> operations = new HashMap<>();
    StateMachineOperations machines = new StateMachineOperations(context);
    machines.register(operations);
    new ExecutionOperations(context, machines).register(operations);
    new HistoryOperations(context).register(operations);
    new TaskOperations(context).register(operations);
    new Tags(context).register(operations);
    new TestStateOperation(context).register(operations);
    return operations;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    timeDriver.close();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "sfn-server-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
