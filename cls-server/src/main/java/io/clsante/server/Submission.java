package io.clsante.server;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.tableur.Metadonnees;
import io.clsante.tableur.Note;
import io.clsante.tableur.ResultatImport;
import io.clsante.tableur.TableurException;
import io.clsante.tableur.TetImport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server makes of a document it receives: its validation report, and for a plan in the
 * spreadsheet template, the notes of its import and the CLS document it became (the report's lines
 * are that document's).
 *
 * @param report the validation report
 * @param contrat the contract, when it was read and is asked for
 * @param notes the import notes of a plan; empty for a JSON document
 * @param converted the CLS JSON document a plan became; empty for a JSON document
 */
record Submission(Report report, Optional<ContratLocalDeSante> contrat, List<Note> notes, Optional<byte[]> converted) {
  /**
   * Validates an upload; a plan is imported first, with its metadata file when the form has one,
   * then its contract validated as the CLS document it is written as.
   *
   * @param validator the validator
   * @param upload the document or plan
   * @param withContract whether the contract is needed besides the report (to render it)
   * @param locale the language of an import failure's message
   * @return the report, with what a plan's import adds
   * @throws HttpProblem 422 for a plan that cannot be read as a workbook in the template, or
   *     metadata that cannot be read
   */
  static Submission of(ClsValidator validator, Upload upload, boolean withContract, Locale locale) {
    if (!upload.plan()) {
      Report report = validator.validate(upload.name(), upload.bytes());
      Optional<ContratLocalDeSante> contrat = withContract
          ? ClsJson.defaults().check(upload.bytes()).contrat() : Optional.empty();
      return new Submission(report, contrat, List.of(), Optional.empty());
    }
    Metadonnees metadata;
    try {
      metadata = upload.metadata().map(Metadonnees::lire).orElse(Metadonnees.aucune());
    } catch (TableurException e) {
      throw new HttpProblem(422, "unreadable-metadata", e.message(locale));
    }
    ResultatImport imported;
    try {
      imported = TetImport.defaults().withMetadonnees(metadata).lire(new ByteArrayInputStream(upload.bytes()));
    } catch (TableurException e) {
      throw new HttpProblem(422, "unreadable-plan", e.message(locale));
    }
    byte[] document = ClsJson.defaults().writeBytes(imported.contrat());
    Report report = validator.validate(upload.name(), document);
    return new Submission(report, Optional.of(imported.contrat()), imported.notes(), Optional.of(document));
  }

  /**
   * Returns the report as JSON; for a plan, with {@code import} (each note's {@code cell},
   * {@code messageKey} and {@code message}) and {@code document} (the CLS document it became).
   *
   * @param locale the language of the notes' messages
   * @return the JSON object
   */
  ObjectNode toJson(Locale locale) {
    ObjectNode json = report.toJsonNode();
    if (converted.isPresent()) {
      ArrayNode list = json.putArray("import");
      for (Note n : notes) {
        ObjectNode o = list.addObject();
        o.put("cell", n.cellule());
        o.put("messageKey", n.cle());
        o.put("message", n.message(locale));
      }
      json.put("document", new String(converted.get(), StandardCharsets.UTF_8));
    }
    return json;
  }
}
