package io.clsante.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per generated contract: a parameterized test whose only parameter is a
 * {@link io.clsante.testkit.ContratGenere} or a {@link io.clsante.model.ContratLocalDeSante}, fed by
 * {@link io.clsante.testkit.ContratGenerator}.
 *
 * <pre>{@code
 * @ContratsGeneres(nombre = 500, taille = 12)
 * void monExport_relitChaqueContrat(ContratGenere cas) { ... }
 * }</pre>
 *
 * <p>Case {@code i} (from 0) is generated with the seed {@code graine() + i} and the size
 * {@code 1 + i % taille()}, so most cases are small and every size up to {@code taille()} is tried.
 * Each case's display name gives its seed and size ({@code graine 20261125, taille 4}).
 *
 * <p><b>Replay</b>: with the system property (or JUnit configuration parameter)
 * {@code cls.testkit.graine} set, only that seed runs, at the size {@code cls.testkit.taille} if
 * set, else {@code taille()}: {@code mvn test -Dtest=MonTest -Dcls.testkit.graine=20261125
 * -Dcls.testkit.taille=4}.
 *
 * <p><b>Reduction</b>: when a case fails, the test method is run again with the same seed at the
 * sizes from 1 up, and the failure reports the smallest size that still fails, with the properties
 * that replay it. Those reruns call the method alone, without {@code @BeforeEach} methods.
 *
 * <p>Works on JUnit Jupiter 5.12 and later, JUnit 6 included; the test must not declare
 * {@code @ParameterizedTest} itself (this annotation does).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@ArgumentsSource(ContratsGeneresProvider.class)
@ExtendWith(ShrinkOnFailure.class)
public @interface ContratsGeneres {
  /** The system property or configuration parameter that selects one seed to replay. */
  String GRAINE = "cls.testkit.graine";
  /** The system property or configuration parameter that sets the size of the replayed seed. */
  String TAILLE = "cls.testkit.taille";

  /**
   * Returns how many contracts to generate.
   *
   * @return the number of cases, 100 by default
   */
  int nombre() default 100;

  /**
   * Returns the largest size to generate.
   *
   * @return the largest size, from 1; 10 by default
   */
  int taille() default 10;

  /**
   * Returns the seed of the first case.
   *
   * @return the first seed; the following cases take the next ones
   */
  long graine() default 20261122L;

  /**
   * Returns the date at which the generated contracts are valid, in ISO format.
   *
   * @return the reference date, {@code 2026-11-22} by default
   */
  String dateDeReference() default "2026-11-22";
}
