/**
 * Annotations that complete the model as the one description of the JSON format: the French
 * descriptions and examples of the published schema, and the form of the value types written as
 * strings. They are read at build time by {@code cls-codegen}, which generates the JSON Schema, the
 * binding and the structural checks from the model. Not exported: the annotations are read while
 * the model compiles and are kept out of the module's API.
 */
package io.clsante.model.format;
