package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.Siren;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpciTest {
  private static final Siren ASTARAC = Siren.parse("200035756");
  private static final CodeCommune SEISSAN = CodeCommune.parse("32365");
  private static final CodeDepartement GERS = CodeDepartement.parse("32");

  @Test
  void sortsItsListsAndDropsDuplicates() {
    CodeCommune auch = CodeCommune.parse("32013");
    Epci epci = new Epci(ASTARAC, "CC Astarac Arros en Gascogne",
        TypeEpci.COMMUNAUTE_DE_COMMUNES, List.of(SEISSAN, auch, SEISSAN), List.of(GERS, GERS),
        List.of());
    assertEquals(List.of(auch, SEISSAN), epci.membres());
    assertEquals(List.of(GERS), epci.departements());
  }

  @Test
  void requiresMembers() {
    assertThrows(IllegalArgumentException.class, () -> new Epci(ASTARAC, "CC",
        TypeEpci.COMMUNAUTE_DE_COMMUNES, List.of(), List.of(), List.of()));
  }
}
