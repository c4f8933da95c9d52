/** Rules on amounts, fundings, budgets and the coordination's co-funding: CLS-FIN-xxx. Not exported. */
package io.clsante.rules.financements;
