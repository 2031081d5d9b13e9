package io.github.sfnemulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * The long fuzzing run of issue 14: {@code -Dfuzz.cases=1000000} generated cases, spread over the
 * five targets of {@link FuzzTest} and run on {@code -Dfuzz.threads} threads (default 2), from
 * {@code -Dfuzz.seed} (default 14); {@code -Dfuzz.targets=path,jsonata} picks targets. Unlike a
 * jqwik property it does not stop at the first escape: every escape is saved under {@code
 * target/fuzz-failures} and the test fails at the end. Without {@code fuzz.cases} it is skipped;
 * the build's short pass is {@link FuzzTest}. Outcomes by kind, cases, escapes and wall time go to
 * {@code target/fuzz-campaign.json}.
 */
class FuzzCampaignTest {
  private static final int GEN_SIZE = 1000;
  private static final FuzzCase END = new FuzzCase("end", "", "");

  private record Target(String name, Function<Random, FuzzCase> next) {}

  @Example
  void runs_the_configured_number_of_generated_cases_without_an_escape() throws Exception {
    long cases = Long.getLong("fuzz.cases", 0);
    assumeThat(cases).as("set -Dfuzz.cases to run the long fuzzing campaign").isPositive();
    int threads = Integer.getInteger("fuzz.threads", 2);
    long seed = Long.getLong("fuzz.seed", 14);
    String only = System.getProperty("fuzz.targets", "");
    List<Target> targets =
        targets().stream().filter(t -> only.isEmpty() || only.contains(t.name())).toList();
    Random random = new Random(seed);
    BlockingQueue<FuzzCase> queue = new ArrayBlockingQueue<>(1_000);
    ConcurrentLinkedQueue<String> escapes = new ConcurrentLinkedQueue<>();
    long started = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> runAll(queue, escapes), "fuzz-campaign-" + t);
      worker.start();
      workers.add(worker);
    }
    // jqwik's generators need the jqwik thread: generate here, run on the workers.
    Path progress = Path.of("target", "fuzz-campaign-progress.txt");
    Files.createDirectories(progress.getParent());
    for (long i = 0; i < cases; i++) {
      queue.put(targets.get((int) (i % targets.size())).next().apply(random));
      if (i % 25_000 == 0) {
        Files.writeString(
            progress,
            i
                + " cases queued after "
                + (System.nanoTime() - started) / 1_000_000_000L
                + " s, "
                + escapes.size()
                + " escapes\n",
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
      }
    }
    for (int t = 0; t < threads; t++) {
      queue.put(END);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("cases", cases);
    report.put("threads", threads);
    report.put("seed", seed);
    report.put("wallSeconds", seconds);
    report.put("escapes", escapes.size());
    report.put("outcomes", FuzzRunner.outcomes());
    report.put("escapeMessages", List.copyOf(escapes).subList(0, Math.min(20, escapes.size())));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "fuzz-campaign.json"),
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    assertThat(escapes).as("escapes (saved under target/fuzz-failures)").isEmpty();
  }

  private static void runAll(BlockingQueue<FuzzCase> queue, ConcurrentLinkedQueue<String> escapes) {
    FuzzRunner runner = new FuzzRunner();
    try {
      for (FuzzCase next = queue.take(); next != END; next = queue.take()) {
        try {
          runner.run(next);
        } catch (AssertionError escape) {
          escapes.add(escape.getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      runner.close();
    }
  }

  private static List<Target> targets() {
    RandomGenerator<String> definitions = generator(DefinitionArbitraries.definitions());
    RandomGenerator<String> inputs = generator(DefinitionArbitraries.inputs());
    RandomGenerator<String> paths = generator(QueryArbitraries.paths());
    RandomGenerator<String> intrinsics = generator(QueryArbitraries.intrinsics());
    RandomGenerator<String> jsonata = generator(QueryArbitraries.jsonata());
    String[] pathFields = {
      "InputPath", "OutputPath", "ResultPath", "Parameters", "Choice", "ItemsPath"
    };
    return List.of(
        new Target(
            "definition", r -> new FuzzCase("definition", value(definitions, r), value(inputs, r))),
        new Target(
            "path",
            r ->
                new FuzzCase(
                    "path",
                    FuzzDefinitions.withPath(
                        pathFields[r.nextInt(pathFields.length)], value(paths, r)),
                    value(inputs, r))),
        new Target(
            "intrinsic",
            r ->
                new FuzzCase(
                    "intrinsic",
                    FuzzDefinitions.withIntrinsic(value(intrinsics, r)),
                    value(inputs, r))),
        new Target(
            "jsonata",
            r ->
                new FuzzCase(
                    "jsonata", FuzzDefinitions.withJsonata(value(jsonata, r)), value(inputs, r))),
        new Target(
            "input", r -> new FuzzCase("input", FuzzDefinitions.forInputs(), value(inputs, r))));
  }

  private static RandomGenerator<String> generator(Arbitrary<String> arbitrary) {
    return arbitrary.generator(GEN_SIZE);
  }

  private static String value(RandomGenerator<String> generator, Random random) {
    return generator.next(random).value();
  }
}
