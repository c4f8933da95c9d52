package io.clsante.model.json;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * The e-mail addresses that {@code @Email} accepts, the one constraint of the model that the
 * published schema cannot state: a local part of dot-separated words (atoms or quoted strings) of
 * at most 64 chars, the last {@code @}, then a domain of dot-separated labels (letters, digits,
 * non-ASCII letters and the atom's symbols, hyphens inside) of at most 255 chars once in ASCII, or
 * an IP address in brackets. An empty string is accepted, as {@code @Email} accepts it.
 */
final class EmailAddresses {
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 255;
  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]";
  private static final String QUOTED = "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:;  @+/=?^_`{|}~\\u0080-\\uFFFF-]|\\\\\\\\|\\\\\")";
  private static final String WORD = "(?:" + ATOM + "+|\"" + QUOTED + "+\")";
  private static final Pattern LOCAL_PART = Pattern.compile(WORD + "(?:\\." + WORD + ")*", Pattern.CASE_INSENSITIVE);
  private static final String LABEL_CHAR = "[a-z\\u0080-\\uFFFF0-9!#$%&'*+/=?^_`{|}~]";
  private static final String LABEL = "(?:" + LABEL_CHAR + "-*)*" + LABEL_CHAR + "+";
  private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*", Pattern.CASE_INSENSITIVE);
  private static final Pattern IPV4 = Pattern.compile("\\[[0-9]{1,3}(?:\\.[0-9]{1,3}){3}]");
  private static final Pattern IPV6 = Pattern.compile("\\[IPv6:[0-9a-f:.]+]", Pattern.CASE_INSENSITIVE);

  private EmailAddresses() {}

  /**
   * Tells whether {@code @Email} accepts a string.
   *
   * @param address the string
   * @return true when it is an e-mail address, or empty
   */
  static boolean isValid(String address) {
    if (address.isEmpty()) {
      return true;
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    return local.length() <= MAX_LOCAL_PART && LOCAL_PART.matcher(local).matches() && isDomain(domain);
  }

  private static boolean isDomain(String domain) {
    if (IPV4.matcher(domain).matches() || IPV6.matcher(domain).matches()) {
      return true;
    }
    if (domain.endsWith(".") || !DOMAIN.matcher(domain).matches()) {
      return false;
    }
    try {
      return IDN.toASCII(domain).length() <= MAX_DOMAIN;
    } catch (IllegalArgumentException notADomain) {
      // IDN's documented answer for a label it cannot convert (longer than 63 chars…).
      return false;
    }
  }
}
