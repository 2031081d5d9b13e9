package io.github.sfnemulator.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadCatalogTest {
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @TempDir Path dir;

  @Test
  void reads_definition_inline_input_and_expectation() throws IOException {
    // GIVEN
    write("p.asl.json", PASS);
    write(
        "workloads.json",
        "{\"workloads\":{\"p\":{\"id\":\"W9\",\"definition\":\"p.asl.json\",\"input\":{\"a\":1},"
            + "\"executions\":7,\"skipWaits\":true,\"expect\":{\"status\":\"SUCCEEDED\",\"output\":{\"a\":1}}}}}");

    // WHEN
    Workload w = WorkloadCatalog.open(dir).get("p");

    // THEN
    assertThat(w.id()).isEqualTo("W9");
    assertThat(w.definition()).isEqualTo(PASS);
    assertThat(Json.parse(w.input())).isEqualTo(Json.parse("{\"a\":1}"));
    assertThat(w.executions()).isEqualTo(7);
    assertThat(w.skipWaits()).isTrue();
    assertThat(w.mocks().isEmpty()).isTrue();
    assertThat(w.expectStatus()).isEqualTo("SUCCEEDED");
    assertThat(w.expectOutput()).isEqualTo(Json.parse("{\"a\":1}"));
  }

  @Test
  void reads_input_from_input_file_when_opened_by_manifest_path() throws IOException {
    write("p.asl.json", PASS);
    write("in.json", "[1,2,3]");
    Path manifest =
        write(
            "workloads.json",
            "{\"workloads\":{\"p\":{\"definition\":\"p.asl.json\",\"inputFile\":\"in.json\"}}}");

    Workload w = WorkloadCatalog.open(manifest).get("p");

    assertThat(w.input()).isEqualTo("[1,2,3]");
    assertThat(w.expectStatus()).isNull();
    assertThat(w.expectOutput()).isNull();
  }

  @Test
  void unknown_workload_names_the_known_ones() throws IOException {
    write("workloads.json", "{\"workloads\":{\"a\":{},\"b\":{}}}");

    assertThatThrownBy(() -> WorkloadCatalog.open(dir).get("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown workload 'c'; known: a, b.");
  }

  @Test
  void locates_shared_workloads_two_levels_up() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared/workloads"));
    Files.writeString(shared.resolve("workloads.json"), "{\"workloads\":{}}");
    Path worktreeRoot = Files.createDirectories(dir.resolve("wt/bench"));

    assertThat(WorkloadCatalog.locate(worktreeRoot)).isEqualTo(shared);
    assertThat(WorkloadCatalog.locate(dir.resolve("wt"))).isEqualTo(shared);
    assertThat(WorkloadCatalog.locate(Files.createDirectories(dir.resolve("a/b/c")))).isNull();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
