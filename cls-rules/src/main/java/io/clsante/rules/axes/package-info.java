/** Rules on the axes and fiches actions: CLS-AXE-xxx. Not exported. */
package io.clsante.rules.axes;
