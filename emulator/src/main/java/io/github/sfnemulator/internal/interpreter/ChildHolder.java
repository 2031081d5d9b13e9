package io.github.sfnemulator.internal.interpreter;

/** What child executions are started from: an execution, or a Distributed Map's child of one. */
interface ChildHolder {
  /** Registers a child; under the lane's lock. */
  void addChild(StartedChild child);

  /** The name of the execution whose history this holder writes, for its children's names. */
  String executionName();
}
