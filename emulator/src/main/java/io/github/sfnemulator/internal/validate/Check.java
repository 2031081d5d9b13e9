package io.github.sfnemulator.internal.validate;

/**
 * One group of static checks. The walker calls {@link #machine} for the top-level machine and for
 * every Parallel branch and Map processor, then {@link #state} for each of its states.
 */
interface Check {

  default void machine(MachineContext machine, DiagnosticSink out) {}

  default void state(StateContext state, DiagnosticSink out) {}
}
