package io.clsante.tableur;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds plans in the template for the tests, with POI, the way people write them: any labels in
 * row 2 (trailing spaces included), dates as dates, serial numbers or texts, rich text, formulas,
 * hyperlinks, and empty rows between data.
 */
final class Plan {
  /** A rich-text cell: the runs, alternately plain and bold. */
  record Riche(String... runs) {}

  /** A formula, whose cached value POI computes before writing. */
  record Formule(String formule) {}

  /** A text with a hyperlink. */
  record Lien(String texte, String cible) {}

  private final List<String> libelles = new ArrayList<>();
  private final List<Colonne> colonnes = new ArrayList<>();
  private final List<Map<Colonne, Object>> lignes = new ArrayList<>();
  private String titre = "Plan d'action du CLS d'exemple";
  private String feuille = "Fichier dimport";
  private boolean autreFeuilleAvant;

  Plan() {
    for (Colonne c : Colonne.values()) {
      libelles.add(c.libelle());
      colonnes.add(c);
    }
  }

  /** Uses these labels for row 2, the columns being those they name. */
  Plan libelles(Map<String, Colonne> colonnes) {
    libelles.clear();
    this.colonnes.clear();
    colonnes.forEach((l, c) -> {
      libelles.add(l);
      this.colonnes.add(c);
    });
    return this;
  }

  Plan titre(String titre) {
    this.titre = titre;
    return this;
  }

  Plan feuille(String nom) {
    this.feuille = nom;
    return this;
  }

  /** Puts a sheet of instructions before the data sheet, as the platform's template does. */
  Plan autreFeuilleAvant() {
    this.autreFeuilleAvant = true;
    return this;
  }

  /** Adds a row from column/value pairs. */
  Plan ligne(Object... paires) {
    Map<Colonne, Object> l = new EnumMap<>(Colonne.class);
    for (int i = 0; i < paires.length; i += 2) {
      l.put((Colonne) paires[i], paires[i + 1]);
    }
    lignes.add(l);
    return this;
  }

  /** Adds an empty row. */
  Plan vide() {
    lignes.add(Map.of());
    return this;
  }

  Path ecrire(Path dir, String nom) throws IOException {
    Path f = dir.resolve(nom);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      if (autreFeuilleAvant) {
        XSSFSheet aide = wb.createSheet("Mode d'emploi");
        aide.createRow(0).createCell(0).setCellValue("Remplissez la feuille suivante.");
        aide.createRow(1).createCell(0).setCellValue("Axe");
      }
      XSSFSheet s = wb.createSheet(feuille);
      CellStyle dates = wb.createCellStyle();
      dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      XSSFFont gras = wb.createFont();
      gras.setBold(true);
      s.createRow(0).createCell(0).setCellValue(titre);
      Row r2 = s.createRow(1);
      Row r3 = s.createRow(2);
      for (int i = 0; i < libelles.size(); i++) {
        r2.createCell(i).setCellValue(libelles.get(i));
        r3.createCell(i).setCellValue(colonnes.get(i).indication());
      }
      int n = 3;
      for (Map<Colonne, Object> l : lignes) {
        Row r = s.createRow(n++);
        for (Map.Entry<Colonne, Object> e : l.entrySet()) {
          int i = colonnes.indexOf(e.getKey());
          if (e.getKey() == Colonne.MONTANT_2) {
            i = indexDe(Colonne.MONTANT_2);
          }
          Cell c = r.createCell(i);
          Object v = e.getValue();
          if (v instanceof String t) {
            c.setCellValue(t);
          } else if (v instanceof Number x) {
            c.setCellValue(x.doubleValue());
          } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(dates);
          } else if (v instanceof Riche riche) {
            XSSFRichTextString rt = new XSSFRichTextString(String.join("", riche.runs()));
            int p = 0;
            for (int k = 0; k < riche.runs().length; k++) {
              if (k % 2 == 1) {
                rt.applyFont(p, p + riche.runs()[k].length(), gras);
              }
              p += riche.runs()[k].length();
            }
            c.setCellValue(rt);
          } else if (v instanceof Formule f2) {
            c.setCellFormula(f2.formule());
          } else if (v instanceof Lien lien) {
            c.setCellValue(lien.texte());
            XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            h.setAddress(lien.cible());
            c.setHyperlink(h);
          }
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    return f;
  }

  private int indexDe(Colonne c) {
    return colonnes.indexOf(c);
  }
}
