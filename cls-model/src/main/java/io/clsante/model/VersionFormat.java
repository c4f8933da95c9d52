package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.clsante.model.format.Description;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the JSON format a document follows, {@code MAJOR.MINOR}, written in its
 * {@code formatVersion} property.
 *
 * <p>This library reads every minor version of major {@value #SUPPORTED_MAJOR} up to
 * {@link #CURRENT}; a minor version only adds (optional properties, codes, forms). A document of another major
 * version is refused. Immutable and thread-safe.
 */
@Description(value = "Version du format que suit le document, MAJEURE.MINEURE. Ce schéma décrit la version "
    + "1.1 ; une version mineure ne fait qu'ajouter (propriétés facultatives, codes, formes), si bien qu'un "
    + "document 1.0 est lu tel quel, à condition de n'utiliser que ce que la version 1.0 définit.",
    examples = "\"1.1\"")
public final class VersionFormat implements Comparable<VersionFormat> {
  /** The only major version this library reads. */
  public static final int SUPPORTED_MAJOR = 1;

  /** The minor version of {@link #CURRENT}; the schema lists the versions read from these constants. */
  private static final int CURRENT_MINOR = 1;

  /** The version this library writes: {@code 1.1}. */
  public static final VersionFormat CURRENT = new VersionFormat(SUPPORTED_MAJOR, CURRENT_MINOR);

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  private final int major;
  private final int minor;

  private VersionFormat(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Reads a supported format version.
   *
   * @param text {@code MAJOR.MINOR}, for example {@code 1.0}
   * @return the version
   * @throws ClsException if the text is not {@code MAJOR.MINOR}, or names a major version other than
   *     {@value #SUPPORTED_MAJOR} or a minor version newer than this library knows
   */
  @JsonCreator
  public static VersionFormat parse(CharSequence text) {
    Matcher m = text == null ? null : FORMAT.matcher(text);
    if (m == null || !m.matches()) {
      throw new ClsException("Version de format invalide « " + text + " » : MAJEURE.MINEURE attendu, par exemple "
          + CURRENT);
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != SUPPORTED_MAJOR || minor > CURRENT.minor) {
      throw new ClsException("Version de format non prise en charge « " + text + " » : 1.0 à "
          + CURRENT + " attendue");
    }
    return minor == CURRENT.minor ? CURRENT : new VersionFormat(major, minor);
  }

  /**
   * Returns the major version.
   *
   * @return the major version
   */
  public int major() {
    return major;
  }

  /**
   * Returns the minor version.
   *
   * @return the minor version
   */
  public int minor() {
    return minor;
  }

  @JsonValue
  @Override
  public String toString() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(VersionFormat o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionFormat v && v.major == major && v.minor == minor;
  }

  @Override
  public int hashCode() {
    return major * 31 + minor;
  }
}
