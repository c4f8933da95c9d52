package io.clsante.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness of the generators: a {@link SplittableRandom} seeded by the caller,
 * so that a seed gives the same draws on every machine and every run (never the clock, never
 * {@code Math.random}). Not thread-safe; one per generation.
 */
final class RandomSource {
  private final SplittableRandom random;

  RandomSource(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An int from {@code lo} to {@code hi}, both included. */
  int between(int lo, int hi) {
    return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  long nextLong() {
    return random.nextLong();
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @SafeVarargs
  final <T> T pickOne(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** Up to {@code n} distinct elements, in their order in the list. */
  <T> List<T> sample(List<T> values, int n) {
    int k = Math.min(n, values.size());
    List<T> out = new ArrayList<>(k);
    int remaining = values.size();
    for (int i = 0; i < values.size() && out.size() < k; i++, remaining--) {
      // Selection sampling (Knuth's algorithm S): each element kept with the right probability.
      if (random.nextInt(remaining) < k - out.size()) {
        out.add(values.get(i));
      }
    }
    return out;
  }

  /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
  LocalDate day(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  /** A whole amount of euros from {@code min} to {@code max} by steps of {@code step}, scale 2. */
  BigDecimal euros(int min, int max, int step) {
    int n = between(min / step, max / step);
    BigDecimal v = BigDecimal.valueOf((long) n * step);
    if (chance(0.2)) {
      // Some amounts carry cents, as real funding decisions do.
      v = v.add(BigDecimal.valueOf(between(1, 99), 2));
    }
    return v.setScale(2, RoundingMode.UNNECESSARY);
  }
}
