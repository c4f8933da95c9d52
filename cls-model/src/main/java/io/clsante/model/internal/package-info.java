/**
 * Implementation details shared by the model's packages. Not exported: nothing here is API and it
 * may change in any release.
 */
package io.clsante.model.internal;
