package io.clsante.testkit.oracles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.exemple.RecordStyleAccessors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;

/**
 * Hibernate Validator as an oracle: the Jakarta Validation constraints of a bound contract, each
 * located by the JSON Pointer of its value (the property path with the {@code @JsonProperty} names
 * of the format, list indexes as segments).
 */
final class HibernateValidatorOracle {
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .getterPropertySelectionStrategy(new RecordStyleAccessors())
      .buildValidatorFactory()
      .getValidator();

  private HibernateValidatorOracle() {}

  /** The constraint violations of a contract, located. */
  static List<Located> validate(ContratLocalDeSante contrat) {
    return VALIDATOR.validate(contrat).stream()
        .map(v -> new Located(pointer(contrat, v.getPropertyPath()), constraint(v)))
        .toList();
  }

  private static String constraint(ConstraintViolation<?> v) {
    return "@" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }

  /**
   * The JSON Pointer of a property path: walks the contract along the path, so that each property
   * is named as the format names it.
   */
  static String pointer(Object root, Path path) {
    StringBuilder pointer = new StringBuilder();
    Object current = root;
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        // The node is an element of the container the previous node reached.
        if (node.getIndex() != null) {
          pointer.append('/').append(node.getIndex());
          current = ((List<?>) current).get(node.getIndex());
        } else if (node.getKey() != null) {
          pointer.append('/').append(Pointers.escape(String.valueOf(node.getKey())));
          current = ((Map<?, ?>) current).get(node.getKey());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        Method accessor = accessor(current.getClass(), node.getName());
        pointer.append('/').append(Pointers.escape(accessor.getAnnotation(JsonProperty.class).value()));
        current = unwrap(invoke(accessor, current));
      }
    }
    return pointer.toString();
  }

  /** The public accessor of a property, where its {@code @JsonProperty} is (a model interface). */
  private static Method accessor(Class<?> type, String name) {
    List<Class<?>> types = new ArrayList<>(List.of(type.getInterfaces()));
    types.add(type);
    for (Class<?> t : types) {
      if (Modifier.isPublic(t.getModifiers())) {
        try {
          Method m = t.getMethod(name);
          if (m.isAnnotationPresent(JsonProperty.class)) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // on another type of the hierarchy
        }
      }
    }
    throw new AssertionError("no @JsonProperty accessor " + name + "() on " + type.getName());
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + accessor, e);
    }
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }
}
