package io.github.sfnemulator.benchmarks;

import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Calls per second the HTTP endpoint serves to keep-alive loopback clients, with p50 and p99.
 *
 * <p>The client is not the bottleneck: each client thread writes a request it built once on a
 * socket it keeps open and reads the answer by its Content-Length, with no SDK, signing or JSON
 * parsing on its side. Prints one JSON line per operation measured.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.sfnemulator.benchmarks.HttpThroughput \
 *     [--endpoint http://localhost:8083] [--clients 4] [--seconds 5] [--warmup-seconds 3]
 * </pre>
 *
 * Without {@code --endpoint} it serves an emulator of its own in this JVM. It creates an EXPRESS
 * machine of three Pass states and a STANDARD copy; measures one Standard execution's
 * DescribeExecution and GetExecutionHistory, then StartSyncExecution on the Express machine.
 */
public final class HttpThroughput {
  private static final String DEFINITION =
      "{\\\"StartAt\\\":\\\"A\\\",\\\"States\\\":{"
          + "\\\"A\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"Result\\\":{\\\"ok\\\":true},\\\"ResultPath\\\":\\\"$.a\\\",\\\"Next\\\":\\\"B\\\"},"
          + "\\\"B\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"Parameters\\\":{\\\"sum.$\\\":\\\"States.MathAdd($.x, 1)\\\"},\\\"ResultPath\\\":\\\"$.b\\\",\\\"Next\\\":\\\"C\\\"},"
          + "\\\"C\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"End\\\":true}}}";

  private HttpThroughput() {}

  public static void main(String[] args) throws Exception {
    String endpoint = option(args, "--endpoint", null);
    int clients = Integer.parseInt(option(args, "--clients", "4"));
    double seconds = Double.parseDouble(option(args, "--seconds", "5"));
    double warmup = Double.parseDouble(option(args, "--warmup-seconds", "3"));
    StepFunctionsEmulator emulator = null;
    SfnServer server = null;
    if (endpoint == null) {
      emulator = StepFunctionsEmulator.create();
      server = SfnServer.start(emulator);
      endpoint = server.endpoint().toString();
    }
    URI uri = URI.create(endpoint);
    try {
      String suffix = Long.toString(System.nanoTime(), 36);
      String express =
          arn(
              call(
                  uri,
                  "CreateStateMachine",
                  "{\"name\":\"http-bench-express-"
                      + suffix
                      + "\",\"type\":\"EXPRESS\",\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"definition\":\""
                      + DEFINITION
                      + "\"}"),
              "stateMachineArn");
      String standard =
          arn(
              call(
                  uri,
                  "CreateStateMachine",
                  "{\"name\":\"http-bench-standard-"
                      + suffix
                      + "\",\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"definition\":\""
                      + DEFINITION
                      + "\"}"),
              "stateMachineArn");
      String execution =
          arn(
              call(
                  uri,
                  "StartExecution",
                  "{\"stateMachineArn\":\"" + standard + "\",\"input\":\"{\\\"x\\\":1}\"}"),
              "executionArn");
      measure(
          uri,
          "DescribeExecution",
          "{\"executionArn\":\"" + execution + "\"}",
          "\"SUCCEEDED\"",
          clients,
          warmup,
          seconds);
      measure(
          uri,
          "GetExecutionHistory",
          "{\"executionArn\":\"" + execution + "\"}",
          "ExecutionSucceeded",
          clients,
          warmup,
          seconds);
      measure(
          uri,
          "StartSyncExecution",
          "{\"stateMachineArn\":\"" + express + "\",\"input\":\"{\\\"x\\\":1}\"}",
          "\"SUCCEEDED\"",
          clients,
          warmup,
          seconds);
    } finally {
      if (server != null) {
        server.close();
        emulator.close();
      }
    }
  }

  private static void measure(
      URI uri,
      String operation,
      String body,
      String expected,
      int clients,
      double warmup,
      double seconds)
      throws Exception {
    byte[] request = request(uri, operation, body);
    long warmupEnd = System.nanoTime() + (long) (warmup * 1e9);
    long end = warmupEnd + (long) (seconds * 1e9);
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[clients];
    Throwable[] failure = new Throwable[1];
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      long[] own = new long[1 << 22];
      latencies.add(own);
      Thread t =
          new Thread(
              () -> {
                try (Connection connection = new Connection(uri)) {
                  int n = 0;
                  long now = System.nanoTime();
                  while (now < end) {
                    long start = now;
                    String answer = connection.exchange(request);
                    now = System.nanoTime();
                    if (!answer.contains(expected)) {
                      throw new IllegalStateException(operation + " answered: " + answer);
                    }
                    if (start >= warmupEnd && n < own.length) {
                      own[n++] = now - start;
                    }
                  }
                  counts[client] = n;
                } catch (Throwable e) {
                  synchronized (failure) {
                    failure[0] = e;
                  }
                } finally {
                  done.countDown();
                }
              },
              "http-client-" + c);
      t.start();
    }
    done.await();
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"operation\":\"%s\",\"clients\":%d,\"seconds\":%.1f,\"calls\":%d,\"calls_per_sec\":%.1f,\"p50_us\":%d,\"p99_us\":%d,\"endpoint\":\"%s\"}",
            operation,
            clients,
            seconds,
            total,
            total / seconds,
            percentile(all, 50),
            percentile(all, 99),
            uri));
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index =
        Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
    return sorted[index] / 1000;
  }

  private static String call(URI uri, String operation, String body) throws IOException {
    try (Connection connection = new Connection(uri)) {
      return connection.exchange(request(uri, operation, body));
    }
  }

  private static String arn(String answer, String field) {
    int key = answer.indexOf("\"" + field + "\"");
    if (key < 0) {
      throw new IllegalStateException("no " + field + " in " + answer);
    }
    int start = answer.indexOf('"', answer.indexOf(':', key) + 1) + 1;
    return answer.substring(start, answer.indexOf('"', start));
  }

  private static byte[] request(URI uri, String operation, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST / HTTP/1.1\r\nHost: "
            + uri.getHost()
            + ":"
            + uri.getPort()
            + "\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: AWSStepFunctions."
            + operation
            + "\r\nContent-Length: "
            + content.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /** One keep-alive HTTP/1.1 connection that reads answers by their Content-Length. */
  private static final class Connection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Connection(URI uri) throws IOException {
      socket = new Socket(uri.getHost(), uri.getPort());
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    String exchange(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      int length = -1;
      String status = line();
      for (String header = line(); !header.isEmpty(); header = line()) {
        if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(header.substring(15).trim());
        }
      }
      if (length < 0) {
        throw new IOException("no Content-Length in the answer: " + status);
      }
      byte[] body = in.readNBytes(length);
      String text = new String(body, StandardCharsets.UTF_8);
      if (!status.contains(" 200 ")) {
        throw new IOException(status + " " + text);
      }
      return text;
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("the server closed the connection");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
