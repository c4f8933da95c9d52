/** Rules on personal data held by a document: CLS-RGPD-xxx. Not exported. */
package io.clsante.rules.donnees;
