/**
 * The published JSON Schema of the CLS format and the schema-level validation of raw JSON.
 *
 * <p>Exports {@code io.clsante.schema} only: {@link io.clsante.schema.ClsSchema}. No schema engine
 * runs here: validation goes through the structural pass generated from the model.
 */
module io.clsante.schema {
  requires transitive io.clsante.model;

  exports io.clsante.schema;
}
