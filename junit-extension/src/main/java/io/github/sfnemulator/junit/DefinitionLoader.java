package io.github.sfnemulator.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads a definition file named by {@link StateMachineDefinition}: classpath first, then path. */
final class DefinitionLoader {
  /** Built when a YAML file is first read: a JSON file needs no mapper, and one costs ~200 ms. */
  private static final class Mappers {
    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private DefinitionLoader() {}

  /**
   * The definition as JSON text (YAML is converted, as AWS only takes JSON).
   *
   * @param where the field or parameter, for messages
   */
  static String load(String file, String root, ClassLoader loader, String where) {
    String resource = root.isEmpty() ? file : root.replaceAll("/+$", "") + "/" + file;
    String text = readClasspath(loader, resource.replaceAll("^/+", ""));
    Path path = root.isEmpty() ? Path.of(file) : Path.of(root, file);
    if (text == null) {
      if (!Files.isRegularFile(path)) {
        throw new ExtensionConfigurationException(
            String.format(
                "@StateMachineDefinition(\"%s\") on %s: no classpath resource '%s' and no file %s."
                    + " Put the file under src/test/resources%s, or fix the name.",
                file, where, resource, path.toAbsolutePath(), root.isEmpty() ? "" : "/" + root));
      }
      text = readFile(path);
    }
    return isYaml(file) ? yamlToJson(text, file, where) : text;
  }

  /**
   * The file as a path on the file system (a template's DefinitionUri is relative to it), or null
   * when it is neither a file nor a classpath resource in a directory.
   */
  static Path locate(String file, String root, ClassLoader loader) {
    String resource = root.isEmpty() ? file : root.replaceAll("/+$", "") + "/" + file;
    java.net.URL url = loader.getResource(resource.replaceAll("^/+", ""));
    if (url != null && url.getProtocol().equals("file")) {
      try {
        return Path.of(url.toURI());
      } catch (java.net.URISyntaxException | RuntimeException e) {
        // fall back to the file system
      }
    }
    Path path = root.isEmpty() ? Path.of(file) : Path.of(root, file);
    return Files.isRegularFile(path) ? path : null;
  }

  /** {@code workflows/order.asl.json} gives {@code order}; characters AWS rejects become '-'. */
  static String nameOf(String file) {
    String base = Path.of(file).getFileName().toString();
    int dot = base.indexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    String name = stem.replaceAll("[^A-Za-z0-9_-]", "-");
    return name.length() > 80 ? name.substring(0, 80) : name;
  }

  private static boolean isYaml(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static String readClasspath(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
    }
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
    }
  }

  private static String yamlToJson(String yaml, String file, String where) {
    try {
      JsonNode tree = Mappers.YAML.readTree(yaml);
      return Mappers.JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new ExtensionConfigurationException(
          String.format(
              "@StateMachineDefinition(\"%s\") on %s: the file is not valid YAML: %s",
              file, where, e.getOriginalMessage()),
          e);
    }
  }
}
