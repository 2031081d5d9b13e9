package io.github.sfnemulator.internal.validate;

/**
 * How deeply Parallel and Map states nest. AWS documents no number; this bound is far beyond any
 * real workflow and keeps the walk bounded for generated or hostile input.
 */
final class NestingCheck implements Check {
  static final int MAX_DEPTH = 20;

  @Override
  public void machine(MachineContext machine, DiagnosticSink out) {
    if (machine.depth() > MAX_DEPTH) {
      out.add(FlowMessages.tooDeeplyNested(machine.pointer(), MAX_DEPTH));
    }
  }
}
