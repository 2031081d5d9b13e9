package io.github.sfnemulator.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2_000;

  @Test
  void one_template_evaluates_from_many_threads_without_leaking_state() throws Exception {
    // GIVEN a template that binds locals, reads input and a variable, and fails for some inputs
    JsonataTemplate template =
        JsonataTemplate.compile(
            "Output",
            Json.parse(
                "{\"sum\":\"{% ($t := $states.input.n * 2; $t + $k) %}\","
                    + "\"tag\":\"{% $states.input.tag & '-' & $string($k) %}\","
                    + "\"items\":\"{% $states.input.list.($ * $k) %}\","
                    + "\"check\":\"{% $states.input.n % 7 = 0 ? $missing : true %}\"}"));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> work =
            () -> {
              start.await();
              int checked = 0;
              for (int i = 0; i < ROUNDS; i++) {
                int n = thread * ROUNDS + i;
                int k = n % 5;
                TestScope scope =
                    TestScope.withInput(
                            "{\"n\":" + n + ",\"tag\":\"t" + n + "\",\"list\":[1," + n + "]}")
                        .variable("k", String.valueOf(k));
                // WHEN
                if (n % 7 == 0) {
                  try {
                    template.evaluate(scope);
                    throw new AssertionError("expected failure for " + n);
                  } catch (StatesException expected) {
                    assertThat(expected.cause()).contains("'Output/check' returned nothing");
                  }
                } else {
                  JsonNode out = template.evaluate(scope);
                  // THEN each result belongs to its own input
                  assertThat(out.get("sum").longValue()).isEqualTo(2L * n + k);
                  assertThat(out.get("tag").textValue()).isEqualTo("t" + n + "-" + k);
                  assertThat(out.get("items"))
                      .isEqualTo(Json.parse("[" + k + "," + (long) n * k + "]"));
                }
                checked++;
              }
              return checked;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS);
    } finally {
      pool.shutdownNow();
    }
  }
}
