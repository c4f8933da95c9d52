/** Rules on the indicators and their values: CLS-IND-xxx. Not exported. */
package io.clsante.rules.indicateurs;
