package io.clsante.model.internal;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * The constraints of model types as data, and their accessors: what the constraint pre-check of
 * {@code io.clsante.rules} compiles its checks from. The pre-check reads it either by reflection from
 * the annotations of any class, or from {@code ModelConstraints}, generated from the model's
 * declarations while the model compiles, which parses no annotation and generates no class at run
 * time. The meaning of each constraint is the pre-check's alone: this is only what is declared.
 */
public abstract class ConstraintTable {
  /** For the generated table. */
  protected ConstraintTable() {}

  /**
   * One constraint as declared.
   *
   * @param type the constraint annotation
   * @param attributes its attributes other than {@code message}, {@code groups} and {@code payload},
   *     explicit or default, each as the annotation returns it except arrays, given as lists
   * @param composing the constraints its annotation type is annotated with
   * @param validators how many validators its {@code @Constraint} names
   * @param overridesAttributes whether one of its attributes overrides an attribute of a composing
   *     constraint
   */
  public record Constraint(Class<? extends Annotation> type, Map<String, Object> attributes,
      List<Constraint> composing, int validators, boolean overridesAttributes) {
    /**
     * A constraint with no validator of its own and no overridden attribute: a built-in one, or
     * one composed of others only.
     *
     * @param type the constraint annotation
     * @param attributes its attributes
     * @param composing the constraints it is composed of
     * @return the constraint
     */
    public static Constraint of(Class<? extends Annotation> type, Map<String, Object> attributes,
        List<Constraint> composing) {
      return new Constraint(type, attributes, composing, 0, false);
    }
  }

  /**
   * One type argument of an accessor's type.
   *
   * @param type its class, or null when it is not one (a wildcard, a type variable)
   * @param constraints the constraints on it
   * @param cascaded whether it is marked {@code @Valid}
   * @param nested whether a type argument of its own carries annotations
   */
  public record Argument(Class<?> type, List<Constraint> constraints, boolean cascaded, boolean nested) {}

  /**
   * One accessor of a type.
   *
   * @param name its name, which is the property's
   * @param accessor its number for {@link #get}, or -1 when it is called otherwise
   * @param type its return type, raw
   * @param constraints the constraints on it, from every declaration of it in the type's hierarchy
   * @param cascaded whether it is marked {@code @Valid}
   * @param arguments the type arguments of its return type, in order (none when it is not parameterized)
   */
  public record Property(String name, int accessor, Class<?> type, List<Constraint> constraints, boolean cascaded,
      List<Argument> arguments) {}

  /**
   * One type.
   *
   * @param type the type
   * @param constraints its class-level constraints
   * @param properties its accessors
   */
  public record Bean(Class<?> type, List<Constraint> constraints, List<Property> properties) {}

  /**
   * Returns what a type declares.
   *
   * @param type a type
   * @return its description, or null when the table has none
   */
  public abstract Bean bean(Class<?> type);

  /**
   * Calls an accessor.
   *
   * @param accessor the accessor's number ({@link Property#accessor()})
   * @param bean an instance of the type that declares it
   * @return what the accessor returns, primitives boxed
   */
  public abstract Object get(int accessor, Object bean);
}
