package io.github.sfnemulator.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Distributed Map over an S3 object of {@code ITEMS} rows, read by its ItemReader, batched and
 * written back by a ResultWriter, timed once in a fresh JVM with the heap you give it; the figures
 * of issue 17's Maps at production size. {@code MapAtScaleTest} runs the same shapes as tests.
 *
 * <pre>{@code
 * java -Xmx128m -cp benchmarks/target/benchmarks.jar io.github.sfnemulator.benchmarks.MapAtScale 1000000 CSV 100
 * java -Xmx192m -cp benchmarks/target/benchmarks.jar io.github.sfnemulator.benchmarks.MapAtScale 1000000 JSON 100
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.sfnemulator.benchmarks.MapAtScale 1000000 CSV 100 STANDARD
 * }</pre>
 *
 * <p>Arguments: the number of rows; {@code CSV} or {@code JSON} (an array of objects); the
 * ItemBatcher's MaxItemsPerBatch; the child executions' type, {@code EXPRESS} (default) or {@code
 * STANDARD} (each child keeps its history). Prints one JSON line: status, seconds, the history
 * size, the object's and the written results' sizes, and each memory pool's peak.
 */
public final class MapAtScale {
  private MapAtScale() {}

  public static void main(String[] args) {
    if (args.length < 3 || !(args[1].equals("CSV") || args[1].equals("JSON"))) {
      System.err.println("usage: MapAtScale ITEMS CSV|JSON BATCH [EXPRESS|STANDARD]");
      System.exit(2);
    }
    int items = Integer.parseInt(args[0]);
    String inputType = args[1];
    int batch = Integer.parseInt(args[2]);
    String childType = args.length > 3 ? args[3] : "EXPRESS";
    String body = object(items, inputType);
    AtomicLong written = new AtomicLong();
    TaskResponder s3 =
        call -> {
          if (call.resource().endsWith("getObject")) {
            return TaskResponse.returning(JsonNodeFactory.instance.objectNode().put("Body", body));
          }
          written.addAndGet(call.parameters().path("Body").asText("").length());
          return TaskResponse.returning(JsonNodeFactory.instance.objectNode().put("ETag", "\"e\""));
        };
    long t0 = System.nanoTime();
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(s3).build())) {
      StateMachine machine =
          emulator.createStateMachine("MapAtScale", definition(inputType, batch, childType));
      Execution e = emulator.startExecution(machine.arn(), "{}").await();
      double seconds = (System.nanoTime() - t0) / 1e9;
      StringBuilder pools = new StringBuilder();
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        pools.append(pools.length() == 0 ? "" : ",");
        pools.append(
            String.format(
                Locale.ROOT, "\"%s\":%.1f", p.getName(), p.getPeakUsage().getUsed() / 1e6));
      }
      System.out.printf(
          Locale.ROOT,
          "{\"items\":%d,\"input\":\"%s\",\"batch\":%d,\"children\":\"%s\",\"status\":\"%s\","
              + "\"seconds\":%.2f,\"events\":%d,\"object_mb\":%.1f,\"written_mb\":%.2f,"
              + "\"max_heap_mb\":%d,\"peak_mb\":{%s}}%n",
          items,
          inputType,
          batch,
          childType,
          e.status(),
          seconds,
          e.history().size(),
          body.length() / 1e6,
          written.get() / 1e6,
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          pools);
    }
  }

  private static String object(int items, String inputType) {
    StringBuilder b = new StringBuilder();
    if (inputType.equals("CSV")) {
      b.append("id,name,amount\n");
      for (int i = 0; i < items; i++) {
        b.append(i).append(",name-").append(i).append(',').append(i % 977).append('\n');
      }
      return b.toString();
    }
    b.append('[');
    for (int i = 0; i < items; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"name-");
      b.append(i).append("\",\"amount\":").append(i % 977).append('}');
    }
    return b.append(']').toString();
  }

  private static String definition(String inputType, int batch, String childType) {
    return """
        {"StartAt":"Each","States":{"Each":{"Type":"Map",
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
            "Parameters":{"Bucket":"in","Key":"items"},"ReaderConfig":{"InputType":"%s"}},
          "ItemBatcher":{"MaxItemsPerBatch":%d},
          "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
            "Parameters":{"Bucket":"out","Prefix":"runs"}},
          "MaxConcurrency":1000,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"%s"},
            "StartAt":"Count","States":{"Count":{"Type":"Pass",
              "Parameters":{"n.$":"States.ArrayLength($.Items)"},"End":true}}},
          "End":true}}}
        """
        .formatted(inputType, batch, childType);
  }
}
