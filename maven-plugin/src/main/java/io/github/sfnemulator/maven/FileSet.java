package io.github.sfnemulator.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files under a directory selected by Ant-style patterns, as Maven users write them: {@code **}
 * matches any number of folders (none included), {@code *} and {@code ?} stay within one name.
 * Sorted, so builds print and run them in a stable order.
 */
final class FileSet {
  private final Path directory;
  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  FileSet(Path directory, List<String> includes, List<String> excludes) {
    this.directory = directory;
    this.includes = includes.stream().map(FileSet::ant).toList();
    this.excludes = excludes.stream().map(FileSet::ant).toList();
  }

  /** The selected files; none when the directory does not exist. */
  List<Path> files() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).filter(this::selected).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
  }

  private boolean selected(Path file) {
    String relative = directory.relativize(file).toString().replace('\\', '/');
    return includes.stream().anyMatch(p -> p.matcher(relative).matches())
        && excludes.stream().noneMatch(p -> p.matcher(relative).matches());
  }

  static Pattern ant(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (p.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(regex.toString());
  }
}
