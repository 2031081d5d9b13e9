package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty serving the Step Functions operations on a bounded pool of daemon threads.
 *
 * <p>Jetty rather than the JDK's server: Jetty parses request lines and headers on its selector as
 * bytes arrive, so clients that stall mid-request hold no thread, and its idle timeout closes them;
 * the JDK's server reads them on its workers with no timeout (32 stalled clients took every thread)
 * and answers a malformed request with an HTML page nobody can replace.
 */
public final class HttpEndpoint implements AutoCloseable {
  /** Jetty's own threads beside the request threads: one acceptor and one selector. */
  private static final int ACCEPTORS = 1;

  private static final int SELECTORS = 1;

  private final Server server;
  private final ServerConnector connector;
  private final VirtualTimeDriver timeDriver;

  private HttpEndpoint(Server server, ServerConnector connector, VirtualTimeDriver timeDriver) {
    this.server = server;
    this.connector = connector;
    this.timeDriver = timeDriver;
  }

  /** Binds and starts serving; the caller keeps ownership of the emulator. */
  public static HttpEndpoint start(StepFunctionsEmulator emulator, ServerOptions options)
      throws IOException {
    VirtualTimeDriver timeDriver = VirtualTimeDriver.forEmulator(emulator);
    ApiContext context = new ApiContext(emulator, new ResourceMetadata(), options, timeDriver);
    return start(operations(context), options, timeDriver);
  }

  /** Serves {@code operations}; package-private so tests can serve operations of their own. */
  static HttpEndpoint start(
      Map<String, Operation> operations, ServerOptions options, VirtualTimeDriver timeDriver)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(options.threads() + ACCEPTORS + SELECTORS);
    threads.setName("sfn-server");
    threads.setDaemon(true);
    threads.setReservedThreads(0);
    threads.setStopTimeout(1000);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector =
        new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setAcceptQueueSize(128);
    connector.setIdleTimeout(options.readTimeout().toMillis());
    server.addConnector(connector);
    server.setHandler(new ApiHandler(operations, options.maxRequestBytes()));
    server.setErrorHandler(new JsonErrorHandler());
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      timeDriver.close();
      throw e;
    } catch (Exception e) {
      stopQuietly(server);
      timeDriver.close();
      throw new IOException(e.getMessage(), e);
    }
    return new HttpEndpoint(server, connector, timeDriver);
  }

  private static Map<String, Operation> operations(ApiContext context) {
    Map<String, Operation> operations = new HashMap<>();
    StateMachineOperations machines = new StateMachineOperations(context);
    machines.register(operations);
    MapRunOperations mapRuns = new MapRunOperations(context);
    mapRuns.register(operations);
    new ExecutionOperations(context, machines, mapRuns).register(operations);
    new RedriveOperations(context).register(operations);
    new HistoryOperations(context).register(operations);
    new TaskOperations(context).register(operations);
    new Tags(context).register(operations);
    new TestStateOperation(context).register(operations);
    new VersionOperations(context).register(operations);
    return operations;
  }

  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  @Override
  public void close() {
    stopQuietly(server);
    timeDriver.close();
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping frees the port and the threads; nothing is left for the caller to do.
    }
  }
}
