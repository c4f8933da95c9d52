package io.clsante.tableur;

import io.clsante.model.ContratLocalDeSante;
import java.util.List;
import java.util.Objects;

/**
 * What an import gives: the contract in the current version of the format and the import report,
 * the notes on the cells that could not be mapped or were ambiguous, in the order of the sheet.
 * Immutable and thread-safe.
 *
 * @param contrat the contract; validate it with {@link io.clsante.rules.ClsValidator} as any other
 * @param notes the import report, empty when every cell was mapped as the template says
 */
public record ResultatImport(ContratLocalDeSante contrat, List<Note> notes) {

  /**
   * Creates a result.
   *
   * @param contrat the contract
   * @param notes the import report
   * @throws NullPointerException if a value is null
   */
  public ResultatImport {
    Objects.requireNonNull(contrat, "contrat");
    notes = List.copyOf(notes);
  }
}
