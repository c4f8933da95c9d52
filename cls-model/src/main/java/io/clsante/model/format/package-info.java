/**
 * Annotations that complete the model as the one description of the JSON format: the French
 * descriptions and examples of the published schema, the form of the value types written as
 * strings, and what the schema says of a whole document. They are read at build time by
 * {@code cls-codegen}, which generates the JSON Schema, the binding and the structural checks from
 * the model. Not exported: the annotations are read while the model compiles and are kept out of
 * the module's API.
 *
 * <p>The schema generated from the model is a resource of this module,
 * {@code io/clsante/model/format/contrat.schema.json}; its committed copy,
 * {@code schema/cls/<version>/contrat.schema.json} at the root of the repository, is checked equal
 * to it by a test.
 */
package io.clsante.model.format;
