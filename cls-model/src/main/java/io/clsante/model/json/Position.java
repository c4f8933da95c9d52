package io.clsante.model.json;

/**
 * Where a value starts in the text of a document: its line and column, both from 1.
 *
 * <p>Columns count what the reader read: bytes for UTF-8 input, chars for text. Example: the value
 * of {@code "nature"} on the third line, after two spaces of indentation and {@code "nature": },
 * is at {@code Position[line=3, column=13]}.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Position(int line, int column) {}
