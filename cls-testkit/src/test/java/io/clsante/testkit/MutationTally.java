package io.clsante.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often a property test applied each mutation of the catalog, so that none is left out. */
final class MutationTally {
  private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

  void applied(Mutation m) {
    applied.computeIfAbsent(m.nom(), x -> new AtomicInteger()).incrementAndGet();
  }

  /** Whether nothing was counted: the test that counts did not run (a single test selected). */
  boolean isEmpty() {
    return applied.isEmpty();
  }

  /**
   * The mutations applied fewer than {@code min} times, each with its count.
   *
   * @param catalog the mutations that should all have been applied
   * @param min the least number of applications
   * @return "name (count)" for each, empty when every mutation was applied enough
   */
  List<String> rarerThan(List<Mutation> catalog, int min) {
    List<String> rare = new ArrayList<>();
    for (Mutation m : catalog) {
      int n = applied.getOrDefault(m.nom(), new AtomicInteger()).get();
      if (n < min) {
        rare.add(m.nom() + " (" + n + ")");
      }
    }
    return rare;
  }
}
