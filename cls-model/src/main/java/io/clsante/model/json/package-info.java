/**
 * The JSON format of the model: {@link io.clsante.model.json.ClsJson} reads and writes contracts,
 * strictly and canonically; {@link io.clsante.model.json.JsonReading} gives the contract or every
 * structural problem of a document, and where any of its values starts;
 * {@link io.clsante.model.json.ClsJsonException} reports, with its JSON Pointer, line and column, why a
 * document could not be read; {@link io.clsante.model.json.JsonLimits} bounds what a reader accepts.
 */
package io.clsante.model.json;
