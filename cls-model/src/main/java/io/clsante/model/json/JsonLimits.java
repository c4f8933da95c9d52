package io.clsante.model.json;

/**
 * Limits applied while reading a document, so that hostile or broken input fails fast with a
 * located {@link JsonProblem#LIMIT_EXCEEDED} error instead of exhausting memory or time.
 *
 * <p>The {@linkplain #defaults() defaults} are generous for real contracts (a large CLS is a few
 * hundred kilobytes, its widest object a few dozen properties) and safe for a server. Immutable and
 * thread-safe; {@code withX} methods return modified copies.
 *
 * @param maxDocumentBytes the maximum size of a document, in bytes (or chars for text input)
 * @param maxNestingDepth the maximum depth of nested objects and arrays
 * @param maxStringLength the maximum length of a string value, in chars
 * @param maxNumberLength the maximum length of a number, in chars
 * @param maxNameLength the maximum length of a property name, in chars
 * @param maxPropertyCount the maximum number of properties in one object
 */
public record JsonLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxPropertyCount) {

  private static final JsonLimits DEFAULTS =
      new JsonLimits(16L * 1024 * 1024, 64, 100_000, 40, 200, 10_000);

  /**
   * Checks the limits.
   *
   * @param maxDocumentBytes the maximum size of a document, in bytes (or chars for text input)
   * @param maxNestingDepth the maximum depth of nested objects and arrays
   * @param maxStringLength the maximum length of a string value, in chars
   * @param maxNumberLength the maximum length of a number, in chars
   * @param maxNameLength the maximum length of a property name, in chars
   * @param maxPropertyCount the maximum number of properties in one object
   * @throws IllegalArgumentException if a limit is not positive
   */
  public JsonLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0
        || maxNumberLength <= 0 || maxNameLength <= 0 || maxPropertyCount <= 0) {
      throw new IllegalArgumentException("Every limit must be positive: " + maxDocumentBytes + ", "
          + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxNameLength
          + ", " + maxPropertyCount);
    }
  }

  /**
   * Returns the default limits: 16 MiB, depth 64, strings of 100,000 chars, numbers of 40 chars,
   * names of 200 chars, 10,000 properties per object.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another maximum document size.
   *
   * @param bytes the maximum size in bytes, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the size is not positive
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxPropertyCount);
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param depth the maximum depth, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the depth is not positive
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength,
        maxPropertyCount);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param length the maximum length, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the length is not positive
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength, maxNameLength,
        maxPropertyCount);
  }

  /**
   * Returns a copy with another maximum number length.
   *
   * @param length the maximum length, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the length is not positive
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxNameLength,
        maxPropertyCount);
  }

  /**
   * Returns a copy with another maximum property-name length.
   *
   * @param length the maximum length, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the length is not positive
   */
  public JsonLimits withMaxNameLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, length,
        maxPropertyCount);
  }

  /**
   * Returns a copy with another maximum number of properties per object. An object with more
   * properties is refused at its first property beyond the limit.
   *
   * @param count the maximum count, positive
   * @return the modified copy
   * @throws IllegalArgumentException if the count is not positive
   */
  public JsonLimits withMaxPropertyCount(int count) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, count);
  }
}
