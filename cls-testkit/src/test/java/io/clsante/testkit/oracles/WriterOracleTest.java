package io.clsante.testkit.oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.testkit.ContratGenere;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.junit.ContratsGeneres;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson's data binding as the oracle of the generated writer: {@link ClsJson#writeBytes}, which
 * writes with the writer generated from the model, gives the very bytes that the library's mapper
 * ({@link ClsJson#mapper()}) writes, and reads back as the same contract, on the reference
 * examples, on generated contracts of every size and on generated contracts changed in code by each
 * model mutation (values at and beyond their bounds; those beyond are written alike, and refused
 * when read).
 */
class WriterOracleTest {
  static final long GENERATED = 5_500_000;
  private static final ClsJson JSON = ClsJson.defaults();

  /** The writer's bytes are the mapper's; a valid contract reads back as itself. */
  static void assertWrittenAsTheMapperWrites(ContratLocalDeSante c, String what, boolean valid) throws Exception {
    byte[] written = JSON.writeBytes(c);
    String expected = JSON.mapper().writeValueAsString(c.toCurrentVersion()) + "\n";
    assertEquals(expected, new String(written, StandardCharsets.UTF_8), what);
    if (valid) {
      assertEquals(c.toCurrentVersion(), JSON.read(written), what + ": read(write(c))");
    }
  }

  static java.util.List<String> references() {
    return ContratsDeReference.noms();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void referenceExample_writtenAsTheMapperWrites(String nom) throws Exception {
    assertWrittenAsTheMapperWrites(ContratsDeReference.contrat(nom), nom, true);
  }

  // Case i is also changed in code by model mutations i and i+1 (modulo the list).
  @ContratsGeneres(nombre = 300, taille = 8, graine = GENERATED)
  void generatedContract_writtenAsTheMapperWrites(ContratGenere cas) throws Exception {
    assertWrittenAsTheMapperWrites(cas.contrat(), cas.toString(), true);
    int i = (int) (cas.graine() - GENERATED);
    for (int k = 0; k < 2; k++) {
      ModelMutations.ModelMutation m = ModelMutations.ALL.get((i + k) % ModelMutations.ALL.size());
      // A mutation that breaks a constraint (it has a pointer) is written, and refused when read.
      assertWrittenAsTheMapperWrites(m.change().apply(cas.contrat()), cas + " " + m, m.pointer() == null);
    }
  }
}
