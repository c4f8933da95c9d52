package io.clsante.model.internal;

/** The Luhn checksum used by SIREN and SIRET numbers. Internal: not part of the API. */
public final class Luhn {
  private Luhn() {}

  /**
   * Tells whether a string of ASCII digits passes the Luhn check.
   *
   * @param digits only ASCII digits, not empty
   * @return true when the weighted digit sum is a multiple of 10
   */
  public static boolean isValid(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Tells whether the text has exactly the given number of ASCII digits and nothing else.
   *
   * @param text the text, may be null
   * @param length the expected length
   * @return true when it is {@code length} ASCII digits
   */
  public static boolean isDigits(CharSequence text, int length) {
    if (text == null || text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the sum of the digits of a string of ASCII digits.
   *
   * @param digits only ASCII digits
   * @return the plain sum of the digits
   */
  public static int digitSum(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }
}
