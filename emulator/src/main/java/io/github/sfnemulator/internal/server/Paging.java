package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.SfnApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** List paging with opaque tokens that hold the offset of the next page. */
final class Paging {
  /** AWS's page size when {@code maxResults} is 0 or absent. */
  static final int DEFAULT_PAGE = 100;

  private Paging() {}

  record Page<T>(List<T> items, String nextToken) {}

  /** Validates the paging members before the caller looks anything up. */
  static void check(ApiRequest request) {
    request.integer("maxResults", 0, 1000, 0);
    offset(request.optional("nextToken"));
  }

  static <T> Page<T> page(List<T> all, ApiRequest request) {
    int max = request.integer("maxResults", 0, 1000, 0);
    int size = max == 0 ? DEFAULT_PAGE : max;
    int from = offset(request.optional("nextToken"));
    int start = Math.min(from, all.size());
    int end = Math.min(all.size(), start + size);
    return new Page<>(all.subList(start, end), end < all.size() ? token(end) : null);
  }

  private static String token(int offset) {
    return Base64.getUrlEncoder()
        .encodeToString(("sfn-emulator:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token) {
    if (token == null) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("sfn-emulator:")) {
        int offset = Integer.parseInt(text.substring("sfn-emulator:".length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through: not one of our tokens
    }
    throw new SfnApiException("InvalidToken", "Invalid Token: '" + token + "'");
  }
}
