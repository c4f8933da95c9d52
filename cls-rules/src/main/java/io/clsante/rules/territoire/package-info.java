/** Rules on the territory and its codes in the COG: CLS-TER-xxx. Not exported. */
package io.clsante.rules.territoire;
