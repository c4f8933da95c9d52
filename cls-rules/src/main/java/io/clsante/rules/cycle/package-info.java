/** Rules on the lifecycle: statuses, events, amendments, generations: CLS-CYC-xxx. Not exported. */
package io.clsante.rules.cycle;
