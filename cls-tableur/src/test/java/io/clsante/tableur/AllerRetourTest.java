package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import gives back every property the template holds. */
class AllerRetourTest {
  static Stream<String> exemples() {
    return ContratsDeReference.noms().stream();
  }

  static Stream<Long> graines() {
    return LongStream.rangeClosed(1, 60).boxed();
  }

  /** The original, without its axes, gives what the template does not hold. */
  private static ResultatImport allerRetour(ContratLocalDeSante c) {
    Metadonnees meta = Metadonnees.of(ContratLocalDeSante.builder().from(c).axes(List.<Axe>of()).build());
    byte[] xlsx = TetExport.enOctets(c);
    return TetImport.defaults().withMetadonnees(meta).lire(new ByteArrayInputStream(xlsx));
  }

  @ParameterizedTest
  @MethodSource("exemples")
  void referenceExamples(String nom) {
    ContratLocalDeSante c = ContratsDeReference.contrat(nom);
    ResultatImport r = allerRetour(c);
    assertEquals(ContenuDuGabarit.de(c), ContenuDuGabarit.de(r.contrat()), nom);
    assertEquals(c.identifiant(), r.contrat().identifiant());
    assertEquals(c.acteurs(), r.contrat().acteurs());
  }

  @ParameterizedTest
  @MethodSource("graines")
  void generatedContracts(long graine) {
    ContratLocalDeSante c = ContratGenerator.standard().generate(graine, 1 + (int) (graine % 12));
    ResultatImport r = allerRetour(c);
    assertEquals(ContenuDuGabarit.de(c), ContenuDuGabarit.de(r.contrat()), "graine " + graine);
    assertTrue(r.notes().stream().noneMatch(n -> n.cellule().contains("!")),
        () -> "graine " + graine + " : " + r.notes());
  }
}
