package io.clsante.rules;

import java.util.List;

/**
 * A finding the tests expect of the rule under test: where, and with which typed arguments.
 *
 * @param pointer the JSON Pointer of the finding
 * @param arguments the arguments of its message, as the rule reports them
 */
public record Attendu(String pointer, List<?> arguments) {

  /**
   * Checks the parts; the arguments are copied.
   */
  public Attendu {
    arguments = List.copyOf(arguments);
  }

  /**
   * Creates an expected finding.
   *
   * @param pointer the JSON Pointer
   * @param arguments the arguments of the message
   * @return the expected finding
   */
  public static Attendu at(String pointer, Object... arguments) {
    return new Attendu(pointer, List.of(arguments));
  }
}
