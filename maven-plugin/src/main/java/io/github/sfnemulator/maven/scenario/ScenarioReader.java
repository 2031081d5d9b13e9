package io.github.sfnemulator.maven.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads scenario files: YAML for {@code .yaml}/{@code .yml}, JSON otherwise, into the same model.
 * Unknown fields are errors, so a misspelt expectation cannot pass silently.
 *
 * <pre>{@code
 * Scenario scenario = ScenarioReader.read(Path.of("src/test/sfn/order.sfn-test.yaml"));
 * scenario.name();             // order: the file name without .sfn-test.yaml
 * scenario.cases().size();
 * }</pre>
 */
public final class ScenarioReader {
  private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
  private static final ObjectMapper YAML = configure(YAMLMapper.builder()).build();

  private ScenarioReader() {}

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
  }

  /** Reads and checks {@code file}; its name without the suffix names an unnamed scenario. */
  public static Scenario read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read the scenario file (" + e + ")", e);
    }
    return parse(text, file.getFileName().toString(), file.toString());
  }

  /**
   * Parses scenario text; {@code fileName} picks the syntax and the default name, {@code
   * displayName} starts every error message.
   */
  public static Scenario parse(String text, String fileName, String displayName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    Scenario scenario;
    try {
      scenario = mapper.readValue(text, Scenario.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ScenarioException(
          displayName
              + ": unknown field '"
              + e.getPropertyName()
              + "'"
              + (e.getPath().size() > 1
                  ? " in " + path(e.getPath().subList(0, e.getPath().size() - 1))
                  : "")
              + line(e, mapper, text)
              + ". Known fields there: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")),
          e);
    } catch (MismatchedInputException e) {
      boolean wrongType = !(e instanceof InvalidFormatException) && e.getTargetType() != null;
      throw new ScenarioException(
          displayName
              + ": "
              + (wrongType
                  ? "expected " + typeName(e.getTargetType()) + " here"
                  : e.getOriginalMessage())
              + at(e, mapper, text),
          e);
    } catch (JsonMappingException e) {
      throw new ScenarioException(
          displayName + ": " + e.getOriginalMessage() + at(e, mapper, text), e);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(
          displayName
              + ": not valid "
              + (mapper == YAML ? "YAML" : "JSON")
              + ": "
              + e.getOriginalMessage()
              + at(e, mapper, text),
          e);
    }
    if (scenario == null) {
      throw new ScenarioException(displayName + ": the scenario file is empty");
    }
    Scenario named = scenario.withDefaultName(baseName(fileName));
    ScenarioChecks.check(named, displayName);
    if (named.backends() != null) {
      named.backends().check(displayName);
    }
    return named;
  }

  /** {@code order.sfn-test.yaml} → {@code order}. */
  public static String baseName(String fileName) {
    for (String suffix : new String[] {".sfn-test.yaml", ".sfn-test.yml", ".sfn-test.json"}) {
      if (fileName.endsWith(suffix)) {
        return fileName.substring(0, fileName.length() - suffix.length());
      }
    }
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String typeName(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return Number.class.isAssignableFrom(type) || type == int.class
        ? "a number"
        : "a " + type.getSimpleName();
  }

  private static String at(JsonProcessingException e, ObjectMapper mapper, String text) {
    String where =
        e instanceof JsonMappingException m && !m.getPath().isEmpty()
            ? " at " + path(m.getPath())
            : "";
    return where + line(e, mapper, text);
  }

  /**
   * Where the offending field starts. Jackson reports where its parser stood, which for YAML is
   * past the value (the next line), so a field is found again by its path in the text.
   */
  private static String line(JsonProcessingException e, ObjectMapper mapper, String text) {
    JsonLocation location = e.getLocation();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      JsonLocation found = locate(mapper, text, pointer(m.getPath()));
      location = found != null ? found : location;
    }
    return location != null && location.getLineNr() > 0
        ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
        : "";
  }

  /** The first token at {@code pointer} (a field's name, or an array element), or null. */
  private static JsonLocation locate(ObjectMapper mapper, String text, String pointer) {
    try (JsonParser parser = mapper.createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t != JsonToken.END_OBJECT
            && t != JsonToken.END_ARRAY
            && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException unreadable) {
      // the text broke before the field: keep Jackson's location
    }
    return null;
  }

  private static String pointer(List<JsonMappingException.Reference> references) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      b.append('/');
      if (r.getIndex() >= 0) {
        b.append(r.getIndex());
      } else if (r.getFieldName() != null) {
        b.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      }
    }
    return b.toString();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      }
    }
    return b.toString();
  }
}
