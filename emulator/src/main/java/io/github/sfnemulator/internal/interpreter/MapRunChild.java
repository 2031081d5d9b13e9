package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One iteration of a Distributed Map, which AWS runs as a child execution of the Map Run: its
 * events go to a history of its own (ExecutionStarted with the item, the states, and the
 * execution's end), not to the parent's. Written under the lane's lock, read from any thread.
 */
final class MapRunChild implements StartedChild, ChildHolder {
  private final Engine engine;
  private final String stateName;
  private final long stateEnteredEventId;
  private final String name;
  private final String arn;

  /** Null for an Express child, whose events are counted but not kept. */
  private final EventLog history;

  private long count;

  /** Appended under the lane's lock, copied by readers under its own monitor. */
  private final List<StartedChild> children = new ArrayList<>();

  private boolean ended;

  private MapRunChild(
      Engine engine,
      String stateName,
      long stateEnteredEventId,
      String name,
      String arn,
      boolean keep) {
    this.engine = engine;
    this.history = keep ? new EventLog() : null;
    this.stateName = stateName;
    this.stateEnteredEventId = stateEnteredEventId;
    this.name = name;
    this.arn = arn;
  }

  /**
   * Starts the child of iteration {@code index} of the Map state {@code parent} is in, named after
   * the Map Run ({@code <execution>-<Map entered event id>-<index>}) and registered on the holder
   * whose history the parent writes. An Express child ({@code express}) keeps no history, as AWS
   * keeps none for Express executions, and is not registered: a Map Run of a million items then
   * holds no events.
   */
  static MapRunChild start(Fiber parent, String label, int index, JsonNode input, boolean express) {
    ChildHolder holder = parent.childHolder();
    String name = holder.executionName() + "-" + parent.enteredEventId + "-" + index;
    String arn =
        parent.run.info.stateMachineArn().replace(":stateMachine:", ":execution:")
            + "/"
            + label
            + ":"
            + name;
    MapRunChild child =
        new MapRunChild(
            parent.run.engine, parent.state.name(), parent.enteredEventId, name, arn, !express);
    if (express) {
      child.count = 1; // its ExecutionStarted, not kept
      return child;
    }
    ObjectNode started = Events.small();
    started.put("input", Json.write(input));
    started.set("inputDetails", Events.notTruncated());
    started.put("roleArn", parent.run.info.roleArn());
    child.record(0, HistoryEventType.ExecutionStarted, "executionStartedEventDetails", started);
    holder.addChild(child);
    return child;
  }

  long record(long previousEventId, HistoryEventType type, String detailsKey, ObjectNode details) {
    return recordLazily(
        previousEventId, type, detailsKey, details == null ? Events::small : () -> details);
  }

  long recordLazily(
      long previousEventId,
      HistoryEventType type,
      String detailsKey,
      Supplier<ObjectNode> details) {
    if (history == null) {
      return ended ? count : ++count;
    }
    if (ended) {
      return history.size();
    }
    long id = history.size() + 1;
    // Kept as text: a child's events would otherwise hold its input (a whole batch) as JSON trees,
    // and a run of 10,000 children kept ten times its items' size; read back when a test asks.
    String text = details == null ? null : Json.write(details.get());
    history.add(
        HistoryEvent.withLazyDetails(
            id,
            previousEventId,
            engine.now(),
            type,
            detailsKey,
            text == null ? Events::small : () -> (ObjectNode) Json.parse(text)));
    return id;
  }

  void succeeded(long previousEventId, JsonNode output) {
    end(
        previousEventId,
        HistoryEventType.ExecutionSucceeded,
        "executionSucceededEventDetails",
        () -> {
          ObjectNode d = Events.small();
          d.put("output", Json.write(output));
          d.set("outputDetails", Events.notTruncated());
          return d;
        });
  }

  void failed(long previousEventId, String error, String cause) {
    end(
        previousEventId,
        HistoryEventType.ExecutionFailed,
        "executionFailedEventDetails",
        () -> Events.errorDetails(error, cause));
  }

  void aborted() {
    end(
        history == null ? count : history.size(),
        HistoryEventType.ExecutionAborted,
        "executionAbortedEventDetails",
        Events::small);
  }

  private void end(
      long previousEventId,
      HistoryEventType type,
      String detailsKey,
      Supplier<ObjectNode> details) {
    recordLazily(previousEventId, type, detailsKey, details);
    ended = true;
  }

  @Override
  public void addChild(StartedChild child) {
    synchronized (children) {
      children.add(child);
    }
  }

  @Override
  public String executionName() {
    return name;
  }

  @Override
  public String stateName() {
    return stateName;
  }

  @Override
  public long stateEnteredEventId() {
    return stateEnteredEventId;
  }

  @Override
  public boolean mapRun() {
    return true;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String arn() {
    return arn;
  }

  @Override
  public List<HistoryEvent> history() {
    return history == null ? List.of() : history.snapshot();
  }

  @Override
  public List<StartedChild> children() {
    synchronized (children) {
      return List.copyOf(children);
    }
  }
}
