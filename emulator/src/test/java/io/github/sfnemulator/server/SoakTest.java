package io.github.sfnemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.ServerOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A bounded soak of the HTTP endpoint on loopback: 1,000 executions running at once, started by 50
 * threads through an unmodified SfnClient, while slow raw-socket clients stall mid-request or
 * trickle their requests a byte at a time. No execution may be lost (ListExecutions counts them),
 * and the heap after a full GC must stay flat from one round to the next. It stops by itself: a
 * fixed count of executions per round, two rounds, every wait bounded.
 *
 * <p>The figures are printed as one line beginning {@code soak:}. Larger runs: {@code mvn -o -q -pl
 * emulator test -Dtest=SoakTest -Dsfn.soak.executions=10000}.
 */
class SoakTest {
  private static final int EXECUTIONS = Integer.getInteger("sfn.soak.executions", 1_000);
  private static final int CLIENT_THREADS = 50;
  private static final int STALLED_CLIENTS = 10;
  private static final int TRICKLING_CLIENTS = 10;

  /** Heap growth from one round to the next that still counts as flat. */
  private static final long FLAT_BYTES = 16L * 1024 * 1024;

  /** A Wait of one real second holds every execution of a round open at once. */
  private static final String HOLD =
      """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Result": {"ok": true}, "ResultPath": "$.prepared", "Next": "Hold"},
        "Hold": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;

  @Test
  void a_thousand_concurrent_executions_among_slow_clients_are_all_listed_and_the_heap_stays_flat()
      throws Exception {
    // GIVEN a server on loopback with the real clock, retaining one round of ended executions
    EmulatorOptions emulatorOptions =
        EmulatorOptions.newBuilder().virtualTime(false).retainedEndedExecutions(EXECUTIONS).build();
    ServerOptions serverOptions =
        ServerOptions.newBuilder().readTimeout(Duration.ofSeconds(1)).build();
    try (ServerFixture f = new ServerFixture(emulatorOptions, serverOptions)) {
      long started = System.nanoTime();
      Round warmUp = round(f, "Warm");
      long heapBefore = heapAfterFullGc();
      // WHEN
      Round soak = round(f, "Soak");
      long heapAfter = heapAfterFullGc();
      double seconds = (System.nanoTime() - started) / 1e9;
      // THEN
      System.out.printf(
          Locale.ROOT,
          "soak: executions=%d lost=%d client_threads=%d p50_ms=%.1f p99_ms=%.1f"
              + " stalled_clients_closed=%d/%d trickled_requests_answered=%d"
              + " heap_after_gc_before_mb=%.1f heap_after_gc_after_mb=%.1f rounds=2 seconds=%.1f%n",
          soak.started(),
          soak.lost(),
          CLIENT_THREADS,
          soak.p50Millis(),
          soak.p99Millis(),
          soak.stalledClosed(),
          STALLED_CLIENTS,
          soak.trickledAnswered(),
          heapBefore / 1048576.0,
          heapAfter / 1048576.0,
          seconds);
      assertThat(List.of(warmUp, soak))
          .allSatisfy(
              round -> {
                assertThat(round.started()).isEqualTo(EXECUTIONS);
                assertThat(round.lost()).isZero();
                assertThat(round.stalledClosed()).isEqualTo(STALLED_CLIENTS);
              });
      assertThat(soak.trickledAnswered()).isPositive();
      assertThat(heapAfter).isLessThan(heapBefore + FLAT_BYTES);
    }
  }

  /** What one round measured. */
  private record Round(
      int started, int lost, List<Long> latenciesNanos, int stalledClosed, int trickledAnswered) {
    double p50Millis() {
      return percentile(0.50);
    }

    double p99Millis() {
      return percentile(0.99);
    }

    private double percentile(double p) {
      List<Long> sorted = new ArrayList<>(latenciesNanos);
      Collections.sort(sorted);
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
  }

  /**
   * Starts {@link #EXECUTIONS} executions of a new machine from {@link #CLIENT_THREADS} threads
   * with slow clients alongside, waits for all to end, and counts them through ListExecutions.
   */
  private static Round round(ServerFixture f, String machineName) throws Exception {
    String machineArn =
        f.sfn
            .createStateMachine(b -> b.name(machineName).definition(HOLD).roleArn(ROLE))
            .stateMachineArn();
    List<RawSocket> stalled = new ArrayList<>();
    for (int i = 0; i < STALLED_CLIENTS; i++) {
      stalled.add(
          new RawSocket(f.server.port()).send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar"));
    }
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger trickledAnswered = new AtomicInteger();
    ExecutorService tricklers = Executors.newFixedThreadPool(TRICKLING_CLIENTS);
    List<Future<?>> trickling = new ArrayList<>();
    for (int i = 0; i < TRICKLING_CLIENTS; i++) {
      trickling.add(tricklers.submit(() -> trickle(f.server.port(), done, trickledAnswered)));
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Set<String> startedArns = Collections.synchronizedSet(new HashSet<>());
    ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < EXECUTIONS; i++) {
      int n = i;
      calls.add(
          clients.submit(
              () -> {
                long t0 = System.nanoTime();
                String arn =
                    f.sfn
                        .startExecution(
                            b ->
                                b.stateMachineArn(machineArn)
                                    .name("e-" + n)
                                    .input("{\"n\":" + n + "}"))
                        .executionArn();
                latencies.add(System.nanoTime() - t0);
                startedArns.add(arn);
              }));
    }
    for (Future<?> call : calls) {
      call.get(60, TimeUnit.SECONDS);
    }
    clients.shutdown();
    assertThat(f.emulator.awaitAll(Duration.ofSeconds(60))).as("every execution ended").isTrue();
    done.set(true);
    for (Future<?> t : trickling) {
      t.get(60, TimeUnit.SECONDS);
    }
    tricklers.shutdown();
    int closed = 0;
    for (RawSocket socket : stalled) {
      socket.readUntilClosed(); // fails the test if the server keeps it open past its bound
      socket.close();
      closed++;
    }
    Set<String> listed = new HashSet<>();
    for (ExecutionListItem item : listAll(f.sfn, machineArn)) {
      if (item.status() == ExecutionStatus.SUCCEEDED) {
        listed.add(item.executionArn());
      }
    }
    Set<String> lost = new HashSet<>(startedArns);
    lost.removeAll(listed);
    return new Round(
        startedArns.size(), lost.size(), List.copyOf(latencies), closed, trickledAnswered.get());
  }

  private static List<ExecutionListItem> listAll(SfnClient sfn, String machineArn) {
    List<ExecutionListItem> items = new ArrayList<>();
    sfn.listExecutionsPaginator(b -> b.stateMachineArn(machineArn).maxResults(1000))
        .executions()
        .forEach(items::add);
    return items;
  }

  /**
   * A slow client: sends whole ListStateMachines requests a byte at a time, a millisecond apart
   * (well inside the read timeout), until the round is done. The pause is the client's slowness,
   * not a wait for the server.
   */
  private static void trickle(int port, AtomicBoolean done, AtomicInteger answered) {
    String request =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}";
    while (!done.get()) {
      try (RawSocket socket = new RawSocket(port)) {
        for (int i = 0; i < request.length(); i++) {
          socket.send(request.substring(i, i + 1));
          LockSupport.parkNanos(1_000_000);
        }
        if (socket.readUntilClosed().status() == 200) {
          answered.incrementAndGet();
        }
      } catch (java.io.UncheckedIOException closedByServer) {
        // On a loaded machine this client can stall past the read timeout between two bytes; the
        // server then closes it, as it should. It connects again.
      }
    }
  }

  private static long heapAfterFullGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static final String ROLE = "arn:aws:iam::123456789012:role/sfn-soak";
}
