package io.clsante.testkit.junit;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenere;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies the generated contracts of a {@link ContratsGeneres} test, lazily, one per case: a
 * {@link ContratGenere} or, for a test that takes a {@link ContratLocalDeSante}, the contract
 * named by its seed and size. Instantiated by JUnit; not meant to be called directly.
 *
 * <p>Implements both forms of {@link ArgumentsProvider}: JUnit Jupiter 5.13 and later (JUnit 6
 * included) call {@link #provideArguments(ParameterDeclarations, ExtensionContext)}, JUnit 5.12
 * calls {@link #provideArguments(ExtensionContext)}. Both give the same cases.
 */
public final class ContratsGeneresProvider implements ArgumentsProvider {

  /** Creates the provider; JUnit does. */
  public ContratsGeneresProvider() {}

  /**
   * Returns the cases of the test; called by JUnit Jupiter 5.13 and later.
   *
   * @param parameters the test method's parameters: one, a {@code ContratGenere} or a
   *     {@code ContratLocalDeSante}
   * @param context the test method's context
   * @return one argument per case, generated when JUnit asks for it
   * @throws IllegalArgumentException if the annotation or the parameter does not fit
   */
  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    return cases(parameters.getFirst().map(ParameterDeclaration::getParameterType), context);
  }

  /**
   * Returns the cases of the test; called by JUnit Jupiter 5.12, which has no parameter
   * declarations: the parameters are those of the test method.
   *
   * @param context the test method's context
   * @return one argument per case, generated when JUnit asks for it
   * @throws IllegalArgumentException if the annotation or the parameter does not fit
   */
  @Override
  @SuppressWarnings("deprecation") // the form JUnit 5.12 calls, deprecated since JUnit 5.13
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return cases(Arrays.stream(context.getRequiredTestMethod().getParameterTypes()).findFirst(), context);
  }

  private static Stream<Arguments> cases(Optional<Class<?>> firstParameter, ExtensionContext context) {
    CasGeneres cas = CasGeneres.of(context);
    Class<?> type = firstParameter.orElseThrow(() -> new IllegalArgumentException(
        context.getRequiredTestMethod().getName() + " must take one parameter: a ContratGenere or a ContratLocalDeSante"));
    if (type != ContratGenere.class && type != ContratLocalDeSante.class) {
      throw new IllegalArgumentException(context.getRequiredTestMethod().getName() + " takes a "
          + type.getSimpleName() + "; @ContratsGeneres gives a ContratGenere or a ContratLocalDeSante");
    }
    return IntStream.range(0, cas.nombre()).mapToObj(i -> {
      ContratGenere c = cas.generate(cas.graine(i), cas.taille(i));
      if (type == ContratGenere.class) {
        return Arguments.of(c);
      }
      CasGeneres.remember(c);
      return Arguments.of(Named.of(c.toString(), c.contrat()));
    });
  }
}
