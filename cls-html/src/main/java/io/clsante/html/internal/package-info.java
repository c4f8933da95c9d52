/**
 * What the templates show, computed from a contract: labels and formats, the placement of the
 * findings, the layout of the charts. Not exported: the public API is {@link io.clsante.html.ContratHtml}.
 */
package io.clsante.html.internal;
