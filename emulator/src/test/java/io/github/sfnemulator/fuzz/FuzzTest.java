package io.github.sfnemulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue 14's fuzzing harness: nothing a definition or an input holds may hang, crash or poison the
 * emulator. Each property feeds generated text through {@link FuzzRunner}, which allows a
 * diagnostic, a documented API exception or an ended execution, and fails with a saved reproduction
 * on anything else (including {@code validate()} and {@code createStateMachine} disagreeing).
 *
 * <p>The build runs {@code jqwik.tries.default} tries per property (see {@code
 * junit-platform.properties}) and replays every reproduction saved in {@code
 * src/test/resources/fuzz/corpus}. The long run is documented in {@code docs/fuzzing.md}.
 */
class FuzzTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "fuzz", "corpus");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final FuzzRunner runner = new FuzzRunner();

  @Property
  void generated_definitions_give_a_diagnostic_or_an_ended_execution(
      @ForAll("definitions") String definition, @ForAll("inputs") String input) {
    runner.run(new FuzzCase("definition", definition, input));
  }

  /**
   * Issue 14 item 4: {@code validate()} has no ERROR exactly when {@code createStateMachine}
   * succeeds ({@link FuzzRunner} checks it on every case; here over nearly valid definitions).
   */
  @Property
  void validate_has_no_error_exactly_when_create_state_machine_succeeds(
      @ForAll("mutatedDefinitions") String definition) {
    runner.run(new FuzzCase("mutation", definition, "{}"));
  }

  @Property
  void generated_paths_give_a_diagnostic_or_an_ended_execution(
      @ForAll("paths") String path,
      @ForAll("pathFields") String field,
      @ForAll("inputs") String input) {
    runner.run(new FuzzCase("path", FuzzDefinitions.withPath(field, path), input));
  }

  @Property
  void generated_intrinsic_calls_give_a_diagnostic_or_an_ended_execution(
      @ForAll("intrinsics") String call, @ForAll("inputs") String input) {
    runner.run(new FuzzCase("intrinsic", FuzzDefinitions.withIntrinsic(call), input));
  }

  @Property
  void generated_jsonata_gives_a_diagnostic_or_an_ended_execution(
      @ForAll("jsonata") String expression, @ForAll("inputs") String input) {
    runner.run(new FuzzCase("jsonata", FuzzDefinitions.withJsonata(expression), input));
  }

  @Property
  void generated_inputs_are_refused_or_run_to_an_end(@ForAll("inputs") String input) {
    runner.run(new FuzzCase("input", FuzzDefinitions.forInputs(), input));
  }

  @Example
  void every_saved_reproduction_now_gives_an_allowed_outcome() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(CORPUS)) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(runner.run(FuzzCase.read(file))).as(file.toString()).isNotBlank();
    }
  }

  @AfterContainer
  static void report() throws IOException {
    String summary =
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(FuzzRunner.outcomes());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "fuzz-outcomes.json"), summary);
    Files.write(Path.of("target", "fuzz-slow-cases.txt"), FuzzRunner.slowCases());
  }

  @Provide
  Arbitrary<String> definitions() {
    return DefinitionArbitraries.definitions();
  }

  @Provide
  Arbitrary<String> mutatedDefinitions() {
    return DefinitionMutations.definitions();
  }

  @Provide
  Arbitrary<String> inputs() {
    return DefinitionArbitraries.inputs();
  }

  @Provide
  Arbitrary<String> paths() {
    return QueryArbitraries.paths();
  }

  @Provide
  Arbitrary<String> pathFields() {
    return Arbitraries.of(
        "InputPath", "OutputPath", "ResultPath", "Parameters", "Choice", "ItemsPath");
  }

  @Provide
  Arbitrary<String> intrinsics() {
    return QueryArbitraries.intrinsics();
  }

  @Provide
  Arbitrary<String> jsonata() {
    return QueryArbitraries.jsonata();
  }
}
