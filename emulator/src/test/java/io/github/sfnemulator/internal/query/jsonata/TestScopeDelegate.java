package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.random.RandomGenerator;

/** Base for test scopes that override one method of a {@link TestScope}. */
abstract class TestScopeDelegate implements EvaluationScope {
  private final EvaluationScope delegate;

  TestScopeDelegate(EvaluationScope delegate) {
    this.delegate = delegate;
  }

  @Override
  public JsonNode input() {
    return delegate.input();
  }

  @Override
  public JsonNode context() {
    return delegate.context();
  }

  @Override
  public JsonNode variable(String name) {
    return delegate.variable(name);
  }

  @Override
  public RandomGenerator random() {
    return delegate.random();
  }
}
