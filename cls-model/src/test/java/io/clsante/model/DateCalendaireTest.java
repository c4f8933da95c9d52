package io.clsante.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateCalendaireTest {

  @ParameterizedTest
  @CsvSource({
      "2025-11-13, JOUR, 2025-11-13, 2025-11-13",
      "2024-02, MOIS, 2024-02-01, 2024-02-29",
      "2025-T4, TRIMESTRE, 2025-10-01, 2025-12-31",
      "2025-T1, TRIMESTRE, 2025-01-01, 2025-03-31",
      "2026-S2, SEMESTRE, 2026-07-01, 2026-12-31",
      "2026-S1, SEMESTRE, 2026-01-01, 2026-06-30",
      "2029, ANNEE, 2029-01-01, 2029-12-31"})
  void parse_readsEveryPrecision_andPrintsItBack(String text, PrecisionDate precision, LocalDate first, LocalDate last) {
    DateCalendaire d = DateCalendaire.parse(text);
    assertEquals(precision, d.precision());
    assertEquals(first, d.premierJour());
    assertEquals(last, d.dernierJour());
    assertEquals(text, d.toString());
    assertEquals(d, DateCalendaire.parse(d.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-13", "2025-02-30", "2025-T0", "2025-T5", "2025-S3", "2025-1",
      "1899", "2200", "1899-12-31", "2200-01", "1899-T4", "2200-S1", "2025/11/13", "2025-11-13T00:00", " 2025"})
  void parse_rejectsWithTheValueInTheMessage(String text) {
    ClsException e = assertThrows(ClsException.class, () -> DateCalendaire.parse(text));
    assertTrue(e.getMessage().contains("« " + text + " »"), e.getMessage());
  }

  @Test
  void ordering_isByFirstDayThenPrecision() {
    assertTrue(DateCalendaire.parse("2025").compareTo(DateCalendaire.parse("2025-01-01")) > 0);
    assertTrue(DateCalendaire.parse("2025-T4").compareTo(DateCalendaire.parse("2026")) < 0);
  }

  @Test
  void periode_boundsFollowPrecisionAndOpenness() {
    Periode trimestre = Periode.builder().debut(DateCalendaire.parse("2025-T4"))
        .libelle("Dernier trimestre 2025").build();
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), trimestre.dernierJour());
    Periode pasAvant = Periode.builder().debut(DateCalendaire.parse("2026-S2")).pasAvant(true).build();
    assertEquals(LocalDate.of(2026, 7, 1), pasAvant.premierJour());
    assertEquals(Optional.empty(), pasAvant.dernierJour());
    Periode range = Periode.of(DateCalendaire.annee(2025), DateCalendaire.annee(2029));
    assertEquals(Optional.of(LocalDate.of(2029, 12, 31)), range.dernierJour());
  }

  @Test
  void versionFormat_acceptsKnownVersionsOnly() {
    assertEquals(VersionFormat.CURRENT, VersionFormat.parse("1.1"));
    assertEquals("1.0", VersionFormat.parse("1.0").toString());
    assertTrue(VersionFormat.parse("1.0").compareTo(VersionFormat.CURRENT) < 0);
    assertThrows(ClsException.class, () -> VersionFormat.parse("2.0"));
    assertThrows(ClsException.class, () -> VersionFormat.parse("1.2"));
    assertThrows(ClsException.class, () -> VersionFormat.parse("1"));
    assertThrows(ClsException.class, () -> VersionFormat.parse("01.0"));
  }
}
