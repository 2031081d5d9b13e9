package io.github.sfnemulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snippet markers of the documentation and what each shows. A page marks a code block with
 * {@code <!-- snippet: PATH#TAG -->} on the line before it: the block must show the lines between
 * {@code tag::TAG[]} and {@code end::TAG[]} in the file PATH (relative to the repository root), or,
 * without {@code #TAG}, the whole file. A marker is a line of its own (an indented one is an
 * example inside a code block, not a marker). Lines compare without their indentation; blank lines
 * and lines holding tag markers are ignored on both sides.
 */
final class DocSnippets {
  private static final Pattern MARKER =
      Pattern.compile("^ {0,3}<!--\\s*snippet:\\s*(\\S+?)\\s*-->\\s*$");
  private static final Pattern ANY_TAG = Pattern.compile("(tag|end)::[\\w.-]+\\[]");

  private DocSnippets() {}

  /** A code block of {@code page} (line {@code line}) and the source its marker names. */
  record Snippet(Path root, Path page, int line, String target, List<Line> shown) {
    String where() {
      return root.relativize(page) + ":" + line + " (snippet: " + target + ")";
    }

    /** What is wrong with the block, or null when it shows its source unchanged. */
    String problem() {
      if (shown == null) {
        return where() + ": the marker must be followed by a ``` code block";
      }
      int hash = target.indexOf('#');
      Path file = root.resolve(hash < 0 ? target : target.substring(0, hash));
      if (!Files.isRegularFile(file)) {
        return where() + ": names a missing file " + root.relativize(file);
      }
      List<String> source = lines(file);
      if (hash >= 0) {
        String tag = target.substring(hash + 1);
        int from = indexContaining(source, "tag::" + tag + "[]", 0);
        int to = from < 0 ? -1 : indexContaining(source, "end::" + tag + "[]", from + 1);
        if (to < 0) {
          return where()
              + ": "
              + root.relativize(file)
              + " has no region tag::"
              + tag
              + "[] ... end::"
              + tag
              + "[]";
        }
        source = source.subList(from + 1, to);
      }
      List<String> expected =
          source.stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !ANY_TAG.matcher(l).find())
              .toList();
      for (int i = 0; i < Math.max(expected.size(), shown.size()); i++) {
        String want = i < expected.size() ? expected.get(i) : "(end of the source)";
        String got = i < shown.size() ? shown.get(i).text() : "(end of the block)";
        if (!want.equals(got)) {
          int at = i < shown.size() ? shown.get(i).number() : line;
          return where()
              + ": differs from its source at page line "
              + at
              + ":\n  source: "
              + want
              + "\n  page:   "
              + got;
        }
      }
      return null;
    }
  }

  /** A non-blank line of a code block, stripped, with its 1-based line number in the page. */
  record Line(int number, String text) {}

  /** README.md, the module READMEs and every page under docs/. */
  static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> modules = Files.list(root);
        Stream<Path> docs =
            Files.isDirectory(root.resolve("docs"))
                ? Files.walk(root.resolve("docs"))
                : Stream.empty()) {
      modules
          .map(m -> m.resolve("README.md"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(pages::add);
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages.stream().filter(Files::isRegularFile).toList();
  }

  /** The marked code blocks of {@code page}. */
  static List<Snippet> in(Path root, Path page) {
    List<String> lines = lines(page);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.find()) {
        snippets.add(new Snippet(root, page, i + 1, m.group(1), block(lines, i + 1)));
      }
    }
    return snippets;
  }

  /**
   * The {@code ```java} blocks of {@code page} with no snippet marker before them, as {@code
   * page:line}: Java on these pages must be tested code.
   */
  static List<String> unmarkedJavaBlocks(Path root, Path page) {
    List<String> lines = lines(page);
    List<String> unmarked = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```java") && !MARKER.matcher(previous).find()) {
        unmarked.add(root.relativize(page) + ":" + (i + 1));
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return unmarked;
  }

  /** The non-blank lines of the fenced block starting at or after {@code from}, or null. */
  private static List<Line> block(List<String> lines, int from) {
    int start = from;
    while (start < lines.size() && lines.get(start).isBlank()) {
      start++;
    }
    if (start >= lines.size() || !lines.get(start).strip().startsWith("```")) {
      return null;
    }
    List<Line> shown = new ArrayList<>();
    for (int i = start + 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("```")) {
        return shown;
      }
      if (!l.isEmpty() && !ANY_TAG.matcher(l).find()) {
        shown.add(new Line(i + 1, l));
      }
    }
    return null;
  }

  private static int indexContaining(List<String> lines, String text, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
