package org.parley.ingest.format;

import java.util.Arrays;
import java.util.Random;

/** Random byte damage of the kinds storage and transfer cause: flips, cuts, insertions, repeats. */
final class Mutations {
  private Mutations() {}

  /** How long each fuzz test runs, from {@code -Dparley.fuzz.seconds} (default 5). */
  static long budgetNanos() {
    return (long) (Double.parseDouble(System.getProperty("parley.fuzz.seconds", "5")) * 1e9);
  }

  static byte[] mutate(byte[] in, Random random) {
    byte[] b = in;
    int n = 1 + random.nextInt(8);
    for (int k = 0; k < n && b.length > 0; k++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(64));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        case 2 -> {
          byte[] junk = new byte[1 + random.nextInt(32)];
          random.nextBytes(junk);
          byte[] out = new byte[b.length + junk.length];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(junk, 0, out, at, junk.length);
          System.arraycopy(b, at, out, at + junk.length, b.length - at);
          b = out;
        }
        case 3 -> b = Arrays.copyOf(b, at);
        default -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(256));
          byte[] out = new byte[b.length + len];
          System.arraycopy(b, 0, out, 0, at + len);
          System.arraycopy(b, at, out, at + len, b.length - at);
          b = out;
        }
      }
      if (b == in) {
        b = in.clone();
      }
    }
    return b;
  }
}
