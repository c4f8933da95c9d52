/** Rules on the period of the contract and the calendars: CLS-PER-xxx. Not exported. */
package io.clsante.rules.periodes;
