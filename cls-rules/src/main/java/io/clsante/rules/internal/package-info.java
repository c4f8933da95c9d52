/**
 * Implementation shared by the packages of the rules module. Not exported; not API.
 */
package io.clsante.rules.internal;
