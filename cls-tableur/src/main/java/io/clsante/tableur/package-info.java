/**
 * Plans in spreadsheets.
 *
 * <p>{@link io.clsante.tableur.TetImport} reads a plan kept in the Territoires en Transitions XLSX
 * template into a format 1.1 contract, with an {@linkplain io.clsante.tableur.ResultatImport import
 * report} that names every cell it could not map or found ambiguous; {@link io.clsante.tableur.TetExport}
 * writes a contract's plan in that template; {@link io.clsante.tableur.FichesCsv} writes one CSV row
 * per fiche and per operation for open data. A file that cannot be read raises a
 * {@link io.clsante.tableur.TableurException} that says why, in French or English.
 */
package io.clsante.tableur;
