package io.github.sfnemulator.internal.validate;

import io.github.sfnemulator.validation.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one validation run and the little state that spans the whole
 * definition (the first place each state name was seen).
 */
final class DiagnosticSink {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, String> firstPointerByStateName = new HashMap<>();

  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Records a state name; returns where it was first declared, or {@code null} if it is new. */
  String declareStateName(String name, String pointer) {
    return firstPointerByStateName.putIfAbsent(name, pointer);
  }
}
