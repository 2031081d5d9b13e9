package io.github.sfnemulator.internal.model;

import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import io.github.sfnemulator.internal.query.jsonpath.ResultPathWriter;

/**
 * A state's input and output processing. In JSONPath states: InputPath, Parameters, ResultSelector,
 * ResultPath, OutputPath; in JSONata states: Arguments and Output. Assign in both. A null field is
 * absent, except where noted.
 *
 * @param inputPath InputPath; {@code null} when the definition sets it to null (input becomes
 *     {@code {}}); {@link #ROOT} when absent
 * @param parameters Parameters (JSONPath) or Arguments (JSONata)
 * @param resultSelector ResultSelector
 * @param resultPath ResultPath; {@code null} when set to null (result discarded); {@code $} when
 *     absent
 * @param outputPath OutputPath, with the same null convention as InputPath
 * @param output Output (JSONata)
 * @param assign Assign, a template evaluated into an object of variables
 */
public record DataFlow(
    PathExpression inputPath,
    Field parameters,
    Field resultSelector,
    ResultPathWriter resultPath,
    PathExpression outputPath,
    Field output,
    Field assign) {

  public static final PathExpression ROOT = PathExpression.compile("$");
  public static final ResultPathWriter RESULT_ROOT = ResultPathWriter.compile("$");
}
