package io.clsante.testkit.junit;

import io.clsante.testkit.ContratGenere;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Shrinks a failing {@link ContratsGeneres} case: runs the test method again with the failing seed
 * at the sizes 1, 2… below the failing size, and fails with a message that gives the seed, the
 * failing size, the smallest size that still fails and the properties that replay it. The original
 * failure is the cause; the smallest one is attached as suppressed. Registered by the annotation;
 * not meant to be used directly.
 */
public final class ShrinkOnFailure implements InvocationInterceptor {

  /** Creates the extension; JUnit does. */
  public ShrinkOnFailure() {}

  /**
   * Runs one case and, if it fails, looks for the smallest failing size of its seed.
   *
   * @param invocation the case
   * @param invocationContext the method, its target and its arguments
   * @param extensionContext the case's context
   * @throws Throwable an {@link AssertionError} describing the failure and its smallest size, or
   *     the original throwable when the case was aborted or is not a generated one
   */
  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException aborted) {
      throw aborted;
    } catch (Throwable failure) {
      List<Object> arguments = invocationContext.getArguments();
      Optional<ContratGenere> origin = arguments.isEmpty() ? Optional.empty() : CasGeneres.origin(arguments.get(0));
      if (origin.isEmpty()) {
        throw failure;
      }
      ContratGenere cas = origin.get();
      CasGeneres settings = CasGeneres.of(extensionContext);
      int smallest = cas.taille();
      Throwable smallestFailure = failure;
      Method method = invocationContext.getExecutable();
      method.setAccessible(true);
      for (int taille = 1; taille < cas.taille(); taille++) {
        ContratGenere smaller = settings.generate(cas.graine(), taille);
        Object[] args = arguments.toArray();
        args[0] = arguments.get(0) instanceof ContratGenere ? smaller : smaller.contrat();
        try {
          method.invoke(invocationContext.getTarget().orElse(null), args);
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof TestAbortedException)) {
            smallest = taille;
            smallestFailure = e.getCause();
            break;
          }
        }
      }
      AssertionError shrunk = new AssertionError("Generated contract failed with seed " + cas.graine() + " at size "
          + cas.taille() + (smallest < cas.taille() ? "; smallest failing size for this seed: " + smallest
              : "; no smaller size fails for this seed")
          + ". Replay with -D" + ContratsGeneres.GRAINE + "=" + cas.graine() + " -D" + ContratsGeneres.TAILLE + "="
          + smallest + "\n" + failure, failure);
      if (smallestFailure != failure) {
        shrunk.addSuppressed(smallestFailure);
      }
      throw shrunk;
    }
  }
}
