package io.clsante.testkit.exemple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

// README:debut
/**
 * Lets Hibernate Validator see the constraints on record-style accessors ({@code code()}) as well
 * as on JavaBeans getters ({@code getCode()}, {@code isActive()}).
 */
public final class RecordStyleAccessors implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass");

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
// README:fin
