package io.github.sfnemulator.template;

import org.apiguardian.api.API;

/**
 * The type a template gives a state machine ({@code StateMachineType}, or SAM's {@code Type}).
 *
 * <pre>{@code
 * TemplateStateMachine order = StateMachineTemplate.load(Path.of("template.yaml")).stateMachine("Order");
 * if (order.type() == StateMachineType.EXPRESS) {
 *   Execution result = emulator.startSyncExecution(order.createIn(emulator).arn(), "{}");
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StateMachineType {
  STANDARD,
  EXPRESS
}
