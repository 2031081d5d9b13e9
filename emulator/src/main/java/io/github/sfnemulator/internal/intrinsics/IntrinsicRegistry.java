package io.github.sfnemulator.internal.intrinsics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@code States.*} intrinsic function, keyed by its ASL name. */
public final class IntrinsicRegistry {
  private static final Map<String, IntrinsicFunction> FUNCTIONS =
      List.of(
              new StatesFormat(),
              new StatesStringToJson(),
              new StatesJsonToString(),
              new StatesArray(),
              new StatesArrayPartition(),
              new StatesArrayContains(),
              new StatesArrayRange(),
              new StatesArrayGetItem(),
              new StatesArrayLength(),
              new StatesArrayUnique(),
              new StatesBase64Encode(),
              new StatesBase64Decode(),
              new StatesHash(),
              new StatesJsonMerge(),
              new StatesMathRandom(),
              new StatesMathAdd(),
              new StatesStringSplit(),
              new StatesUuid())
          .stream()
          .collect(Collectors.toUnmodifiableMap(IntrinsicFunction::name, Function.identity()));

  private IntrinsicRegistry() {}

  /** The function named {@code name} (case-sensitive, as AWS is), or {@code null}. */
  public static IntrinsicFunction find(String name) {
    return FUNCTIONS.get(name);
  }

  /** The names of all functions. */
  public static java.util.Set<String> names() {
    return FUNCTIONS.keySet();
  }
}
