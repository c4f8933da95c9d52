/**
 * The JSON Schema of the CLS format, as published, and the schema-level validation of raw JSON.
 *
 * <p>{@link io.clsante.schema.ClsSchema#standard()} is the schema this library publishes: draft
 * 2020-12, {@code $id} {@code https://schema.clsante.io/cls/1.0/contrat.schema.json}, generated
 * from the annotated model, bundled in the jar and published in the repository at
 * {@code schema/cls/1.0/contrat.schema.json}. It checks the structure of a document: property names,
 * types, required properties, code lists, the shape of identifiers and dates, lengths and bounds.
 * The library validates without a schema engine, through the structural pass generated from the same
 * description; the general-purpose engines (networknt, ajv) are its test oracles.
 */
package io.clsante.schema;
