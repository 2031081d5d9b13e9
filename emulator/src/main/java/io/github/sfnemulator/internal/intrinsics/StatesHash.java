package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code States.Hash}: the lower-case hex digest of a string (MD5, SHA-1, SHA-256, SHA-384 or
 * SHA-512).
 */
final class StatesHash implements IntrinsicFunction {
  private static final List<String> ALGORITHMS =
      List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
  private static final int MAX_LENGTH = 10_000;

  @Override
  public String name() {
    return "States.Hash";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    String data = args.string(0);
    String algorithm = args.string(1);
    if (!ALGORITHMS.contains(algorithm)) {
      throw args.failure(
          "the algorithm must be one of "
              + String.join(", ", ALGORITHMS)
              + ", but was "
              + algorithm);
    }
    if (data.length() > MAX_LENGTH) {
      throw args.failure("the input must be at most " + MAX_LENGTH + " characters long");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
      return Json.NODES.textNode(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw args.failure("the algorithm " + algorithm + " is not available");
    }
  }
}
