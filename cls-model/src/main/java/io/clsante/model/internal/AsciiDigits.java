package io.clsante.model.internal;

/** Reads runs of ASCII digits, for the parsers of dates written by hand. Not API. */
public final class AsciiDigits {
  private AsciiDigits() {}

  /**
   * Returns the value of {@code text[from, to)} when it is all ASCII digits.
   *
   * @param text the text
   * @param from the first index
   * @param to the index after the last
   * @return the value, or -1 if a character is not an ASCII digit
   */
  public static int value(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
