package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.schema.ClsSchema;
import io.clsante.testkit.junit.ContratsGeneres;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the library, each checked on at least 1,000 generated contracts (mostly small, so
 * that the module stays fast): the JSON format is lossless and canonical, the JSON Schema and the
 * validator accept every valid contract, every mutation causes exactly its error, and one validator
 * shared by eight threads gives the same reports as alone.
 */
class LibraryPropertiesTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final ClsValidator VALIDATOR =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
  private static final List<Mutation> MUTATIONS = Mutations.catalog();
  private static final MutationTally APPLIED = new MutationTally();

  @ContratsGeneres(nombre = 1000, taille = 8, graine = 1_000_000)
  void readWriteRead_isLosslessAndWriteIsCanonical(ContratGenere cas) throws Exception {
    byte[] written = JSON.writeBytes(cas.contrat());
    ContratLocalDeSante read = JSON.read(written);
    assertEquals(cas.contrat(), read);
    assertArrayEquals(written, JSON.writeBytes(read), "a re-write is not byte-identical");
    assertEquals(cas.contrat(), JSON.check(written).contrat().orElseThrow(), "check binds differently");
    assertEquals(cas.contrat(), JSON.read(new String(written, java.nio.charset.StandardCharsets.UTF_8)));
  }

  @ContratsGeneres(nombre = 1000, taille = 8, graine = 2_000_000)
  void jsonSchema_acceptsEveryGeneratedDocument(ContratLocalDeSante contrat) throws Exception {
    assertEquals(List.of(), ClsSchema.standard().validate(JSON.writeBytes(contrat)));
  }

  @ContratsGeneres(nombre = 1000, taille = 8, graine = 3_000_000)
  void validator_reportsNoErrorOnGeneratedDocuments(ContratGenere cas) {
    ReportAssertions.assertNoError(VALIDATOR.validate(cas.toString(), cas.json()));
  }

  @ContratsGeneres(nombre = 100, taille = 40, graine = 3_500_000)
  void validator_reportsNoErrorOnLargeGeneratedDocuments(ContratGenere cas) {
    ReportAssertions.assertNoError(VALIDATOR.validate(cas.toString(), cas.json()));
  }

  // Case i applies mutation i (modulo the catalog), or the next one that fits the contract.
  @ContratsGeneres(nombre = 1500, taille = 6, graine = 4_000_000)
  void everyMutation_causesExactlyItsErrorAtItsPointer(ContratGenere cas) {
    MutationTally.Applied a = APPLIED.apply(MUTATIONS, cas, 4_000_000);
    Report r = VALIDATOR.validate(cas.toString(), a.mutant().json());
    try {
      ReportAssertions.assertErrorsExactly(r, a.mutant().attendu());
    } catch (AssertionError e) {
      throw new AssertionError(a.mutation() + "\n" + e.getMessage(), e);
    }
    assertTrue(r.findings(io.clsante.rules.Severity.ERROR).stream().allMatch(f -> f.line().isPresent()),
        () -> "an error without a line: " + r);
  }

  @AfterAll
  static void everyMutation_wasApplied() {
    if (APPLIED.isEmpty()) {
      return; // the mutation test did not run (a single test selected)
    }
    assertEquals(List.of(), APPLIED.rarerThan(MUTATIONS, 5), "mutations applied fewer than 5 times");
  }

  @Test
  void sharedValidator_givesTheSameReportsFromEightThreadsAsAlone() throws Exception {
    ContratGenerator g = ContratGenerator.standard();
    List<byte[]> documents = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ContratLocalDeSante c = g.generate(5_000_000 + i, 1 + i % 4);
      // Half the documents are broken, so that the error paths run concurrently too.
      Optional<Mutant> mutant = i % 2 == 0 ? Optional.empty() : MUTATIONS.get(i % MUTATIONS.size()).apply(c);
      documents.add(mutant.map(Mutant::json).orElseGet(() -> JSON.writeBytes(c)));
    }
    List<String> alone = new ArrayList<>();
    for (byte[] d : documents) {
      alone.add(VALIDATOR.validate("d", d).toJson());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          // Each document is validated by two of the eight threads, in a different order each.
          List<String> mine = new ArrayList<>();
          for (int j = 0; j < documents.size(); j++) {
            int i = (j * 7 + thread * 131) % documents.size();
            if (i % 8 == thread || i % 8 == (thread + 1) % 8) {
              mine.add(i + " " + VALIDATOR.validate("d", documents.get(i)).toJson());
            }
          }
          return mine;
        }));
      }
      int checked = 0;
      for (Future<List<String>> f : futures) {
        for (String line : f.get()) {
          int space = line.indexOf(' ');
          int i = Integer.parseInt(line.substring(0, space));
          assertEquals(alone.get(i), line.substring(space + 1), "document " + i);
          checked++;
        }
      }
      assertEquals(2 * documents.size(), checked);
    } finally {
      pool.shutdownNow();
    }
  }
}
