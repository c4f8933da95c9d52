package io.clsante.examples;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the open-data copy of a contract: the same document without the names, e-mails and phone
 * numbers of contacts.
 *
 * <p>Run: {@code java -cp … io.clsante.examples.PublishOpenData entree.json sortie.json}.
 */
public final class PublishOpenData {
  private PublishOpenData() {}

  /**
   * Reads a contract and writes its redacted copy.
   *
   * @param in the contract to publish
   * @param out where to write the copy
   * @return the redacted copy
   * @throws ClsJsonException if the input is not a valid document
   * @throws IOException if the output cannot be written
   */
  public static ContratLocalDeSante run(Path in, Path out) throws IOException {
    ContratLocalDeSante contrat = ClsJson.defaults().read(in);
    ContratLocalDeSante publiable = contrat.redacted();
    ClsJson.defaults().write(publiable, out);
    return publiable;
  }

  /**
   * Entry point.
   *
   * @param args the input file and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), Path.of(args[1]));
  }
}
