package io.github.sfnemulator.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of the expression languages, valid and broken: JSONPath paths, intrinsic function
 * calls and JSONata expressions. Each is built from a grammar of the language's pieces, then
 * sometimes mutated (a character dropped or inserted, a piece repeated hundreds of times), so both
 * well-formed expressions that run and malformed ones that must be refused are common.
 */
final class QueryArbitraries {
  private static final String[] PATH_STEPS = {
    ".a",
    ".b",
    ".items",
    ".n",
    ".s",
    "[0]",
    "[1]",
    "[-1]",
    "[*]",
    "..a",
    "..*",
    "['k']",
    "[\"a\"]",
    "[1:3]",
    "[::2]",
    "[0,1]",
    "[?(@.n > 1)]",
    "[?(@.a == 'x')]",
    "[?(@.n)]",
    ".length()",
    ".*",
    "$",
    "(",
    ")",
    "[",
    "]",
    "'",
    " ",
    "@",
    ".",
    "[99999999999]",
    "['a','b']",
    ".a.b.c"
  };
  private static final String[] PATH_ROOTS = {
    "$", "$", "$", "$$", "$$.Execution", "$var", "$9x", ""
  };

  private static final String[] INTRINSICS = {
    "States.Format",
    "States.StringToJson",
    "States.JsonToString",
    "States.Array",
    "States.ArrayPartition",
    "States.ArrayContains",
    "States.ArrayRange",
    "States.ArrayGetItem",
    "States.ArrayLength",
    "States.ArrayUnique",
    "States.Base64Encode",
    "States.Base64Decode",
    "States.Hash",
    "States.JsonMerge",
    "States.MathRandom",
    "States.MathAdd",
    "States.StringSplit",
    "States.UUID",
    "States.Nope",
    "Format"
  };
  private static final String[] INTRINSIC_LITERALS = {
    "'x'",
    "'{}'",
    "'{} and {}'",
    "'a,b,c'",
    "','",
    "'\\''",
    "''",
    "'SHA-256'",
    "'MD5'",
    "0",
    "1",
    "-1",
    "1.5",
    "3",
    "1000",
    "99999999999",
    "1e400",
    "true",
    "false",
    "null",
    "'{\"a\":1}'",
    "'aGk='",
    "'***'",
    "'\\{\\}'"
  };

  private static final String[] JSONATA_ATOMS = {
    "1",
    "0",
    "-1",
    "1.5",
    "1e308",
    "'x'",
    "\"s\"",
    "''",
    "true",
    "false",
    "null",
    "$states.input",
    "$states.input.a",
    "$states.input.items",
    "$states.input.n",
    "$states.context.Execution.Name",
    "$states.result",
    "$v",
    "$x",
    "[1,2,3]",
    "[]",
    "{}",
    "{\"k\": 1}",
    "$",
    "$$",
    "a",
    "items[0]"
  };
  private static final String[] JSONATA_FUNCTIONS = {
    "$string",
    "$length",
    "$substring",
    "$uppercase",
    "$sum",
    "$count",
    "$max",
    "$join",
    "$split",
    "$sort",
    "$reverse",
    "$keys",
    "$lookup",
    "$merge",
    "$append",
    "$exists",
    "$number",
    "$not",
    "$pad",
    "$partition",
    "$range",
    "$hash",
    "$random",
    "$uuid",
    "$parse",
    "$now",
    "$millis",
    "$formatNumber",
    "$formatBase",
    "$round",
    "$power",
    "$sqrt",
    "$distinct",
    "$zip",
    "$shuffle",
    "$contains",
    "$replace",
    "$match",
    "$eval",
    "$toMillis",
    "$fromMillis",
    "$type",
    "$boolean",
    "$abs",
    "$floor",
    "$each",
    "$spread",
    "$sift",
    "$error",
    "$assert",
    "$encodeUrl",
    "$base64decode"
  };
  private static final String[] JSONATA_OPERATORS = {
    " + ", " - ", " * ", " / ", " % ", " & ", " = ", " != ", " < ", " >= ", " and ", " or ", " in ",
    ".", " ~> ", ".."
  };
  private static final String[] JSONATA_LOOPS = {
    "($f := function($n){ $f($n+1) }; $f(0))",
    "($f := function($n){ 1 + $f($n+1) }; $f(0))",
    "($f := function($s,$n){ $n = 0 ? $s : $f($s & $s, $n-1) }; $f('x', 40))",
    "$count([1..10000000])",
    "$map([1..100000], function($v){ $v * 2 })",
    "$reduce([1..1000], function($a, $v){ $append($a, $a) }, [1])",
    "$pad('', 1000000000)",
    "$join([1..5000000].$string(), ',')",
    "($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(100))"
  };

