package io.clsante.tableur;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One note of an import report: a cell of the spreadsheet that could not be mapped, was ambiguous
 * or was read in a way worth saying, with what the import did with it.
 *
 * <p>A note is data: the cell ({@code Fichier dimport!N12}, or the sheet alone for a note about the
 * whole file), a message key of this module's bundle and its arguments; the message is rendered on
 * demand in French or English by {@link #message(Locale)}. The arguments never hold the value of a
 * column that names a person. Immutable and thread-safe.
 *
 * @param cellule the cell, as {@code sheet!A1}, or the sheet's name or an empty string when the note
 *     concerns no cell
 * @param cle the message key, for example {@code date.ambigue}
 * @param arguments the arguments of the message, in the order of its placeholders
 */
public record Note(String cellule, String cle, List<Object> arguments) {

  /**
   * Creates a note.
   *
   * @param cellule the cell, as {@code sheet!A1}, or the sheet's name or an empty string
   * @param cle the message key
   * @param arguments the arguments of the message
   * @throws NullPointerException if a value is null
   */
  public Note {
    Objects.requireNonNull(cellule, "cellule");
    Objects.requireNonNull(cle, "cle");
    arguments = List.copyOf(arguments);
  }

  /**
   * Renders the message of the note, without the cell.
   *
   * @param locale French or English; another language falls back to French
   * @return for example {@code date ambiguë « 03/04/21 » : lue comme le 3 avril 2021 (jour/mois)}
   */
  public String message(Locale locale) {
    return Messages.format(locale, cle, arguments.toArray());
  }

  /**
   * Renders the note as one line: the cell, then the message.
   *
   * @param locale French or English
   * @return for example {@code Fichier dimport!AB12 : date ambiguë …}
   */
  public String format(Locale locale) {
    return cellule.isEmpty() ? message(locale) : cellule + " : " + message(locale);
  }
}
