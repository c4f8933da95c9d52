/**
 * The validation web page and its HTTP API: {@link io.clsante.server.ClsServer}, within
 * {@link io.clsante.server.ServerLimits}.
 */
package io.clsante.server;
