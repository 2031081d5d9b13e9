package io.github.sfnemulator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
  @TempDir Path dir;

  @Test
  void selects_files_at_any_depth_including_the_top_and_honours_excludes() throws Exception {
    // GIVEN
    for (String f :
        List.of("a.asl.json", "x/b.asl.yaml", "x/y/c.asl.json", "drafts/d.asl.json", "e.json")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "{}");
    }
    // WHEN
    List<Path> files =
        new FileSet(dir, List.of("**/*.asl.json", "**/*.asl.yaml"), List.of("drafts/**")).files();
    // THEN
    assertThat(files.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')))
        .containsExactly("a.asl.json", "x/b.asl.yaml", "x/y/c.asl.json");
  }

  @Test
  void finds_nothing_in_a_missing_directory() {
    assertThat(new FileSet(dir.resolve("none"), List.of("**/*"), List.of()).files()).isEmpty();
  }

  @Test
  void keeps_single_star_and_question_mark_within_one_name() {
    assertThat(FileSet.ant("*.json").matcher("a/b.json").matches()).isFalse();
    assertThat(FileSet.ant("a?.json").matcher("ab.json").matches()).isTrue();
  }
}
