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
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
