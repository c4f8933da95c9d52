package io.clsante.spring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.validation.Configuration;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the constraints on record-style accessors ({@code intitule()}) as
 * well as on JavaBeans getters ({@code getIntitule()}, {@code isActive()}). The CLS model's
 * accessors are record-style: without this strategy Hibernate Validator finds no constraint on
 * the model and reports nothing, silently.
 *
 * <p>The auto-configuration gives it to the application's validator through Spring Boot's
 * validation customizer, when Hibernate Validator is on the class path. JavaBeans getters keep
 * their meaning, so the application's own beans are validated as before. An application that
 * builds a validator itself passes it to
 * {@code HibernateValidatorConfiguration.getterPropertySelectionStrategy}, or calls
 * {@link #applyTo(Configuration)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordStyleAccessors implements GetterPropertySelectionStrategy {
  /** Methods without parameters that are not properties. */
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass");

  /** Creates the strategy. */
  public RecordStyleAccessors() {}

  /**
   * Gives a new instance of this strategy to a Bean Validation configuration, if it is Hibernate
   * Validator's; leaves any other provider's configuration as it is. This is what the
   * auto-configuration's validation customizer does.
   *
   * @param configuration the configuration of the validator being built
   */
  public static void applyTo(Configuration<?> configuration) {
    if (configuration instanceof HibernateValidatorConfiguration hibernate) {
      hibernate.getterPropertySelectionStrategy(new RecordStyleAccessors());
    }
  }

  @Override
  public Optional<String> getProperty(ConstrainableExecutable method) {
    String name = method.getName();
    Class<?> type = method.getReturnType();
    if (method.getParameterTypes().length > 0 || type == void.class || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (name.length() > 3 && name.startsWith("get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (name.length() > 2 && name.startsWith("is") && type == boolean.class) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String property) {
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return List.of("get" + capitalized, "is" + capitalized, property);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
