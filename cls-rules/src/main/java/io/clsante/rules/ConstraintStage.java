package io.clsante.rules;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.LocatedTree;
import io.clsante.rules.internal.StageRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The structural-constraints stage: Jakarta Validation with Hibernate Validator, configured to see
 * the model's record-style accessors ({@code code()}), which its default getter strategy ignores.
 *
 * <p>A {@link ConstraintPrecheck} runs first: a contract it certainly accepts gets no finding without
 * the engine. The engine is bootstrapped on first need, once, so that a process that only meets
 * valid contracts never starts it.
 */
final class ConstraintStage {
  /** Methods without parameters that are not properties of the model. */
  static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "builder");

  private static final class Holder {
    static final ConstraintStage INSTANCE = new ConstraintStage();
  }

  /** Hibernate Validator, bootstrapped when this class is first used. */
  private static final class Engine {
    static final Engine INSTANCE = new Engine();

    final Validator french;
    final Validator english;

    private Engine() {
      HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
          .getterPropertySelectionStrategy(new AccessorStyle())
          .failFast(false);
      ValidatorFactory factory = config.defaultLocale(Locale.FRENCH).buildValidatorFactory();
      this.french = factory.getValidator();
      // One factory for both languages: its metadata of the model is built once, not twice.
      this.english = factory.usingContext()
          .messageInterpolator(new InLocale(factory.getMessageInterpolator(), Locale.ENGLISH))
          .getValidator();
    }
  }

  private final ConstraintPrecheck precheck;

  private ConstraintStage() {
    this.precheck = ConstraintPrecheck.compile(ContratLocalDeSante.class);
  }

  /** Renders messages in one locale whatever the default. */
  private static final class InLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    InLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }

  /**
   * Returns the stage, bootstrapped once.
   *
   * @return the shared stage
   */
  static ConstraintStage standard() {
    return Holder.INSTANCE;
  }

  /**
   * Checks a contract and adds one violation per broken constraint.
   *
   * @param contrat the contract
   * @param tree the located tree it was bound from, or null
   * @param out where to add the violations, as findings of CLS-CNT-001
   */
  void check(ContratLocalDeSante contrat, LocatedTree tree, List<Finding> out) {
    check(contrat, tree, out, true);
  }

  /**
   * Checks a contract and adds one violation per broken constraint, with or without the pre-check:
   * the findings are the same either way.
   *
   * @param contrat the contract
   * @param tree the located tree it was bound from, or null
   * @param out where to add the violations, as findings of CLS-CNT-001
   * @param prechecks false to run the engine even on a contract the pre-check accepts
   */
  void check(ContratLocalDeSante contrat, LocatedTree tree, List<Finding> out, boolean prechecks) {
    if (prechecks && precheck.certainlyValid(contrat)) {
      return;
    }
    Engine engine = Engine.INSTANCE;
    Set<ConstraintViolation<ContratLocalDeSante>> found = engine.french.validate(contrat);
    if (found.isEmpty()) {
      return;
    }
    Set<ConstraintViolation<ContratLocalDeSante>> en = engine.english.validate(contrat);
    for (ConstraintViolation<ContratLocalDeSante> v : found) {
      String pointer = pointer(v.getPropertyPath());
      String english = en.stream()
          .filter(e -> e.getPropertyPath().toString().equals(v.getPropertyPath().toString())
              && e.getMessageTemplate().equals(v.getMessageTemplate()))
          .map(ConstraintViolation::getMessage).findFirst().orElse(v.getMessage());
      out.add(RuleRunner.finding(StageRules.CONSTRAINT, Severity.ERROR, pointer, tree,
          List.of(v.getMessage() + " (valeur : " + v.getInvalidValue() + ")",
              english + " (value: " + v.getInvalidValue() + ")")));
    }
  }

  /**
   * Bootstraps the engine now, on this thread, if it has not been already.
   *
   * @return this stage
   */
  ConstraintStage withEngine() {
    engine();
    return this;
  }

  /**
   * Builds the engine's metadata of the model by running it on a contract; the findings are dropped.
   *
   * @param sample a contract that uses every part of the model
   */
  void prepare(ContratLocalDeSante sample) {
    check(sample, null, new ArrayList<>(), false);
  }

  /** The pre-check, for tests. */
  ConstraintPrecheck precheck() {
    return precheck;
  }

  /** The engine's French validator, bootstrapped on first call. */
  static Validator engine() {
    return Engine.INSTANCE.french;
  }

  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      } else if (n.isInIterable() && n.getKey() != null) {
        sb.append('/').append(n.getKey());
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        sb.append('/').append(n.getName().replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }

  /** Accepts record-style accessors, not only {@code getX()}/{@code isX()}. */
  private static final class AccessorStyle implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable e) {
      boolean accessor = e.getParameterTypes().length == 0 && e.getReturnType() != void.class
          && !NOT_PROPERTIES.contains(e.getName());
      return accessor ? Optional.of(e.getName()) : Optional.empty();
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
