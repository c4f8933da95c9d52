package io.clsante.model.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The {@link JsonLimits} as the parser applies them: each limit crossed is refused with a
 * {@link Exceeded} that names it, so that the problem is told by its type, never by its message.
 */
final class ReadLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /** The limits a document can cross, with the key of the message that says which. */
  enum Limit {
    DOCUMENT_SIZE("json.limit.documentSize"),
    NESTING_DEPTH("json.limit.nestingDepth"),
    STRING_LENGTH("json.limit.stringLength"),
    NUMBER_LENGTH("json.limit.numberLength"),
    NAME_LENGTH("json.limit.nameLength"),
    PROPERTY_COUNT("json.limit.propertyCount"),
    /** A number short enough that no decimal can hold: {@code 1e3000000000}. */
    NUMBER_RANGE("json.limit.numberRange");

    private final String messageKey;

    Limit(String messageKey) {
      this.messageKey = messageKey;
    }

    String messageKey() {
      return messageKey;
    }
  }

  /** A limit crossed while reading. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final Limit limit;
    private final long max;

    Exceeded(Limit limit, long max) {
      super(limit + " exceeds " + max);
      this.limit = limit;
      this.max = max;
    }

    Limit limit() {
      return limit;
    }

    long max() {
      return max;
    }
  }

  ReadLimits(JsonLimits limits) {
    super(limits.maxNestingDepth(), limits.maxDocumentBytes(), DEFAULT_MAX_TOKEN_COUNT, limits.maxNumberLength(),
        limits.maxStringLength(), limits.maxNameLength());
  }

  @Override
  public void validateNestingDepth(int depth) {
    check(Limit.NESTING_DEPTH, depth, _maxNestingDepth);
  }

  @Override
  public void validateDocumentLength(long length) {
    check(Limit.DOCUMENT_SIZE, length, _maxDocLen);
  }

  @Override
  public void validateFPLength(int length) {
    check(Limit.NUMBER_LENGTH, length, _maxNumLen);
  }

  @Override
  public void validateIntegerLength(int length) {
    check(Limit.NUMBER_LENGTH, length, _maxNumLen);
  }

  @Override
  public void validateStringLength(int length) {
    check(Limit.STRING_LENGTH, length, _maxStringLen);
  }

  @Override
  public void validateStringLengthLong(long length) {
    check(Limit.STRING_LENGTH, length, _maxStringLen);
  }

  @Override
  public void validateNameLength(int length) {
    check(Limit.NAME_LENGTH, length, _maxNameLen);
  }

  @Override
  public void validateBigIntegerScale(int scale) {
    // The bound of Jackson's own check: beyond it, a number cannot become an integer.
    check(Limit.NUMBER_RANGE, Math.abs((long) scale), 100_000);
  }

  private static void check(Limit limit, long value, long max) {
    if (max > 0 && value > max) {
      throw new Exceeded(limit, max);
    }
  }
}
