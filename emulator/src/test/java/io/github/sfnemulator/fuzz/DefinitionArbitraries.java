package io.github.sfnemulator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of whole state machines and execution inputs. A definition is assembled by a seeded
 * {@link Random} from generated paths, intrinsic calls and JSONata expressions: states of every
 * type with the fields that belong to them (and sometimes ones that do not, or values of the wrong
 * type), transitions to existing and missing states, Retry/Catch, Map and Parallel with nested
 * machines. Times and retry counts stay within a year: huge clock arithmetic is the run loop's
 * concern (issue 14 item 1), not this harness's.
 */
final class DefinitionArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] TYPES = {
    "Pass", "Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Map", "Parallel", "Bogus"
  };
  private static final String[] OPERATORS = {
    "StringEquals",
    "NumericEquals",
    "NumericLessThan",
    "BooleanEquals",
    "IsPresent",
    "IsNull",
    "StringMatches",
    "TimestampEquals",
    "NumericEqualsPath",
    "StringLessThanPath",
    "IsNumeric",
    "NumericGreaterThanEquals",
    "Bogus"
  };
  private static final String[] ERRORS = {
    "States.ALL",
    "States.TaskFailed",
    "Lambda.ServiceException",
    "States.Runtime",
    "States.QueryEvaluationError",
    "States.DataLimitExceeded",
    "Custom"
  };

  private DefinitionArbitraries() {}

  /** Source pieces for one definition, and a seed to assemble them. */
  private record Pieces(
      long seed, List<String> paths, List<String> intrinsics, List<String> jsonata) {}

  static Arbitrary<String> definitions() {
    return Combinators.combine(
            Arbitraries.longs(),
            QueryArbitraries.paths().list().ofSize(8),
            QueryArbitraries.intrinsics().list().ofSize(4),
            QueryArbitraries.jsonata().list().ofSize(6))
        .as(Pieces::new)
        .map(pieces -> new Builder(pieces).definition());
  }

  /** JSON inputs, mostly small objects the generated paths can select in; sometimes not JSON. */
  static Arbitrary<String> inputs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            8, Arbitraries.longs().map(seed -> write(value(new Random(seed), 3)))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                "",
                "null",
                "{",
                "{\"a\":1} junk",
                "[1,2",
                "\"x\"",
                "1e999999",
                "{\"a\":\"\\ud800\"}",
                "[".repeat(2000) + "]".repeat(2000),
                "{\"a\":".repeat(1500) + "1" + "}".repeat(1500),
                "{\"s\":\"" + "x".repeat(262_200) + "\"}")));
  }

  static JsonNode value(Random random, int depth) {
    int kind = depth == 0 ? random.nextInt(5) : random.nextInt(8);
    return switch (kind) {
      case 0 -> NODES.numberNode(random.nextInt(7) - 2);
      case 1 -> NODES.textNode(pick(random, "x", "", "a,b", "{}", "2024-01-01T00:00:00Z", "$.a"));
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> NODES.numberNode(random.nextDouble() * 1e6);
      case 5, 6 -> {
        ObjectNode object = NODES.objectNode();
        for (String key : new String[] {"a", "b", "items", "n", "s", "k"}) {
          if (random.nextInt(3) > 0) {
            object.set(key, value(random, depth - 1));
          }
        }
        yield object;
      }
      default -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(5); i > 0; i--) {
          array.add(value(random, depth - 1));
        }
        yield array;
      }
    };
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }

  /** Assembles one definition from its pieces; every choice comes from the seed. */
  private static final class Builder {
    private final Random random;
    private final Pieces pieces;

    Builder(Pieces pieces) {
      this.random = new Random(pieces.seed());
      this.pieces = pieces;
    }

    String definition() {
      return write(machine(2, random.nextInt(6) == 0 ? "JSONata" : null, true));
    }

    private ObjectNode machine(int depth, String language, boolean topLevel) {
      ObjectNode machine = NODES.objectNode();
      if (topLevel && random.nextInt(8) == 0) {
        machine.put("QueryLanguage", pick(random, "JSONata", "JSONPath", "SQL"));
        language = machine.get("QueryLanguage").asText();
      } else if (topLevel && language != null) {
        machine.put("QueryLanguage", language);
      }
      int count = 1 + random.nextInt(4);
      machine.put("StartAt", random.nextInt(20) == 0 ? "Missing" : "S0");
      ObjectNode states = machine.putObject("States");
      for (int i = 0; i < count; i++) {
        states.set("S" + i, state(i, count, depth, "JSONata".equals(language)));
      }
      if (topLevel && random.nextInt(10) == 0) {
        machine.put("TimeoutSeconds", pick(random, 1, 60, 0, -1, 31_536_000));
      }
      return machine;
    }

    private ObjectNode state(int index, int count, int depth, boolean jsonata) {
      ObjectNode state = NODES.objectNode();
      String type = pick(random, TYPES);
      if (depth == 0 && (type.equals("Map") || type.equals("Parallel"))) {
        type = "Pass";
      }
      state.put("Type", type);
      switch (type) {
        case "Pass" -> dataFields(state, jsonata, true);
        case "Task" -> task(state, jsonata);
        case "Choice" -> choice(state, count, jsonata);
        case "Wait" -> waitFields(state, jsonata);
        case "Fail" -> fail(state, jsonata);
        case "Map" -> map(state, depth, jsonata);
        case "Parallel" -> parallel(state, depth, jsonata);
        default -> {
          // Succeed and unknown types take no more fields
        }
      }
      if (!type.equals("Choice") && !type.equals("Succeed") && !type.equals("Fail")) {
        transition(state, index, count);
      }
      if (random.nextInt(15) == 0) {
        state.put(
            pick(random, "Bogus", "Next", "End", "Resource", "Parameters"),
            pick(random, "x", "S1"));
      }
      return state;
    }

    private void transition(ObjectNode state, int index, int count) {
      int r = random.nextInt(10);
      if (r == 0) {
        state.put("Next", "Nowhere");
      } else if (r < 5 && index + 1 < count) {
        state.put("Next", "S" + (index + 1));
      } else if (r < 6) {
        state.put("Next", "S" + random.nextInt(count));
      } else {
        state.put("End", true);
      }
    }

    private void dataFields(ObjectNode state, boolean jsonata, boolean pass) {
      if (jsonata) {
        if (random.nextBoolean()) {
          state.set("Output", jsonataTemplate());
        }
        if (random.nextInt(3) == 0) {
          state.set("Assign", NODES.objectNode().set("v", jsonataTemplate()));
        }
        if (pass && random.nextInt(4) == 0) {
          state.set("Result", value(random, 2));
        }
        return;
      }
      for (String field : new String[] {"InputPath", "OutputPath", "ResultPath"}) {
        if (random.nextInt(3) == 0) {
          state.set(field, random.nextInt(8) == 0 ? NODES.nullNode() : NODES.textNode(path()));
        }
      }
      if (random.nextBoolean()) {
        state.set(pass ? "Parameters" : "ResultSelector", payloadTemplate());
      }
      if (pass && random.nextInt(4) == 0) {
        state.set("Result", value(random, 2));
      }
      if (random.nextInt(4) == 0) {
        state.set("Assign", payloadTemplate());
      }
    }

    private JsonNode payloadTemplate() {
      ObjectNode template = NODES.objectNode();
      for (int i = random.nextInt(4); i >= 0; i--) {
        switch (random.nextInt(4)) {
          case 0 -> template.put("p" + i + ".$", path());
          case 1 -> template.put("i" + i + ".$", intrinsic());
          case 2 -> template.set("c" + i, value(random, 1));
          default -> template.set("o" + i, NODES.objectNode().put("q.$", path()));
        }
      }
      return template;
    }

    private JsonNode jsonataTemplate() {
      return random.nextInt(4) == 0
          ? NODES.objectNode().put("x", expression()).put("lit", "y")
          : NODES.textNode(expression());
    }

    private String expression() {
      String source = pieces.jsonata().get(random.nextInt(pieces.jsonata().size()));
      return random.nextInt(20) == 0 ? source : "{% " + source + " %}";
    }

    private String path() {
      return pieces.paths().get(random.nextInt(pieces.paths().size()));
    }

    private String intrinsic() {
      return pieces.intrinsics().get(random.nextInt(pieces.intrinsics().size()));
    }

    private void task(ObjectNode state, boolean jsonata) {
      state.put(
          "Resource",
          pick(
              random,
              "arn:aws:states:::lambda:invoke",
              "arn:aws:lambda:us-east-1:123456789012:function:f",
              "not-an-arn"));
      if (jsonata) {
        state.set(
            "Arguments",
            random.nextBoolean()
                ? jsonataTemplate()
                : NODES.objectNode().put("fail", expression()));
        dataFields(state, true, false);
      } else {
        ObjectNode parameters = (ObjectNode) payloadTemplate();
        if (random.nextInt(3) == 0) {
          parameters.put("fail", true);
        }
        state.set("Parameters", parameters);
        dataFields(state, false, false);
      }
      if (random.nextInt(3) == 0) {
        ArrayNode retry = state.putArray("Retry");
        ObjectNode retrier = retry.addObject();
        retrier.putArray("ErrorEquals").add(pick(random, ERRORS));
        retrier.put("MaxAttempts", random.nextInt(4));
        retrier.put("IntervalSeconds", pick(random, 1, 5, 3600));
        retrier.put("BackoffRate", pick(random, 1.0, 2.0, 0.5));
        if (random.nextInt(3) == 0) {
          retrier.put("MaxDelaySeconds", pick(random, 1, 10, 0));
        }
      }
      if (random.nextInt(3) == 0) {
        ObjectNode catcher = state.putArray("Catch").addObject();
        catcher.putArray("ErrorEquals").add(pick(random, ERRORS));
        catcher.put("Next", pick(random, "S0", "S1", "Nowhere"));
        if (!jsonata && random.nextBoolean()) {
          catcher.put("ResultPath", path());
        }
      }
      if (random.nextInt(4) == 0) {
        state.put("TimeoutSeconds", pick(random, 1, 60, 0, 99_999_999));
      }
    }

    private void choice(ObjectNode state, int count, boolean jsonata) {
      ArrayNode choices = state.putArray("Choices");
      for (int i = random.nextInt(3); i >= 0; i--) {
        ObjectNode rule = choices.addObject();
        if (jsonata) {
          rule.put("Condition", expression());
        } else {
          comparison(rule, 2);
        }
        rule.put("Next", "S" + random.nextInt(count + 1));
      }
      if (random.nextBoolean()) {
        state.put("Default", "S" + random.nextInt(count));
      }
    }

    private void comparison(ObjectNode rule, int depth) {
      if (depth > 0 && random.nextInt(4) == 0) {
        String operator = pick(random, "And", "Or", "Not");
        if (operator.equals("Not")) {
          comparison(rule.putObject("Not"), depth - 1);
        } else {
          ArrayNode rules = rule.putArray(operator);
          comparison(rules.addObject(), depth - 1);
          comparison(rules.addObject(), depth - 1);
        }
        return;
      }
      rule.put("Variable", path());
      String operator = pick(random, OPERATORS);
      if (operator.endsWith("Path")) {
        rule.put(operator, path());
      } else {
        rule.set(operator, value(random, 0));
      }
    }

    private void waitFields(ObjectNode state, boolean jsonata) {
      switch (random.nextInt(4)) {
        case 0 ->
            state.put(
                "Seconds",
                jsonata && random.nextBoolean()
                    ? expression()
                    : String.valueOf(random.nextInt(100)));
        case 1 -> state.put("Seconds", random.nextInt(86_400) - 5);
        case 2 ->
            state.put(
                jsonata ? "Timestamp" : "TimestampPath", jsonata ? "2024-06-01T00:00:00Z" : path());
        default -> state.put(jsonata ? "Seconds" : "SecondsPath", jsonata ? expression() : path());
      }
      if (state.get("Seconds") != null && state.get("Seconds").isTextual() && !jsonata) {
        state.put("Seconds", random.nextInt(100));
      }
    }

    private void fail(ObjectNode state, boolean jsonata) {
      if (jsonata) {
        state.put("Error", random.nextBoolean() ? "Custom" : expression());
        state.put("Cause", expression());
      } else if (random.nextBoolean()) {
        state.put("ErrorPath", random.nextBoolean() ? path() : intrinsic());
        state.put("CausePath", random.nextBoolean() ? path() : intrinsic());
      } else {
        state.put("Error", "Custom");
      }
    }

    private void map(ObjectNode state, int depth, boolean jsonata) {
      if (jsonata) {
        state.put("Items", expression());
      } else if (random.nextBoolean()) {
        state.put("ItemsPath", path());
      }
      if (random.nextInt(3) == 0) {
        state.put("MaxConcurrency", pick(random, 0, 1, 2, -1));
      }
      if (!jsonata && random.nextInt(3) == 0) {
        state.set("ItemSelector", payloadTemplate());
      }
      ObjectNode processor = machine(depth - 1, jsonata ? "JSONata" : null, false);
      processor
          .putObject("ProcessorConfig")
          .put("Mode", pick(random, "INLINE", "INLINE", "DISTRIBUTED", "Bogus"));
      state.set("ItemProcessor", processor);
      if (random.nextInt(4) == 0) {
        state.put("ToleratedFailurePercentage", pick(random, 0, 50, 100, 101));
      }
      dataFields(state, jsonata, false);
    }

    private void parallel(ObjectNode state, int depth, boolean jsonata) {
      ArrayNode branches = state.putArray("Branches");
      for (int i = random.nextInt(3); i >= 0; i--) {
        branches.add(machine(depth - 1, jsonata ? "JSONata" : null, false));
      }
      dataFields(state, jsonata, false);
    }
  }
}
