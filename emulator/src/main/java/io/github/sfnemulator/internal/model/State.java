package io.github.sfnemulator.internal.model;

/** One state of a workflow; each ASL state type is a record. */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {

  StateCommon common();

  /** The ASL {@code Type}, e.g. {@code Pass}; also the prefix of its history events. */
  String type();

  default String name() {
    return common().name();
  }
}
