/**
 * Plans of Contrats Locaux de Santé in spreadsheets: import and export of the Territoires en
 * Transitions plan template ({@link io.clsante.tableur.TetImport}, {@link io.clsante.tableur.TetExport})
 * and the CSV of fiches for open data ({@link io.clsante.tableur.FichesCsv}).
 */
module io.clsante.tableur {
  requires transitive io.clsante.rules;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.commons.compress;
  requires java.xml;

  exports io.clsante.tableur;
}
