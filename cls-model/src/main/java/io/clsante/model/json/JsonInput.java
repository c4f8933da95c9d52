package io.clsante.model.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** A document to read, kept as it was given (UTF-8 bytes or text) so that it can be read again. */
abstract sealed class JsonInput {
  /**
   * Opens a parser at the start of the document.
   *
   * @param factory the factory, with the limits
   * @return a new parser
   */
  abstract JsonParser open(JsonFactory factory);

  /**
   * Tells whether the bytes are not UTF-8 at or before an offset: the parser's error there is then
   * one of encoding.
   *
   * @param offset the byte offset of the parser's error, or -1 when unknown (then the whole input)
   * @return true when a malformed sequence starts at or before the offset
   */
  abstract boolean malformedUpTo(long offset);

  /**
   * Returns the size of the document, in bytes for bytes and chars for text.
   *
   * @return the size
   */
  abstract long size();

  /**
   * Returns the unit at an index: a byte or a char.
   *
   * @param i the index
   * @return the unit
   */
  abstract int unit(int i);

  static JsonInput of(byte[] utf8) {
    return new Bytes(utf8);
  }

  static JsonInput of(String text) {
    return new Text(text);
  }

  /**
   * Where the document would cross a size limit: the line and the column of the first unit past it.
   *
   * @param max the limit
   * @return the position
   */
  Position positionOf(long max) {
    int line = 1;
    long lineStart = 0;
    for (int i = 0; i < max; i++) {
      if (unit(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, (int) (max - lineStart) + 1);
  }

  private static final class Bytes extends JsonInput {
    private final byte[] utf8;

    Bytes(byte[] utf8) {
      this.utf8 = utf8;
    }

    @Override
    JsonParser open(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), utf8);
    }

    @Override
    boolean malformedUpTo(long offset) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(utf8);
      CharBuffer out = CharBuffer.allocate(4096);
      while (true) {
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
          return offset < 0 || in.position() <= offset;
        }
        if (r.isUnderflow() || in.position() > offset && offset >= 0) {
          return false;
        }
        out.clear();
      }
    }

    @Override
    long size() {
      return utf8.length;
    }

    @Override
    int unit(int i) {
      return utf8[i];
    }
  }

  private static final class Text extends JsonInput {
    private final String text;

    Text(String text) {
      this.text = text;
    }

    @Override
    JsonParser open(JsonFactory factory) {
      return factory.createParser(ObjectReadContext.empty(), text);
    }

    @Override
    boolean malformedUpTo(long offset) {
      return false;
    }

    @Override
    long size() {
      return text.length();
    }

    @Override
    int unit(int i) {
      return text.charAt(i);
    }
  }
}