  private QueryArbitraries() {}

  static Arbitrary<String> paths() {
    Arbitrary<String> steps =
        Arbitraries.of(PATH_STEPS).list().ofMaxSize(6).map(l -> String.join("", l));
    Arbitrary<String> path =
        Combinators.combine(Arbitraries.of(PATH_ROOTS), steps).as(String::concat);
    return mutated(path, PATH_STEPS);
  }

  static Arbitrary<String> intrinsics() {
    return mutated(call(3), INTRINSIC_LITERALS);
  }

  private static Arbitrary<String> call(int depth) {
    Arbitrary<String> argument =
        depth == 0
            ? Arbitraries.oneOf(Arbitraries.of(INTRINSIC_LITERALS), paths())
            : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(INTRINSIC_LITERALS)),
                net.jqwik.api.Tuple.of(3, paths()),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> call(depth - 1))));
    return Combinators.combine(Arbitraries.of(INTRINSICS), argument.list().ofMaxSize(4))
        .as((name, args) -> name + "(" + String.join(", ", args) + ")");
  }

  static Arbitrary<String> jsonata() {
    return mutated(
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1000, jsonataExpression(3)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(JSONATA_LOOPS))),
        JSONATA_ATOMS);
  }

  private static Arbitrary<String> jsonataExpression(int depth) {
    Arbitrary<String> atom = Arbitraries.of(JSONATA_ATOMS);
    if (depth == 0) {
      return atom;
    }
    Arbitrary<String> sub = Arbitraries.lazy(() -> jsonataExpression(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, atom),
        net.jqwik.api.Tuple.of(
            3,
            Combinators.combine(sub, Arbitraries.of(JSONATA_OPERATORS), sub)
                .as((a, o, b) -> a + o + b)),
        net.jqwik.api.Tuple.of(
            3,
            Combinators.combine(Arbitraries.of(JSONATA_FUNCTIONS), sub.list().ofMaxSize(3))
                .as((f, args) -> f + "(" + String.join(", ", args) + ")")),
        net.jqwik.api.Tuple.of(
            1, Combinators.combine(sub, sub, sub).as((c, a, b) -> c + " ? " + a + " : " + b)),
        net.jqwik.api.Tuple.of(
            1, Combinators.combine(sub, sub).as((a, b) -> "($v := " + a + "; " + b + ")")),
        net.jqwik.api.Tuple.of(
            1, Combinators.combine(sub, sub).as((a, b) -> "[" + a + ".." + b + "]")),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> a + "[" + b + "]")),
        net.jqwik.api.Tuple.of(1, sub.map(a -> "{\"k\": " + a + "}")),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(sub, sub)
                .as((a, b) -> "$map(" + a + ", function($x){ " + b + " })")));
  }

  /**
   * Sometimes breaks a generated text: drops or inserts a character, or repeats a piece many times
   * (the deep-nesting probes of issue 14).
   */
  static Arbitrary<String> mutated(Arbitrary<String> texts, String[] pieces) {
    Arbitrary<String> dropped =
        Combinators.combine(texts, Arbitraries.integers().between(0, 1000))
            .as(
                (t, i) ->
                    t.isEmpty()
                        ? t
                        : t.substring(0, i % t.length()) + t.substring(i % t.length() + 1));
    Arbitrary<String> inserted =
        Combinators.combine(
                texts,
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(
                    '(', ')', '[', ']', '{', '}', '\'', '"', '$', ',', '\\', '.', '%', '\u0000',
                    '\u00e9'))
            .as(
                (t, i, c) ->
                    t.substring(0, i % (t.length() + 1)) + c + t.substring(i % (t.length() + 1)));
    Arbitrary<String> repeated =
        Combinators.combine(
                Arbitraries.of(pieces),
                Arbitraries.of("(", "[", "States.Format(", "States.JsonToString(", "-", "{\"a\":"),
                Arbitraries.integers().between(20, 3000))
            .as((piece, open, n) -> open.repeat(n) + piece + closing(open).repeat(n));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, texts),
        net.jqwik.api.Tuple.of(2, dropped),
        net.jqwik.api.Tuple.of(2, inserted),
        net.jqwik.api.Tuple.of(1, repeated));
  }

  private static String closing(String open) {
    return switch (open) {
      case "(", "States.Format(", "States.JsonToString(" -> ")";
      case "[" -> "]";
      case "{\"a\":" -> "}";
      default -> "";
    };
  }
}
