package io.clsante.rules;

import io.clsante.model.internal.ConstraintTable;
import io.clsante.model.internal.ModelConstraints;
import io.clsante.model.internal.SimplePattern;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Array;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A sound "certainly no violation" check in front of Hibernate Validator: {@link #certainlyValid}
 * answers true only when Bean Validation of the same object with the default group would report no
 * violation, so that the engine need not run. False means "uncertain", never "invalid".
 *
 * <p>Compiled once from the constraints the types declare: property constraints of every accessor
 * the constraint stage sees, type-use constraints on the elements of {@code List}, {@code Optional}
 * and {@code Map}, {@code @Valid} cascades, class-level constraints, composed constraints (their
 * composing constraints, and their own validator, instantiated and initialised here). For the
 * model's types these come, with the accessors, from a table generated while the model compiles
 * ({@link ModelConstraints}): no annotation is parsed and no class generated at run time. Any other
 * type is read by reflection from its annotations, into the same data; a test checks that both give
 * the same plan for the model. The built-in constraints it decides follow the Jakarta Validation
 * definitions as Hibernate Validator implements them (null valid except for {@code @NotNull},
 * {@code @NotBlank} and {@code @NotEmpty}; {@code @Size} counts {@code CharSequence.length()} and
 * collection sizes; bounds compared exactly). Every other constraint, every value of a type it does
 * not decide and every object of a class it was not compiled for makes the answer false. Its plan
 * ({@link #plan()}) is checked against the engine's own metadata by a test.
 *
 * <p>Immutable once built and thread-safe.
 */
final class ConstraintPrecheck {
  /**
   * One constraint of the plan: the model type, the property (empty for a class-level constraint),
   * the type argument it applies to (-1 for the property itself) and the constraint, with the
   * composed constraints it comes from before it.
   */
  record Planned(Class<?> type, String property, int element, List<ConstraintTable.Constraint> constraint) {}

  /** One cascade of the plan: the model type, the property and the type argument (-1 for the property). */
  record Cascade(Class<?> type, String property, int element) {}

  /** Decides one constraint on one value (null included): true only if certainly satisfied. */
  private interface Check {
    boolean ok(Object value);
  }

  // The checks are anonymous classes rather than lambdas: a fresh JVM links each lambda on its first
  // run (a tenth of a millisecond or more each), classes are only loaded, from the class-data archive.
  private static final Check UNCERTAIN = new Check() {
    @Override
    public boolean ok(Object value) {
      return false;
    }
  };

  /** What one model type is checked for. */
  private static final class Bean {
    final Class<?> type;
    Class<?> runtime;
    Check[] checks = new Check[0];
    Property[] properties = new Property[0];

    Bean(Class<?> type) {
      this.type = type;
    }
  }

  /** One accessor, its constraints, its cascade and its container elements. */
  private static final class Property {
    final String name;
    /**
     * The accessor: the generated table's ({@link Generated}), or by reflection for its first calls
     * and then a generated function ({@link FirstCalls}).
     */
    Function<Object, Object> getter;
    final Check[] checks;
    final Bean cascade;
    final Element[] elements;

    Property(String name, Check[] checks, Bean cascade, Element[] elements) {
      this.name = name;
      this.checks = checks;
      this.cascade = cascade;
      this.elements = elements;
    }
  }

  /** An accessor called through the generated table's {@code switch}. */
  private static final class Generated implements Function<Object, Object> {
    private final ConstraintTable table;
    private final int accessor;

    Generated(ConstraintTable table, int accessor) {
      this.table = table;
      this.accessor = accessor;
    }

    @Override
    public Object apply(Object value) {
      return table.get(accessor, value);
    }
  }

  /**
   * How many calls of an accessor go through reflection before it is replaced by a generated
   * function: the JDK's own threshold (-Dsun.reflect.inflationThreshold, 15), past which reflection
   * would generate a class of its own for the method.
   */
  static final int REFLECTIVE_CALLS = 15;

  /**
   * An accessor called by reflection, which after {@link #REFLECTIVE_CALLS} calls puts a generated
   * function in its place. Generating one costs a class per accessor (about a hundred for the
   * model), a few milliseconds in a fresh JVM: a program that checks one small document never pays
   * it, one that checks many pays it once per accessor it uses. The count is not synchronised: a
   * call more or less through reflection, or a function generated twice, changes nothing.
   */
  private static final class FirstCalls implements Function<Object, Object> {
    private final Method accessor;
    private final Property property;
    private int calls;

    FirstCalls(Method accessor, Property property) {
      this.accessor = accessor;
      this.property = property;
    }

    @Override
    public Object apply(Object value) {
      if (++calls == REFLECTIVE_CALLS) {
        property.getter = getter(accessor);
      }
      return invoke(accessor, value);
    }
  }

  /** Calls an accessor by reflection; what it throws is thrown unchecked (the answer is then false). */
  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The contents of a container value: its elements (list, optional, map values) or map keys. */
  private static final class Element {
    final Class<?> container;
    final boolean keys;
    final Check[] checks;
    final Bean cascade;

    Element(Class<?> container, boolean keys, Check[] checks, Bean cascade) {
      this.container = container;
      this.keys = keys;
      this.checks = checks;
      this.cascade = cascade;
    }
  }

  /** Where validators registered as services are declared. */
  static final String VALIDATOR_SERVICES = "META-INF/services/jakarta.validation.ConstraintValidator";

  /** Attributes that do not change what a constraint accepts. */
  private static final Set<String> NOT_ATTRIBUTES = Set.of("message", "groups", "payload");

  private final ConstraintTable table;
  /** The built-in checks made, by constraint (null for a constraint that is not one). */
  private final Map<ConstraintTable.Constraint, Check> builtIns = new IdentityHashMap<>();
  /** The annotations read by reflection, for the validators they initialise. */
  private final Map<ConstraintTable.Constraint, Annotation> annotations = new IdentityHashMap<>();
  private final Bean root;
  private final List<Planned> plan = new ArrayList<>();
  private final List<Cascade> cascades = new ArrayList<>();
  private final Map<Class<?>, Bean> beans = new LinkedHashMap<>();
  private final boolean enabled;

  private ConstraintPrecheck(Class<?> type, ConstraintTable table, boolean enabled) {
    this.enabled = enabled;
    this.table = table;
    this.root = bean(type);
  }

  /**
   * Compiles the check of a type and of every type it cascades to, from the model's generated table
   * for the model's types ({@link ModelConstraints}) and from their annotations for any other.
   *
   * @param type the root type, for example {@code ContratLocalDeSante.class}
   * @return the check; it answers false for everything when the engine may be configured with more
   *     constraints than the annotations say (an XML mapping or extra validators on the class path)
   */
  static ConstraintPrecheck compile(Class<?> type) {
    return compile(type, ModelConstraints.TABLE);
  }

  /**
   * Compiles the check of a type and of every type it cascades to, from a table of declared
   * constraints for the types it describes and from their annotations for any other.
   *
   * @param type the root type
   * @param table the table, or null to read every type's annotations by reflection
   * @return the check
   */
  static ConstraintPrecheck compile(Class<?> type, ConstraintTable table) {
    return new ConstraintPrecheck(type, table, !configuredOutsideAnnotations(type.getClassLoader()));
  }

  /**
   * Returns true only if Bean Validation would report no violation on the object.
   *
   * @param value the object to check, of the root type
   * @return true if certainly valid, false if uncertain
   */
  boolean certainlyValid(Object value) {
    try {
      return enabled && value != null && valid(root, value);
    } catch (RuntimeException e) {
      // An accessor or a validator failed: the engine decides (and reports it).
      return false;
    }
  }

  /**
   * Returns the constraints the check decides, in the order it met them.
   *
   * @return the plan
   */
  List<Planned> plan() {
    return List.copyOf(plan);
  }

  /**
   * Returns the cascades the check follows.
   *
   * @return the cascades
   */
  List<Cascade> cascades() {
    return List.copyOf(cascades);
  }

  /**
   * Returns every type the check was compiled for.
   *
   * @return the root type and every type reached by a cascade
   */
  Set<Class<?>> types() {
    return Set.copyOf(beans.keySet());
  }

  /**
   * Counts the accessors the check calls, and how many of them are generated functions by now
   * rather than reflection.
   *
   * @return {accessors, generated}
   */
  int[] accessorCounts() {
    int accessors = 0;
    int generated = 0;
    for (Bean bean : beans.values()) {
      for (Property p : bean.properties) {
        accessors++;
        if (!(p.getter instanceof FirstCalls)) {
          generated++;
        }
      }
    }
    return new int[] {accessors, generated};
  }

  /**
   * Returns the one runtime class that the check covers for a type.
   *
   * @param type a type of {@link #types()}
   * @return the class, or null when the check covers none
   */
  Class<?> runtimeClass(Class<?> type) {
    return beans.get(type).runtime;
  }

  private static boolean valid(Bean bean, Object value) {
    if (value.getClass() != bean.runtime) {
      return false;
    }
    for (Check c : bean.checks) {
      if (!c.ok(value)) {
        return false;
      }
    }
    for (Property p : bean.properties) {
      Object v = p.getter.apply(value);
      for (Check c : p.checks) {
        if (!c.ok(v)) {
          return false;
        }
      }
      if (v == null) {
        continue;
      }
      if (p.cascade != null && !valid(p.cascade, v)) {
        return false;
      }
      for (Element e : p.elements) {
        if (!validContents(e, v)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean validContents(Element e, Object container) {
    if (!e.container.isInstance(container)) {
      return false;
    }
    if (container instanceof Optional<?> o) {
      // The engine checks the content of an empty optional as null.
      return validElement(e, o.orElse(null));
    }
    Iterable<?> items = container instanceof Map<?, ?> m ? (e.keys ? m.keySet() : m.values()) : (Iterable<?>) container;
    for (Object item : items) {
      if (!validElement(e, item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean validElement(Element e, Object item) {
    for (Check c : e.checks) {
      if (!c.ok(item)) {
        return false;
      }
    }
    return item == null || e.cascade == null || valid(e.cascade, item);
  }

  // ---- compilation, from the declared constraints as data (generated or read by reflection)

  private Bean bean(Class<?> type) {
    Bean known = beans.get(type);
    if (known != null) {
      return known;
    }
    Bean bean = new Bean(type);
    beans.put(type, bean);
    bean.runtime = runtimeClassOf(type);
    ConstraintTable.Bean declared = table == null ? null : table.bean(type);
    Map<String, Method> methods = null;
    if (declared == null) {
      methods = new HashMap<>();
      declared = read(type, methods);
    }
    List<Check> own = new ArrayList<>();
    for (ConstraintTable.Constraint c : declared.constraints()) {
      own.add(constraint(type, "", -1, type, List.of(c)));
    }
    bean.checks = own.toArray(new Check[0]);
    List<Property> properties = new ArrayList<>();
    for (ConstraintTable.Property p : declared.properties()) {
      Property compiled = property(type, p, methods == null ? new Generated(table, p.accessor()) : null,
          methods == null ? null : methods.get(p.name()));
      if (compiled != null) {
        properties.add(compiled);
      }
    }
    bean.properties = properties.toArray(new Property[0]);
    return bean;
  }

  /**
   * The class whose instances the check covers for a model type: the type itself when concrete, or
   * the implementation Immutables generates beside an abstract type. Objects of any other class make
   * the answer false.
   */
  private static Class<?> runtimeClassOf(Class<?> type) {
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      return type;
    }
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
      return type.isAssignableFrom(generated) && !Modifier.isAbstract(generated.getModifiers()) ? generated : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private Property property(Class<?> type, ConstraintTable.Property p, Function<Object, Object> generated,
      Method reflected) {
    String name = p.name();
    List<Check> checks = new ArrayList<>();
    for (ConstraintTable.Constraint c : p.constraints()) {
      checks.add(constraint(type, name, -1, p.type(), List.of(c)));
    }
    Class<?> raw = p.type();
    List<ConstraintTable.Argument> arguments = p.arguments();
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Element e = element(type, name, raw, i, arguments.get(i));
      if (e != null) {
        elements.add(e);
      }
    }
    Bean cascade = null;
    if (p.cascaded()) {
      cascades.add(new Cascade(type, name, -1));
      Class<?> container = containerOf(raw);
      if (container == null) {
        cascade = bean(raw);
      } else {
        // @Valid on a container cascades to its elements (map values).
        int index = container == Map.class ? 1 : 0;
        Class<?> item = index < arguments.size() ? arguments.get(index).type() : null;
        elements.add(item == null ? new Element(Object.class, false, new Check[] {UNCERTAIN}, null)
            : new Element(container, false, new Check[0], bean(item)));
      }
    }
    if (checks.isEmpty() && cascade == null && elements.isEmpty()) {
      return null;
    }
    if (unwrappedByDefault(raw) && !checks.isEmpty()) {
      // A constraint on the optional itself may apply to its content (implicit unwrapping): the engine decides.
      checks.add(UNCERTAIN);
    }
    Property compiled = new Property(name, checks.toArray(new Check[0]), cascade, elements.toArray(new Element[0]));
    compiled.getter = generated != null ? generated : new FirstCalls(reflected, compiled);
    return compiled;
  }

  private Element element(Class<?> type, String name, Class<?> raw, int index, ConstraintTable.Argument arg) {
    List<Check> checks = new ArrayList<>();
    Class<?> declared = arg.type();
    for (ConstraintTable.Constraint c : arg.constraints()) {
      checks.add(constraint(type, name, index, declared == null ? Object.class : declared, List.of(c)));
    }
    if (arg.nested()) {
      // Constraints nested deeper (List<List<@X String>>) are left to the engine.
      checks.add(UNCERTAIN);
    }
    if (checks.isEmpty() && !arg.cascaded()) {
      return null;
    }
    Class<?> container = containerOf(raw);
    boolean keys = Map.class.isAssignableFrom(raw) && index == 0;
    if (container == null || (container != Map.class && index != 0)) {
      checks.add(UNCERTAIN);
      container = Object.class;
    }
    Bean cascade = null;
    if (arg.cascaded()) {
      cascades.add(new Cascade(type, name, index));
      cascade = declared == null ? null : bean(declared);
      if (cascade == null) {
        checks.add(UNCERTAIN);
      }
    }
    return new Element(container, keys, checks.toArray(new Check[0]), cascade);
  }

  private static Class<?> containerOf(Class<?> raw) {
    if (Optional.class == raw) {
      return Optional.class;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Map.class;
    }
    return Iterable.class.isAssignableFrom(raw) ? Iterable.class : null;
  }

  /** Whether a constraint on a value of this type may apply to its content rather than to itself. */
  private static boolean unwrappedByDefault(Class<?> raw) {
    return raw == Optional.class || raw == java.util.OptionalInt.class || raw == java.util.OptionalLong.class
        || raw == java.util.OptionalDouble.class || raw.getPackageName().startsWith("javafx.");
  }

  /**
   * Compiles one constraint on values declared of a type, recording it (and what it is composed of)
   * in the plan.
   */
  private Check constraint(Class<?> type, String property, int element, Class<?> declared,
      List<ConstraintTable.Constraint> path) {
    plan.add(new Planned(type, property, element, path));
    ConstraintTable.Constraint a = path.get(path.size() - 1);
    // The generated table shares one instance per distinct constraint: each is compiled once.
    Check builtIn = builtIns.get(a);
    if (builtIn == null && !builtIns.containsKey(a)) {
      builtIn = builtIn(a);
      builtIns.put(a, builtIn);
    }
    if (builtIn != null) {
      // On a declared type the engine has no validator for, it fails even on null: it decides.
      return declaredTypeDecided(a, declared) ? builtIn : UNCERTAIN;
    }
    String pkg = a.type().getPackageName();
    if (pkg.startsWith("jakarta.validation") || pkg.startsWith("org.hibernate.validator")) {
      // A built-in constraint this check does not decide (the engine has validators of its own for it).
      return UNCERTAIN;
    }
    if (a.overridesAttributes()) {
      // Its composing constraints take some attributes from it: the engine decides, as a whole.
      return UNCERTAIN;
    }
    List<Check> all = new ArrayList<>();
    for (ConstraintTable.Constraint c : a.composing()) {
      List<ConstraintTable.Constraint> deeper = new ArrayList<>(path);
      deeper.add(c);
      all.add(constraint(type, property, element, declared, deeper));
    }
    if (a.validators() > 1 || (a.validators() == 0 && all.isEmpty())) {
      return UNCERTAIN;
    }
    if (a.validators() == 1) {
      // Only a constraint read by reflection has the annotation its validator is initialised with.
      Annotation annotation = annotations.get(a);
      all.add(annotation == null ? UNCERTAIN
          : custom(annotation.annotationType().getAnnotation(Constraint.class).validatedBy()[0], annotation, declared));
    }
    Check[] checks = all.toArray(new Check[0]);
    return new Check() {
      @Override
      public boolean ok(Object value) {
        for (Check c : checks) {
          if (!c.ok(value)) {
            return false;
          }
        }
        return true;
      }
    };
  }

  // ---- the declared constraints of a class, read by reflection

  /**
   * Reads what a class declares from its annotations, as the generated table gives it for the
   * model's types.
   *
   * @param methods where to put the accessors, by name
   */
  private ConstraintTable.Bean read(Class<?> type, Map<String, Method> methods) {
    List<ConstraintTable.Constraint> own = new ArrayList<>();
    for (Annotation a : type.getAnnotations()) {
      for (Annotation c : constraints(a)) {
        own.add(declared(c));
      }
    }
    List<ConstraintTable.Property> properties = new ArrayList<>();
    for (Method m : accessors(type)) {
      methods.put(m.getName(), m);
      properties.add(property(type, m));
    }
    return new ConstraintTable.Bean(type, own, properties);
  }

  /** The accessors the constraint stage sees, as its getter strategy selects them, one per name. */
  private static List<Method> accessors(Class<?> type) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
          && !m.isSynthetic() && !m.isBridge() && !ConstraintStage.NOT_PROPERTIES.contains(m.getName())
          && m.getDeclaringClass() != Object.class) {
        // The most specific declaration of a name (as Map.merge would keep it, without a lambda).
        Method known = byName.get(m.getName());
        if (known == null || known.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())) {
          byName.put(m.getName(), m);
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  private ConstraintTable.Property property(Class<?> type, Method m) {
    List<ConstraintTable.Constraint> constraints = new ArrayList<>();
    boolean valid = false;
    // Constraints of every declaration of the accessor in the hierarchy apply.
    for (Method declared : declarations(type, m)) {
      for (Annotation a : declared.getAnnotations()) {
        if (a instanceof Valid) {
          valid = true;
        }
        for (Annotation c : constraints(a)) {
          constraints.add(declared(c));
        }
      }
    }
    // Only a parameterized type has type arguments to annotate; parsing the type annotations of
    // every other accessor would find nothing to use.
    List<ConstraintTable.Argument> arguments = new ArrayList<>();
    if (m.getGenericReturnType() instanceof ParameterizedType
        && m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        arguments.add(argument(arg));
      }
    }
    return new ConstraintTable.Property(m.getName(), -1, m.getReturnType(), constraints, valid, arguments);
  }

  private ConstraintTable.Argument argument(AnnotatedType arg) {
    List<ConstraintTable.Constraint> constraints = new ArrayList<>();
    boolean valid = false;
    for (Annotation a : arg.getAnnotations()) {
      if (a instanceof Valid) {
        valid = true;
      }
      for (Annotation c : constraints(a)) {
        constraints.add(declared(c));
      }
    }
    boolean nested = false;
    if (arg instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType inner : p.getAnnotatedActualTypeArguments()) {
        nested |= inner.getAnnotations().length > 0;
      }
    }
    return new ConstraintTable.Argument(classOf(arg.getType()), constraints, valid, nested);
  }

  /** A constraint annotation as data; the annotation is kept for its validator, if it has one. */
  private ConstraintTable.Constraint declared(Annotation a) {
    Class<? extends Annotation> kind = a.annotationType();
    Map<String, Object> attributes = new HashMap<>();
    boolean overrides = false;
    for (Method attribute : kind.getDeclaredMethods()) {
      overrides |= attribute.isAnnotationPresent(OverridesAttribute.class)
          || attribute.isAnnotationPresent(OverridesAttribute.List.class);
      if (!NOT_ATTRIBUTES.contains(attribute.getName())) {
        try {
          // The attributes of an annotation type of another package that is not public, too.
          attribute.trySetAccessible();
          Object value = invoke(attribute, a);
          attributes.put(attribute.getName(), value.getClass().isArray() ? listOf(value) : value);
        } catch (RuntimeException e) {
          // Not readable: not one of the built-in constraints, whose attributes are what it decides on.
        }
      }
    }
    List<ConstraintTable.Constraint> composing = new ArrayList<>();
    for (Annotation meta : kind.getAnnotations()) {
      for (Annotation c : constraints(meta)) {
        composing.add(declared(c));
      }
    }
    ConstraintTable.Constraint c = new ConstraintTable.Constraint(kind, Map.copyOf(attributes),
        List.copyOf(composing), kind.getAnnotation(Constraint.class).validatedBy().length, overrides);
    annotations.put(c, a);
    return c;
  }

  private static List<Object> listOf(Object array) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      items.add(Array.get(array, i));
    }
    return List.copyOf(items);
  }

  private static Class<?> classOf(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    return t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }

  private static List<Method> declarations(Class<?> type, Method m) {
    List<Method> found = new ArrayList<>();
    collect(type, m.getName(), found, new java.util.HashSet<>());
    return found;
  }

  private static void collect(Class<?> c, String name, List<Method> found, Set<Class<?>> seen) {
    if (c == null || c == Object.class || !seen.add(c)) {
      return;
    }
    try {
      found.add(c.getDeclaredMethod(name));
    } catch (NoSuchMethodException e) {
      // not declared here
    }
    collect(c.getSuperclass(), name, found, seen);
    for (Class<?> i : c.getInterfaces()) {
      collect(i, name, found, seen);
    }
  }

  /** The constraints an annotation declares: itself, or the members of a repeated-constraint list. */
  private static List<Annotation> constraints(Annotation a) {
    if (a.annotationType().isAnnotationPresent(Constraint.class)) {
      return List.of(a);
    }
    try {
      Method value = a.annotationType().getMethod("value");
      if (value.getReturnType().isArray()
          && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
        return List.of((Annotation[]) value.invoke(a));
      }
    } catch (NoSuchMethodException e) {
      return List.of();
    } catch (ReflectiveOperationException e) {
      return List.of(a);
    }
    return List.of();
  }

  // ---- the meaning of the constraints

  /** The project's own validator, instantiated and initialised here, on the values of its type only. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Check custom(Class<?> validatorClass, Annotation a, Class<?> declared) {
    Class<?> target = validatedType(validatorClass);
    if (target == null || !target.isAssignableFrom(wrap(declared))) {
      return UNCERTAIN;
    }
    try {
      ConstraintValidator validator = (ConstraintValidator) validatorClass.getDeclaredConstructor().newInstance();
      validator.initialize(a);
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return (value == null || target.isInstance(value)) && validator.isValid(value, null);
        }
      };
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return UNCERTAIN;
    }
  }

  /** The value type a validator class declares, or null if it cannot be resolved to a class. */
  private static Class<?> validatedType(Class<?> c) {
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      List<Type> supers = new ArrayList<>(List.of(k.getGenericInterfaces()));
      supers.add(k.getGenericSuperclass());
      for (Type s : supers) {
        if (s instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
          Type[] args = p.getActualTypeArguments();
          TypeVariable<?>[] vars = raw.getTypeParameters();
          for (int i = 0; i < vars.length; i++) {
            bound.put(vars[i], args[i] instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : args[i]);
          }
          if (raw == ConstraintValidator.class) {
            return classOf(args[1] instanceof TypeVariable<?> v ? bound.get(v) : args[1]);
          }
        }
      }
    }
    return null;
  }

  private static final Set<Class<?>> EXACT_NUMBERS = Set.of(Integer.class, Long.class, Short.class, Byte.class,
      BigDecimal.class, BigInteger.class);

  /** Whether the check decides a built-in constraint on values declared of a type. */
  private static boolean declaredTypeDecided(ConstraintTable.Constraint a, Class<?> declared) {
    Class<?> t = wrap(declared);
    Class<?> kind = a.type();
    if (kind == NotNull.class) {
      return true;
    }
    if (kind == Size.class || kind == NotEmpty.class) {
      return CharSequence.class.isAssignableFrom(t) || Collection.class.isAssignableFrom(t)
          || Map.class.isAssignableFrom(t);
    }
    if (kind == NotBlank.class || kind == Pattern.class || kind == Email.class) {
      return CharSequence.class.isAssignableFrom(t);
    }
    return EXACT_NUMBERS.contains(t);
  }

  private static Class<?> wrap(Class<?> c) {
    return c.isPrimitive() ? MethodType.methodType(c).wrap().returnType() : c;
  }

  /** A built-in constraint decided here, or null. */
  private static Check builtIn(ConstraintTable.Constraint a) {
    Class<?> kind = a.type();
    Map<String, Object> attributes = a.attributes();
    if (kind == NotNull.class) {
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return value != null;
        }
      };
    }
    if (kind == NotBlank.class) {
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return value instanceof CharSequence s && !s.toString().isBlank();
        }
      };
    }
    if (kind == NotEmpty.class) {
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return value instanceof CharSequence s ? s.length() > 0
              : value instanceof Collection<?> c ? !c.isEmpty() : value instanceof Map<?, ?> m && !m.isEmpty();
        }
      };
    }
    if (kind == Size.class) {
      int min = (Integer) attributes.get("min");
      int max = (Integer) attributes.get("max");
      return new Check() {
        @Override
        public boolean ok(Object value) {
          int n;
          if (value == null) {
            return true;
          } else if (value instanceof CharSequence cs) {
            n = cs.length();
          } else if (value instanceof Collection<?> c) {
            n = c.size();
          } else if (value instanceof Map<?, ?> m) {
            n = m.size();
          } else {
            return false;
          }
          return n >= min && n <= max;
        }
      };
    }
    if (kind == Min.class) {
      return bound(BigDecimal.valueOf((Long) attributes.get("value")), true, true);
    }
    if (kind == Max.class) {
      return bound(BigDecimal.valueOf((Long) attributes.get("value")), false, true);
    }
    if (kind == DecimalMin.class) {
      return decimal((String) attributes.get("value"), true, (Boolean) attributes.get("inclusive"));
    }
    if (kind == DecimalMax.class) {
      return decimal((String) attributes.get("value"), false, (Boolean) attributes.get("inclusive"));
    }
    if (kind == Positive.class) {
      return bound(BigDecimal.ZERO, true, false);
    }
    if (kind == PositiveOrZero.class) {
      return bound(BigDecimal.ZERO, true, true);
    }
    if (kind == Negative.class) {
      return bound(BigDecimal.ZERO, false, false);
    }
    if (kind == NegativeOrZero.class) {
      return bound(BigDecimal.ZERO, false, true);
    }
    if (kind == Pattern.class) {
      String regexp = (String) attributes.get("regexp");
      int flags = 0;
      for (Object f : (List<?>) attributes.get("flags")) {
        flags |= ((Pattern.Flag) f).getValue();
      }
      if (flags == 0) {
        // A simple pattern (the model's ids) is matched without a JDK matcher per value, exactly alike.
        SimplePattern simple = SimplePattern.compile(regexp).orElse(null);
        if (simple != null) {
          return new Check() {
            @Override
            public boolean ok(Object value) {
              return value == null || value instanceof CharSequence s && simple.matchesEntirely(s);
            }
          };
        }
      }
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regexp, flags);
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return value == null || value instanceof CharSequence s && compiled.matcher(s).matches();
        }
      };
    }
    if (kind == Email.class) {
      // The engine's own address grammar decides any address.
      return new Check() {
        @Override
        public boolean ok(Object value) {
          return value == null;
        }
      };
    }
    return null;
  }

  private static Check decimal(String literal, boolean lower, boolean inclusive) {
    try {
      return bound(new BigDecimal(literal), lower, inclusive);
    } catch (NumberFormatException e) {
      return UNCERTAIN;
    }
  }

  /**
   * A bound on exact numbers (integers of up to 64 bits, BigInteger, BigDecimal), compared exactly;
   * floating-point values and numbers as text are left to the engine.
   */
  private static Check bound(BigDecimal limit, boolean lower, boolean inclusive) {
    // Integers are compared as longs when the limit is one, without allocating.
    boolean integral = limit.signum() == 0 || limit.stripTrailingZeros().scale() <= 0
        && limit.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 && limit.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
    long longLimit = integral ? limit.longValueExact() : 0;
    return new Check() {
      @Override
      public boolean ok(Object value) {
        int c;
        if (value == null) {
          return true;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
          long v = ((Number) value).longValue();
          c = integral ? Long.compare(v, longLimit) : BigDecimal.valueOf(v).compareTo(limit);
        } else if (value instanceof BigDecimal d) {
          c = d.compareTo(limit);
        } else if (value instanceof BigInteger i) {
          c = new BigDecimal(i).compareTo(limit);
        } else {
          return false;
        }
        return lower ? (inclusive ? c >= 0 : c > 0) : (inclusive ? c <= 0 : c < 0);
      }
    };
  }

  /** A fast accessor call: a generated function when the accessor is accessible, reflection otherwise. */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Method m) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(m);
      Class<?> returned = m.getReturnType();
      Class<?> boxed = wrap(returned);
      // invokeExact: the factory's type as it is, without adapting it to the call (generic invoke would).
      return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
              MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
              MethodType.methodType(boxed, m.getDeclaringClass()))
          .getTarget().invokeExact();
    } catch (Throwable e) {
      return value -> invoke(m, value);
    }
  }

  /**
   * Whether the engine may see constraints or validators that the annotations do not show: a
   * {@code META-INF/validation.xml} (constraint mappings) or validators registered as services.
   */
  private static boolean configuredOutsideAnnotations(ClassLoader model) {
    List<ClassLoader> loaders = new ArrayList<>(3);
    for (ClassLoader l : new ClassLoader[] {model, ConstraintPrecheck.class.getClassLoader(),
        Thread.currentThread().getContextClassLoader()}) {
      // Usually one and the same loader: each lookup searches the JDK's modules and the class path.
      if (l != null && !loaders.contains(l)) {
        loaders.add(l);
      }
    }
    for (ClassLoader l : loaders) {
      if (l.getResource("META-INF/validation.xml") != null || l.getResource(VALIDATOR_SERVICES) != null) {
        return true;
      }
    }
    return false;
  }
}
