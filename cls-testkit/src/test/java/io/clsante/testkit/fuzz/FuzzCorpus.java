package io.clsante.testkit.fuzz;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.Mutant;
import io.clsante.testkit.Mutation;
import io.clsante.testkit.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the seed corpus of the fuzz tests: the reference examples, small generated contracts and
 * one mutant per mutation (those under 64 KiB, so that fuzzing stays fast). Run from the module
 * directory after changing the generator or the mutations, once the tests are compiled:
 * <pre>{@code
 * mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" io.clsante.testkit.fuzz.FuzzCorpus
 * }</pre>
 * Inputs that a fuzzing run found failing are written by Jazzer beside these, and kept as
 * regression tests.
 */
final class FuzzCorpus {
  private FuzzCorpus() {}

  static Map<String, byte[]> seeds() {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    for (String nom : ContratsDeReference.noms()) {
      seeds.put("exemple-" + nom, ContratsDeReference.json(nom));
    }
    ContratGenerator g = ContratGenerator.standard();
    for (int i = 0; i < 12; i++) {
      seeds.put("genere-" + (1000 + i) + "-" + (1 + i % 4), g.generateJson(1000 + i, 1 + i % 4));
    }
    ContratLocalDeSante base = g.generate(7, 3);
    for (Mutation m : Mutations.catalog()) {
      Optional<Mutant> mutant = m.apply(base);
      for (long seed = 8; mutant.isEmpty() && seed < 200; seed++) {
        mutant = m.apply(g.generate(seed, 3));
      }
      mutant.filter(x -> x.json().length < 64 * 1024).ifPresent(x -> seeds.put("mutant-" + m.nom(), x.json()));
    }
    return seeds;
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of("src/test/resources/io/clsante/testkit/fuzz");
    for (String dir : new String[] {"ClsJsonFuzzTestInputs/read", "ClsValidatorFuzzTestInputs/validate"}) {
      Path d = root.resolve(dir);
      Files.createDirectories(d);
      for (Map.Entry<String, byte[]> e : seeds().entrySet()) {
        Files.write(d.resolve(e.getKey()), e.getValue());
      }
    }
  }
}
