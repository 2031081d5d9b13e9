package io.github.sfnemulator.mock;

import java.util.List;

/**
 * One entry of MockedResponses: responses by invocation number, from keys such as "0" and "1-2".
 *
 * @param name the mocked response's name
 * @param ranges the responses in invocation order, covering 0..last without gaps
 */
record MockedSteps(String name, List<Range> ranges) {

  /** A response for invocations {@code from} to {@code to}, both included. */
  record Range(int from, int to, TaskResponse response) {}

  /** The response for the 0-based {@code invocation}, or null past the last key. */
  TaskResponse at(int invocation) {
    for (Range r : ranges) {
      if (invocation >= r.from() && invocation <= r.to()) {
        return r.response();
      }
    }
    return null;
  }

  int last() {
    return ranges.get(ranges.size() - 1).to();
  }
}
