package io.clsante.tableur;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell as the sheet holds it: its reference, its text (shared, inline or rich text, or a
 * formula's cached text), its number (a numeric cell or a formula's cached number, exactly as the
 * file writes it), whether its style is a date format, its hyperlink and its error value.
 *
 * @param ref the reference in the sheet, for example {@code N12}
 * @param texte the text, or null for a number, an error or an empty cell
 * @param nombre the number, or null when the cell holds none
 * @param date whether the number is shown as a date (an Excel serial day)
 * @param lien the target of the cell's hyperlink, or null
 * @param erreur the error value ({@code #REF!}…), {@code ""} for a formula without cached value,
 *     or null
 */
record Cellule(String ref, String texte, BigDecimal nombre, boolean date, String lien, String erreur) {

  /** Returns the text with its surrounding white space removed, empty when there is none. */
  Optional<String> texteNet() {
    return Optional.ofNullable(texte).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** Whether the cell says nothing. */
  boolean vide() {
    return texteNet().isEmpty() && nombre == null && erreur == null;
  }

  Cellule avecLien(String cible) {
    return new Cellule(ref, texte, nombre, date, cible, erreur);
  }
}
