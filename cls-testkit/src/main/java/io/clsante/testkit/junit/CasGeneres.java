package io.clsante.testkit.junit;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratGenere;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link ContratsGeneres} asks of one test method, once the replay parameters are applied:
 * the generator, the seeds and sizes of the cases. Shared by the arguments provider and the
 * shrinking interceptor, which also finds here the seed and size behind a bare contract argument.
 */
final class CasGeneres {
  // A contract handed to a test as such: its seed and size, until the contract is collected.
  private static final Map<ContratLocalDeSante, ContratGenere> ORIGINES =
      Collections.synchronizedMap(new WeakHashMap<>());

  final ContratsGeneres annotation;
  final ContratGenerator generator;
  final Optional<Long> graineRejouee;
  final Optional<Integer> tailleRejouee;

  private CasGeneres(ContratsGeneres annotation, ContratGenerator generator, Optional<Long> graine,
      Optional<Integer> taille) {
    this.annotation = annotation;
    this.generator = generator;
    this.graineRejouee = graine;
    this.tailleRejouee = taille;
  }

  static CasGeneres of(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    ContratsGeneres a = AnnotationSupport.findAnnotation(method, ContratsGeneres.class)
        .orElseThrow(() -> new IllegalStateException("@ContratsGeneres is missing on " + method));
    if (a.nombre() < 1 || a.taille() < 1) {
      throw new IllegalArgumentException("@ContratsGeneres on " + method.getName()
          + ": nombre and taille must be 1 or more, not " + a.nombre() + " and " + a.taille());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(a.dateDeReference());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("@ContratsGeneres on " + method.getName()
          + ": dateDeReference \"" + a.dateDeReference() + "\" is not an ISO date such as 2026-11-22", e);
    }
    Optional<Long> graine = context.getConfigurationParameter(ContratsGeneres.GRAINE)
        .filter(s -> !s.isBlank()).map(s -> parse(ContratsGeneres.GRAINE, s, Long::parseLong));
    Optional<Integer> taille = context.getConfigurationParameter(ContratsGeneres.TAILLE)
        .filter(s -> !s.isBlank()).map(s -> parse(ContratsGeneres.TAILLE, s, Integer::parseInt));
    return new CasGeneres(a, ContratGenerator.standard().withReferenceDate(date), graine, taille);
  }

  private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not \"" + value + "\"", e);
    }
  }

  int nombre() {
    return graineRejouee.isPresent() ? 1 : annotation.nombre();
  }

  long graine(int i) {
    return graineRejouee.orElse(annotation.graine() + i);
  }

  int taille(int i) {
    return graineRejouee.isPresent() ? tailleRejouee.orElse(annotation.taille()) : 1 + i % annotation.taille();
  }

  ContratGenere generate(long graine, int taille) {
    return new ContratGenere(graine, taille, generator.generate(graine, taille));
  }

  static void remember(ContratGenere cas) {
    ORIGINES.put(cas.contrat(), cas);
  }

  static Optional<ContratGenere> origin(Object argument) {
    if (argument instanceof ContratGenere cas) {
      return Optional.of(cas);
    }
    if (argument instanceof ContratLocalDeSante contrat) {
      return Optional.ofNullable(ORIGINES.get(contrat));
    }
    return Optional.empty();
  }
}
