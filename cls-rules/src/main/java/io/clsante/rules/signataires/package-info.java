/** Rules on the signatories of a contract: CLS-SIG-xxx. Not exported. */
package io.clsante.rules.signataires;
