package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;

/** One Step Functions API operation: a request body in, a response body out. */
@FunctionalInterface
interface Operation {
  JsonNode call(ApiRequest request);
}
