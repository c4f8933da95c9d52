package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.DateCalendaire;
import io.clsante.model.Priorite;
import io.clsante.model.StatutFiche;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValeursTest {
  private static Cellule texte(String t) {
    return new Cellule("A4", t, null, false, null, null);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2026-01-15          | 2026-01-15 | -",
      "2026-01             | 2026-01    | -",
      "2026-T2             | 2026-T2    | -",
      "2026-S1             | 2026-S1    | -",
      "2026                | 2026       | -",
      "31/12/2025          | 2025-12-31 | -",
      "31.12.2025          | 2025-12-31 | -",
      "03/04/2026          | 2026-04-03 | -",
      "12/2025             | 2025-12    | -",
      "12/14/20            | 2020-12-14 | date.us",
      "03/04/21            | 2021-04-03 | date.ambigue",
      "25/12/21            | 2021-12-25 | -",
      "2025-12-31T00:00:00 | 2025-12-31 | -"})
  void date_readsTheFormsPlansUse(String texte, String attendue, String note) {
    Valeurs.DateLue d = Valeurs.date(texte(texte)).orElseThrow();
    assertEquals(DateCalendaire.parse(attendue), d.date());
    assertEquals(note, d.cle());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"bientôt", "31/02/2025", "13/13/13", "2025-13", "Q4 2025", "1er janvier"})
  void date_refusesWhatIsNoDate(String texte) {
    assertTrue(Valeurs.date(texte(texte)).isEmpty(), texte);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "46023 | true  | 2026-01-01 | -",
      "46023 | false | 2026-01-01 | date.serie"}, nullValues = "-")
  void date_ofANumber_isAnExcelSerialDay(String n, boolean formatDate, String attendue, String note) {
    Valeurs.DateLue d = Valeurs.date(new Cellule("A4", null, new BigDecimal(n), formatDate, null, null)).orElseThrow();
    assertEquals(DateCalendaire.parse(attendue), d.date());
    assertEquals(note, d.cle());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "15000          | 15000",
      "15 000 €       | 15000",
      "2 500,50 €     | 2500.5",
      "1.500,00 € HT  | 1500",
      "1500.75        | 1500.75",
      "12 000 euros   | 12000"})
  void montant_readsNumbersWrittenAsText(String texte, String attendu) {
    assertEquals(Optional.of(new BigDecimal(attendu)), Valeurs.montant(texte(texte)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"mille euros", "à définir", "10 à 20 k€", "1,2,3"})
  void montant_refusesWhatIsNoAmount(String texte) {
    assertEquals(Optional.empty(), Valeurs.montant(texte(texte)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "À venir | A_VENIR", "en cours | EN_COURS", "Réalisé | REALISEE", "Réalisée | REALISEE",
      "En pause | EN_PAUSE", "Abandonné | ABANDONNEE", "Bloqué | BLOQUEE", "En retard | EN_RETARD",
      "A discuter | A_DISCUTER", "À discuter | A_DISCUTER"})
  void statut_readsTheTemplatesValues(String texte, StatutFiche attendu) {
    assertEquals(Optional.of(attendu), Valeurs.statut(texte));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Élevé | HAUTE", "Moyen | MOYENNE", "Bas | BASSE", "élevée | HAUTE"})
  void priorite_readsTheTemplatesValues(String texte, Priorite attendue) {
    assertEquals(Optional.of(attendue), Valeurs.priorite(texte));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ARS, CPAM, MSA                 | ARS;CPAM;MSA",
      "'- ARS\n- CPAM'                | ARS;CPAM",
      "'• ARS\n• Communes, EPCI'      | ARS;Communes, EPCI",
      "'ARS\nCPAM\n\nMSA'             | ARS;CPAM;MSA",
      "ARS ; CPAM                     | ARS;CPAM"})
  void liste_splitsByLinesBulletsOrCommas(String texte, String attendus) {
    assertEquals(List.of(attendus.split(";")), Valeurs.liste(texte));
  }
}
