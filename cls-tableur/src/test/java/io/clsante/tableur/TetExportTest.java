package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.PrecisionDate;
import io.clsante.testkit.ContratGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook as the platform's importer reads it, read back with POI's full model as the oracle. */
class TetExportTest {
  /** The template's labels of row 2, in the order the platform expects. */
  private static final List<String> LIBELLES = List.of("Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)",
      "Titre de l'action", "Titre de la sous-action", "Descriptif", "Instances de gouvernance", "Objectifs",
      "Indicateurs liés", "Structure pilote", "Moyens humains et techniques", "Partenaires",
      "Direction ou service pilote", "Personne pilote", "Élu·e référent·e", "Participation Citoyenne",
      "Financements", "Financeur 1", "Montant € HT", "Financeur 2", "Montant € HT", "Financeur 3", "Montant € HT",
      "Budget prévisionnel total € HT", "Statut", "Niveau de priorité", "Date de début", "Date de fin",
      "Action en amélioration continue", "Calendrier", "Actions liées", "Fiches des plans liées", "Notes de suivi",
      "Etapes de la fiche action", "Notes complémentaires", "Documents et liens");

  @Test
  void ecrire_theTemplatesLayout_datesAsDates_amountsAsNumbers() throws IOException {
    ContratLocalDeSante c = ContratGenerator.standard().generate(21, 12);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TetExport.enOctets(c)))) {
      assertEquals(1, wb.getNumberOfSheets());
      XSSFSheet s = wb.getSheet(TetExport.FEUILLE);
      assertEquals(c.intitule(), s.getRow(0).getCell(0).getStringCellValue());
      Row r2 = s.getRow(1);
      assertEquals(LIBELLES, IntStream.range(0, LIBELLES.size()).mapToObj(i -> r2.getCell(i).getStringCellValue()).toList());
      assertEquals("Date (JJ/MM/AAAA)", s.getRow(2).getCell(26).getStringCellValue());
      int dates = 0;
      int montants = 0;
      for (int i = 3; i <= s.getLastRowNum(); i++) {
        Row r = s.getRow(i);
        assertTrue(r.getCell(0).getStringCellValue().startsWith("Axe "), "row " + (i + 1));
        Cell debut = r.getCell(26);
        if (debut != null && debut.getCellType() == CellType.NUMERIC) {
          assertTrue(DateUtil.isCellDateFormatted(debut), "row " + (i + 1));
          dates++;
        }
        for (int col : new int[] {18, 20, 22, 23}) {
          Cell m = r.getCell(col);
          if (m != null) {
            assertEquals(CellType.NUMERIC, m.getCellType(), "row " + (i + 1) + ", column " + (col + 1));
            montants++;
          }
        }
        assertTrue(r.getCell(13) == null && r.getCell(14) == null, "no person written");
      }
      long jours = c.axes().stream().flatMap(a -> a.fiches().stream()).flatMap(f -> f.calendrier().stream())
          .filter(p -> p.debut().precision() == PrecisionDate.JOUR).count();
      assertTrue(dates >= jours && montants > 0, dates + " dates, " + montants + " amounts");
    }
  }

  @Test
  void liste_isCommaSeparated_unlessAnItemHoldsAComma() {
    assertEquals("ARS, CPAM", TetExport.liste(List.of("ARS", "CPAM")).orElseThrow());
    assertEquals("- CCAS, CH, CSAPA…\n- ARS", TetExport.liste(List.of("CCAS, CH, CSAPA…", "ARS")).orElseThrow());
    assertEquals(List.of("CCAS, CH, CSAPA…", "ARS"), Valeurs.liste("- CCAS, CH, CSAPA…\n- ARS"));
  }

  @Test
  void objectifs_areWrittenAsTheImportReadsThem() {
    FicheAction f = ContratGenerator.standard().generate(5, 10).axes().stream().flatMap(a -> a.fiches().stream())
        .filter(x -> !x.objectifsSpecifiques().isEmpty()).findFirst().orElseThrow();
    String texte = TetExport.objectifs(f).orElseThrow();
    assertTrue(texte.contains("Objectif spécifique 1 : " + f.objectifsSpecifiques().get(0).libelle()), texte);
  }
}
