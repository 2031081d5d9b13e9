package io.github.sfnemulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small valid state machines drawn from a seed: chains of Pass, Task, Choice, Wait, Parallel and
 * Map states, ending in an End, a Succeed or a Fail, with retriers and catchers. Choices and
 * catchers only jump forward, so every machine ends; every state is reachable. Task states are
 * answered by {@link #RESPONDER}: each fails its first {@code failures} calls with its {@code
 * error}.
 */
final class RandomMachines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Fails a Task's first {@code failures} invocations with {@code error}, then returns. */
  static final TaskResponder RESPONDER =
      call -> {
        int failures = call.parameters().path("failures").asInt();
        if (call.invocation() < failures) {
          return TaskResponse.throwing(
              call.parameters().path("error").asText(), "failure " + call.invocation());
        }
        return TaskResponse.returning("{\"ok\":true,\"n\":" + call.invocation() + "}");
      };

  private final SplittableRandom random;
  private int names;

  private RandomMachines(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A definition of at most {@code length} states per scope, nesting {@code depth} levels. */
  static String definition(long seed, int length, int depth) {
    RandomMachines m = new RandomMachines(seed);
    return m.program(length, depth).toString();
  }

  /** An input with a Choice flag and 0 to 3 Map items. */
  static String input(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    ObjectNode in = MAPPER.createObjectNode().put("flag", r.nextBoolean());
    ArrayNode items = in.putArray("items");
    for (int i = r.nextInt(4); i > 0; i--) {
      items.add(i);
    }
    return in.toString();
  }

  private ObjectNode program(int length, int depth) {
    int count = 1 + random.nextInt(Math.max(1, length));
    List<String> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add("S" + ++names);
    }
    ObjectNode program = MAPPER.createObjectNode().put("StartAt", order.get(0));
    ObjectNode states = program.putObject("States");
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      String next = last ? null : order.get(i + 1);
      List<String> later = order.subList(i + 1, count);
      states.set(order.get(i), state(next, later, depth));
    }
    return program;
  }

  private ObjectNode state(String next, List<String> later, int depth) {
    int kinds = depth > 0 ? 8 : 6;
    int kind = random.nextInt(kinds);
    if (next == null && kind == 2) {
      kind = 0; // a Choice needs somewhere to go
    }
    if (next != null && (kind == 4 || kind == 5)) {
      kind = 0; // Succeed and Fail only end a scope
    }
    ObjectNode s = MAPPER.createObjectNode();
    switch (kind) {
      case 0 ->
          s.put("Type", "Pass")
              .put("ResultPath", "$.p")
              .putObject("Result")
              .put("x", random.nextInt(10));
      case 1 -> task(s, later);
      case 2 -> choice(s, next, later);
      case 3 -> s.put("Type", "Wait").put("Seconds", random.nextInt(4));
      case 4 -> s.put("Type", "Succeed");
      case 5 ->
          s.put("Type", "Fail").put("Error", "Failed" + random.nextInt(2)).put("Cause", "drawn");
      case 6 -> parallel(s, later, depth);
      default -> map(s, later, depth);
    }
    if (kind != 2 && kind != 4 && kind != 5) {
      if (next == null) {
        s.put("End", true);
      } else {
        s.put("Next", next);
      }
    }
    return s;
  }

  private void task(ObjectNode s, List<String> later) {
    s.put("Type", "Task")
        .put("Resource", "arn:aws:states:::lambda:invoke")
        .put("ResultPath", "$.r");
    s.putObject("Parameters")
        .put("failures", random.nextInt(4))
        .put("error", "E" + random.nextInt(2));
    recoverable(s, later);
  }

  private void choice(ObjectNode s, String next, List<String> later) {
    s.put("Type", "Choice").put("Default", next);
    s.putArray("Choices")
        .addObject()
        .put("Variable", "$.flag")
        .put("BooleanEquals", random.nextBoolean())
        .put("Next", later.get(random.nextInt(later.size())));
  }

  private void parallel(ObjectNode s, List<String> later, int depth) {
    s.put("Type", "Parallel").put("ResultPath", "$.par");
    ArrayNode branches = s.putArray("Branches");
    for (int b = 1 + random.nextInt(2); b > 0; b--) {
      branches.add(program(3, depth - 1));
    }
    recoverable(s, later);
  }

  private void map(ObjectNode s, List<String> later, int depth) {
    s.put("Type", "Map").put("ItemsPath", "$.items").put("ResultPath", "$.map");
    s.put("MaxConcurrency", random.nextInt(3));
    s.putObject("ItemSelector")
        .put("items.$", "$.items")
        .put("flag.$", "$.flag")
        .put("value.$", "$$.Map.Item.Value");
    s.set("ItemProcessor", program(3, depth - 1));
    recoverable(s, later);
  }

  /** Maybe a retrier for E0 and a catcher of everything that jumps forward. */
  private void recoverable(ObjectNode s, List<String> later) {
    if (random.nextBoolean()) {
      s.putArray("Retry")
          .addObject()
          .put("IntervalSeconds", 1 + random.nextInt(3))
          .put("MaxAttempts", random.nextInt(4))
          .put("BackoffRate", 1 + random.nextInt(2))
          .putArray("ErrorEquals")
          .add(random.nextBoolean() ? "E0" : "States.ALL");
    }
    if (!later.isEmpty() && random.nextBoolean()) {
      ObjectNode c = s.putArray("Catch").addObject();
      c.putArray("ErrorEquals").add("States.ALL");
      c.put("ResultPath", "$.err").put("Next", later.get(random.nextInt(later.size())));
    }
  }
}
