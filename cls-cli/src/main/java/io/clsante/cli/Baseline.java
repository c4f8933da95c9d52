package io.clsante.cli;

/**
 * Does nothing: {@code java -cp cls-cli.jar io.clsante.cli.Baseline} starts a JVM on the tool's jar
 * and exits, the cost of an empty program to compare start-up figures with (docs/performance.md).
 */
public final class Baseline {
  private Baseline() {}

  /**
   * Returns at once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Nothing: the cost of this program is the JVM's start and exit.
  }
}
