/**
 * The JSON Schema of the CLS format, and the validation of raw JSON documents against it.
 *
 * <p>{@link io.clsante.schema.ClsSchema#standard()} is the schema this library publishes: draft
 * 2020-12, {@code $id} {@code https://schema.clsante.io/cls/1.0/contrat.schema.json}, bundled in the
 * jar at {@code /io/clsante/schema/cls/1.0/contrat.schema.json} and published in the repository at
 * {@code schema/cls/1.0/contrat.schema.json}, byte for byte the same file. It checks the structure of
 * a document: property names, types, required properties, code lists, the shape of identifiers and
 * dates, lengths and bounds. It does not check what needs computation or context: check digits of
 * SIREN and SIRET (checked when the model reads the document) and the business rules (module
 * {@code cls-rules}).
 *
 * <p>Validation returns {@link io.clsante.schema.SchemaViolation}s, plain data: the JSON Pointer of
 * the offending value, its line and column when the input was text, the schema location, the
 * keyword, its arguments, and a message rendered in French or English on demand.
 *
 * <p>Validation is offline: the schema and its references resolve from the classpath only, and no
 * document or schema can make it open a network connection.
 */
package io.clsante.schema;
