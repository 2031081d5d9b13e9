package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;

/** Who waits for a fiber: the execution, a Parallel state or a Map state. */
interface FiberOwner {
  void onFiberSucceeded(Fiber fiber, JsonNode output);

  void onFiberFailed(Fiber fiber, StatesException failure);
}
