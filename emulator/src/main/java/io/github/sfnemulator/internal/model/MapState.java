package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Map state.
 *
 * @param processor ItemProcessor (or the deprecated Iterator)
 * @param distributed ProcessorConfig.Mode is DISTRIBUTED
 * @param items ItemsPath (JSONPath) or Items (JSONata); null means the whole input
 * @param itemSelector ItemSelector, or the deprecated Parameters; null when absent
 * @param maxConcurrency MaxConcurrency(Path), null when absent (0 = unlimited)
 * @param toleratedFailurePercentage ToleratedFailurePercentage(Path), or null
 * @param toleratedFailureCount ToleratedFailureCount(Path), or null
 * @param itemBatcher ItemBatcher, or null
 * @param itemReader the ItemReader object, or null
 * @param resultWriter the ResultWriter object, or null
 * @param label Label, or null
 */
public record MapState(
    StateCommon common,
    DataFlow io,
    Workflow processor,
    boolean distributed,
    String executionType,
    Field items,
    Field itemSelector,
    Field maxConcurrency,
    Field toleratedFailurePercentage,
    Field toleratedFailureCount,
    ItemBatcher itemBatcher,
    ItemReader itemReader,
    ResultWriter resultWriter,
    String label,
    List<Retrier> retry,
    List<Catcher> catchers)
    implements State, Recoverable {
  @Override
  public String type() {
    return "Map";
  }

  /**
   * ItemReader: where a distributed Map reads its items (S3 getObject or listObjectsV2).
   *
   * @param parameters Parameters (JSONPath) or Arguments (JSONata), or null
   * @param readerConfig the ReaderConfig object, or an empty object
   * @param maxItems ReaderConfig.MaxItems(Path), or null
   */
  public record ItemReader(
      String resource, Field parameters, JsonNode readerConfig, Field maxItems) {}

  /** ResultWriter: where a distributed Map writes its results (S3 putObject). */
  public record ResultWriter(String resource, Field parameters) {}

  /** ItemBatcher: each field may be null. */
  public record ItemBatcher(
      Field maxItemsPerBatch, Field maxInputBytesPerBatch, Field batchInput) {}
}
