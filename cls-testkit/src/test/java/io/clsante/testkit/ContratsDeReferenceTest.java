package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clsante.rules.ClsValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixtures are the committed reference examples, all of them, read and valid. */
class ContratsDeReferenceTest {
  private static final Path EXAMPLES = Path.of("../examples/contrats");

  @Test
  void noms_listEveryReferenceExample() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
      assertEquals(onDisk, ContratsDeReference.noms());
    }
  }

  @Test
  void everyFixture_isTheCommittedFile_readsAndHasNoError() throws Exception {
    ClsValidator v = ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
    for (String nom : ContratsDeReference.noms()) {
      assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(nom + ".json")), ContratsDeReference.json(nom), nom);
      assertEquals(io.clsante.model.json.ClsJson.defaults().read(EXAMPLES.resolve(nom + ".json")),
          ContratsDeReference.contrat(nom), nom);
      ReportAssertions.assertNoError(v.validate(nom, ContratsDeReference.texte(nom)));
    }
  }

  @Test
  void unknownName_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> ContratsDeReference.json("cls-inconnu"));
  }
}
