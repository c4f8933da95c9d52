package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommuneTest {
  private static final CodeCommune SEISSAN = CodeCommune.parse("32365");
  private static final CodeCommune CABAS = CodeCommune.parse("32067");
  private static final CodeDepartement GERS = CodeDepartement.parse("32");
  private static final Optional<CodeRegion> OCCITANIE = Optional.of(CodeRegion.parse("76"));
  private static final Optional<Siren> ASTARAC = Optional.of(Siren.parse("200035756"));

  @Test
  void currentCommuneHasNoCommuneDeRattachement() {
    assertThrows(IllegalArgumentException.class, () -> new Commune(TypeCommune.COMMUNE_ACTUELLE,
        SEISSAN, "Seissan", GERS, OCCITANIE, Optional.empty(), Optional.of(CABAS), ASTARAC));
  }

  @Test
  void delegatedCommuneRequiresItsCommuneDeRattachement() {
    assertThrows(IllegalArgumentException.class, () -> new Commune(TypeCommune.COMMUNE_DELEGUEE,
        CABAS, "Cabas-Loumassès", GERS, OCCITANIE, Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void onlyACurrentCommuneIsMemberOfAnEpci() {
    assertThrows(IllegalArgumentException.class, () -> new Commune(TypeCommune.COMMUNE_DELEGUEE,
        CABAS, "Cabas-Loumassès", GERS, OCCITANIE, Optional.empty(), Optional.of(SEISSAN),
        ASTARAC));
  }

  @Test
  void rejectsABlankName() {
    assertThrows(IllegalArgumentException.class, () -> new Commune(TypeCommune.COMMUNE_ACTUELLE,
        SEISSAN, " ", GERS, OCCITANIE, Optional.empty(), Optional.empty(), Optional.empty()));
  }
}
