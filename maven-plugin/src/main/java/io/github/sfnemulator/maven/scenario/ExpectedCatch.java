package io.github.sfnemulator.maven.scenario;

/**
 * A Catch the execution must follow. An absent {@code error} or {@code next} matches any.
 *
 * <pre>{@code
 * expect:
 *   catches:
 *     - {state: Charge, error: CardDeclined, next: Refund}
 *     - {state: Refund}                                      # any error, any next state
 * }</pre>
 *
 * @param state the state whose failure was caught
 * @param error the error caught, e.g. {@code States.TaskFailed}
 * @param next the state the catcher went on to
 */
public record ExpectedCatch(String state, String error, String next) {}
