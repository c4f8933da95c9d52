package io.clsante.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies the mutations of the catalog to generated contracts, one per case, and counts how often a
 * property test applied each, so that none is left out.
 */
public final class MutationTally {
  /** A mutation and the mutant it made of a contract. */
  public record Applied(Mutation mutation, Mutant mutant) {}

  private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

  /** Starts with no mutation counted. */
  public MutationTally() {}

  void applied(Mutation m) {
    applied.computeIfAbsent(m.nom(), x -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * Applies to a case the mutation its seed selects, or the next one of the catalog that fits its
   * contract, and counts it: case {@code firstSeed + i} starts at mutation {@code i} (modulo the
   * catalog), so that a run of enough cases applies every mutation several times.
   *
   * @param catalog the mutations
   * @param cas the generated case
   * @param firstSeed the seed of the test's first case
   * @return the mutation applied and its mutant
   * @throws AssertionError if no mutation fits the contract
   */
  public Applied apply(List<Mutation> catalog, ContratGenere cas, long firstSeed) {
    int first = (int) ((cas.graine() - firstSeed) % catalog.size());
    for (int k = 0; k < catalog.size(); k++) {
      Mutation m = catalog.get((first + k) % catalog.size());
      Optional<Mutant> mutant = m.apply(cas.contrat());
      if (mutant.isPresent()) {
        applied(m);
        return new Applied(m, mutant.get());
      }
    }
    throw new AssertionError("no mutation applies to " + cas);
  }

  /** Whether nothing was counted: the test that counts did not run (a single test selected). */
  public boolean isEmpty() {
    return applied.isEmpty();
  }

  /**
   * The mutations applied fewer than {@code min} times, each with its count.
   *
   * @param catalog the mutations that should all have been applied
   * @param min the least number of applications
   * @return "name (count)" for each, empty when every mutation was applied enough
   */
  public List<String> rarerThan(List<Mutation> catalog, int min) {
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
