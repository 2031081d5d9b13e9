package io.github.sfnemulator.mock;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A registered mock. Its answers advance once per matched call, separately for each execution (like
 * MockConfigFile's counters), and the last answer repeats.
 */
final class Stub {
  final CallPattern pattern;
  private final List<TaskResponder> answers;
  private final Map<String, AtomicInteger> positions = new ConcurrentHashMap<>();

  Stub(CallPattern pattern, List<TaskResponder> answers) {
    this.pattern = pattern;
    this.answers = List.copyOf(answers);
  }

  TaskResponse answer(TaskCall call) {
    String execution = call.executionArn() == null ? "" : call.executionArn();
    int n = positions.computeIfAbsent(execution, e -> new AtomicInteger()).getAndIncrement();
    return answers.get(Math.min(n, answers.size() - 1)).respond(call);
  }
}
