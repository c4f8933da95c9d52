/**
 * The {@code cls} command-line tool: {@code cls validate}, {@code cls schema}, {@code cls rules}.
 * {@link io.clsante.cli.ClsCommand#run} runs it in-process and returns the exit code.
 */
package io.clsante.cli;
