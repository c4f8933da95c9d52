/**
 * The testkit of the CLS library: generators of valid contracts and of targeted invalid mutations,
 * report assertions, the reference contracts as fixtures ({@code io.clsante.testkit}), and the
 * JUnit Jupiter integration ({@code io.clsante.testkit.junit}).
 *
 * <p>JUnit is needed only by the JUnit integration, and is brought by the suite that uses it.
 */
module io.clsante.testkit {
  requires transitive io.clsante.model;
  requires transitive io.clsante.rules;
  requires static org.junit.jupiter.api;
  requires static org.junit.jupiter.params;
  requires static org.junit.platform.commons;
  requires static org.opentest4j;

  exports io.clsante.testkit;
  exports io.clsante.testkit.junit;
}
