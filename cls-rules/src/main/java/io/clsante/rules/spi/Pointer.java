package io.clsante.rules.spi;

/**
 * Builds JSON Pointers (RFC 6901) for findings, from property names and array indexes.
 *
 * <p>Example: {@code Pointer.of("axes", 0, "fiches", 2, "porteurs")} gives
 * {@code /axes/0/fiches/2/porteurs}.
 */
public final class Pointer {
  private Pointer() {}

  /**
   * Joins segments into a pointer, escaping {@code ~} and {@code /} in names.
   *
   * @param segments property names (strings) and array indexes (integers)
   * @return the pointer; {@code ""} (the whole document) when there is no segment
   */
  public static String of(Object... segments) {
    StringBuilder sb = new StringBuilder(8 * segments.length);
    for (Object s : segments) {
      sb.append('/');
      if (s instanceof Integer index) {
        sb.append(index.intValue());
        continue;
      }
      String text = String.valueOf(s);
      if (text.indexOf('~') < 0 && text.indexOf('/') < 0) {
        sb.append(text);
      } else {
        sb.append(text.replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }
}
