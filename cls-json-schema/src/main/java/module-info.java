/**
 * The published JSON Schema of the CLS format and the schema validation of raw JSON.
 *
 * <p>Exports {@code io.clsante.schema} only: {@link io.clsante.schema.ClsSchema} and
 * {@link io.clsante.schema.SchemaViolation}. The JSON Schema engine (networknt) is an implementation
 * detail, never part of the API.
 */
module io.clsante.schema {
  requires transitive io.clsante.model;
  requires com.networknt.schema;

  exports io.clsante.schema;
}
