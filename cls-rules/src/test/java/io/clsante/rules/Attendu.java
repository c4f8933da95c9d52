package io.clsante.rules;

import java.util.List;

/**
 * A finding the tests expect of the rule under test: where, and with which arguments.
 *
 * @param pointer the JSON Pointer of the finding
 * @param arguments the arguments of its message
 */
public record Attendu(String pointer, List<String> arguments) {

  /**
   * Creates an expected finding.
   *
   * @param pointer the JSON Pointer
   * @param arguments the arguments of the message
   * @return the expected finding
   */
  public static Attendu at(String pointer, String... arguments) {
    return new Attendu(pointer, List.of(arguments));
  }
}
