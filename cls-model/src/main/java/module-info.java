/**
 * The CLS domain model: immutable types of the Contrat Local de Santé, official identifiers, code
 * lists, Jakarta Validation constraints and the JSON format.
 */
@SuppressWarnings("module") // the modules of the qualified export are compiled after this one
module io.clsante.model {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;

  exports io.clsante.model;
  exports io.clsante.model.id;
  exports io.clsante.model.json;
  exports io.clsante.model.constraints;
  // Shared with the library's own modules only: the one formatter of messages, the checksums. Not API.
  exports io.clsante.model.internal to io.clsante.schema, io.clsante.rules;

  // Jackson binds the generated implementations by reflection, and Bean Validation providers
  // (whichever the application chooses) read the constraints of the generated classes.
  opens io.clsante.model;
  opens io.clsante.model.id to tools.jackson.databind;
}
