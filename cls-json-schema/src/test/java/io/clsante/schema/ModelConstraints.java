package io.clsante.schema;

import io.clsante.model.ContratLocalDeSante;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/** Bean Validation of the model, with the JSON Pointer of each violation. */
final class ModelConstraints {
  private ModelConstraints() {}

  /** Accepts record-style accessors ({@code code()}), as the model uses, not only getters. */
  private static final class AccessorStyle implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable e) {
      boolean accessor = e.getParameterTypes().length == 0 && e.getReturnType() != void.class
          && !Set.of("hashCode", "toString", "getClass", "builder").contains(e.getName());
      return accessor ? Optional.of(e.getName()) : Optional.empty();
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .getterPropertySelectionStrategy(new AccessorStyle())
      .defaultLocale(Locale.FRENCH)
      .buildValidatorFactory().getValidator();

  /** Returns the JSON Pointers of the constraint violations of a contract, sorted. */
  static Set<String> violations(ContratLocalDeSante contrat) {
    Set<String> pointers = new TreeSet<>();
    for (ConstraintViolation<ContratLocalDeSante> v : VALIDATOR.validate(contrat)) {
      pointers.add(pointer(v.getPropertyPath()));
    }
    return pointers;
  }

  /** {@code axes[0].fiches[0].porteurs[1].<list element>} is {@code /axes/0/fiches/0/porteurs/1}. */
  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        sb.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        sb.append('/').append(node.getName());
      }
    }
    return sb.toString();
  }
}
