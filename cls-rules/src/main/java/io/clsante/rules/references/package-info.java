/** Rules on local ids and references between parts: CLS-REF-xxx. Not exported. */
package io.clsante.rules.references;
