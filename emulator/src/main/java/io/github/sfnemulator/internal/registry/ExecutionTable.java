package io.github.sfnemulator.internal.registry;

import io.github.sfnemulator.internal.interpreter.ExecutionRun;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The executions an emulator holds, by ARN, in the order they started. Not thread-safe: the
 * emulator's registry lock guards it.
 *
 * <p>An execution ARN is about a hundred characters, and every StartExecution makes a new one:
 * {@link String#hashCode()} walks all of them one after another, about 60 ns of the 0.9 us the
 * shortest executions took. Keys here hash a sample of the characters instead (the tail, where a
 * generated name's random digits and most names' differences are, and a spread of the rest); ARNs
 * whose samples agree still work, at the cost of a longer bucket, which the map turns into a tree
 * ordered by the ARN.
 */
public final class ExecutionTable {
  private final Map<ArnKey, ExecutionRun> runs = new LinkedHashMap<>();

  public ExecutionRun get(String arn) {
    return arn == null ? null : runs.get(new ArnKey(arn));
  }

  public void put(String arn, ExecutionRun run) {
    runs.put(new ArnKey(arn), run);
  }

  public void remove(String arn) {
    runs.remove(new ArnKey(arn));
  }

  /** The executions, oldest first; a live view. */
  public Collection<ExecutionRun> values() {
    return runs.values();
  }

  private static final class ArnKey implements Comparable<ArnKey> {
    private static final int TAIL = 16;
    private static final int SPREAD = 8;
    private static final int STRIDE = 5;

    private final String arn;
    private final int hash;

    ArnKey(String arn) {
      this.arn = arn;
      this.hash = sampleHash(arn);
    }

    /** Two accumulators, so that the multiplications do not wait for each other. */
    private static int sampleHash(String s) {
      int n = s.length();
      int a = n;
      int b = 0;
      int i = n - 1;
      for (int k = 0; k < TAIL && i >= 1; k += 2, i -= 2) {
        a = 31 * a + s.charAt(i);
        b = 31 * b + s.charAt(i - 1);
      }
      for (int k = 0; k < SPREAD && i >= 0; k++, i -= STRIDE) {
        a = 31 * a + s.charAt(i);
      }
      return a * 0x9E3779B1 + b;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ArnKey k && k.hash == hash && k.arn.equals(arn);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public int compareTo(ArnKey o) {
      return arn.compareTo(o.arn);
    }
  }
}
