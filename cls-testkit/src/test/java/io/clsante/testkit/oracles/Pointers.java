package io.clsante.testkit.oracles;

/** JSON Pointers (RFC 6901) as the oracles write them. */
final class Pointers {
  private Pointers() {}

  /** Escapes a property name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The last segment of a pointer that names a property, unescaped; "" for none. */
  static String lastProperty(String pointer) {
    String[] segments = pointer.split("/", -1);
    for (int i = segments.length - 1; i > 0; i--) {
      if (!segments[i].chars().allMatch(Character::isDigit) || segments[i].isEmpty()) {
        return segments[i].replace("~1", "/").replace("~0", "~");
      }
    }
    return "";
  }
}
