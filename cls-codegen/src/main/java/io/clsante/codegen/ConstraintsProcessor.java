package io.clsante.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates, while the model compiles, its constraints as data: for every {@code @Value.Immutable}
 * type, its class-level constraints and, for every accessor that carries a constraint or
 * {@code @Valid} (on itself or on a type argument of its type), those constraints with their
 * attributes, composed constraints expanded; and the accessors themselves, as one {@code switch}. The
 * constraint pre-check of {@code io.clsante.rules} compiles its checks from this table instead of
 * reading the annotations by reflection, which in a fresh JVM parses every annotation and generates
 * one proxy class per annotation type.
 *
 * <p>The generated class is named by the processor option {@code cls.constraints} (a fully qualified
 * class name; without it the processor does nothing); it extends {@code ConstraintTable} of the
 * model's internal package and has a {@code TABLE} instance.
 *
 * <p>What it understands: the built-in constraints the pre-check decides ({@link #BUILT_IN}), each
 * with attributes of primitive, string or enum types or arrays of them; {@code @Valid}; and
 * constraints composed of understood constraints only, with no validator of their own and no
 * overridden attribute. Constraints go on an accessor or on a type argument of its return type, one
 * level deep, without groups or payload. Any other constraint or shape stops the compilation with an
 * error where it is, so that the table cannot silently say less than the annotations.
 */
@SupportedAnnotationTypes(BinderProcessor.IMMUTABLE)
@SupportedOptions(ConstraintsProcessor.TARGET_OPTION)
public final class ConstraintsProcessor extends AbstractProcessor {
  static final String TARGET_OPTION = "cls.constraints";
  private static final String TABLE = "io.clsante.model.internal.ConstraintTable";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String VALID = "jakarta.validation.Valid";
  private static final String OVERRIDES = "jakarta.validation.OverridesAttribute";
  private static final String OVERRIDES_LIST = "jakarta.validation.OverridesAttribute.List";
  private static final String BUILT_IN_PACKAGE = "jakarta.validation.constraints.";

  /** The built-in constraints whose meaning the pre-check implements. */
  static final Set<String> BUILT_IN = Set.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max", "DecimalMin",
      "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Pattern", "Email");

  /** Attributes that do not change what a constraint accepts (groups and payload must be empty). */
  private static final Set<String> NOT_ATTRIBUTES = Set.of("message", "groups", "payload");

  private boolean generated;

  /** Creates the processor; the compiler calls this through the service loader. */
  public ConstraintsProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String target = processingEnv.getOptions().get(TARGET_OPTION);
    if (target == null || generated || annotations.isEmpty()) {
      return false;
    }
    TypeElement immutable = processingEnv.getElementUtils().getTypeElement(BinderProcessor.IMMUTABLE);
    List<TypeElement> types = new ArrayList<>();
    for (Element e : round.getElementsAnnotatedWith(immutable)) {
      if (e instanceof TypeElement t) {
        types.add(t);
      }
    }
    if (types.isEmpty()) {
      return false;
    }
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    generated = true;
    Source source = new Source();
    for (TypeElement t : types) {
      source.type(t);
    }
    if (!source.failed) {
      write(target, source, types);
    }
    return false;
  }

  private void write(String target, Source source, List<TypeElement> types) {
    int dot = target.lastIndexOf('.');
    String simple = target.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    if (dot > 0) {
      out.append("package ").append(target, 0, dot).append(";\n\n");
    }
    if (!TABLE.substring(0, TABLE.lastIndexOf('.')).equals(dot > 0 ? target.substring(0, dot) : "")) {
      out.append("import ").append(TABLE).append(";\n");
    }
    out.append("import java.util.List;\nimport java.util.Map;\n\n")
        .append("/**\n * The model's constraints and accessors as data: generated by ").append(getClass().getName())
        .append("\n * from the model's declarations. Do not edit.\n */\n")
        .append("public final class ").append(simple).append(" extends ConstraintTable {\n")
        .append("  /** The table of the model's types. */\n")
        .append("  public static final ").append(simple).append(" TABLE = new ").append(simple).append("();\n\n")
        .append("  private final Map<Class<?>, Bean> beans;\n\n")
        .append("  private ").append(simple).append("() {\n")
        .append(source.constants)
        .append("    this.beans = Map.ofEntries(");
    for (int i = 0; i < source.beans.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("        ").append(source.beans.get(i));
    }
    out.append(");\n  }\n\n")
        .append("  @Override\n  public Bean bean(Class<?> type) {\n    return beans.get(type);\n  }\n\n")
        .append("  @Override\n  public Object get(int accessor, Object bean) {\n    switch (accessor) {\n")
        .append(source.accessors)
        .append("      default:\n        throw new IllegalArgumentException(\"no accessor \" + accessor);\n")
        .append("    }\n  }\n}\n");
    try (Writer w = processingEnv.getFiler().createSourceFile(target, types.toArray(new Element[0])).openWriter()) {
      w.write(out.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + target + ": " + e);
    }
  }

  /** The generated source: shared constraint constants, the beans and the accessors' cases. */
  private final class Source {
    final StringBuilder constants = new StringBuilder();
    final Map<String, String> constantNames = new LinkedHashMap<>();
    final List<String> beans = new ArrayList<>();
    final StringBuilder accessors = new StringBuilder();
    int accessorCount;
    boolean failed;

    void type(TypeElement t) {
      String name = t.getQualifiedName().toString();
      List<String> own = new ArrayList<>();
      for (AnnotationMirror a : t.getAnnotationMirrors()) {
        if (isValid(a)) {
          fail(t, "@Valid on a type is not understood");
        } else {
          String c = constraint(a, t);
          if (c != null) {
            own.add(c);
          }
        }
      }
      List<String> properties = new ArrayList<>();
      for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(t))) {
        if (isAccessor(m)) {
          String p = property(t, m);
          if (p != null) {
            properties.add(p);
          }
        }
      }
      beans.add("Map.entry(" + name + ".class, new Bean(" + name + ".class, " + list(own) + ", "
          + list(properties, "\n            ") + "))");
    }

    private boolean isAccessor(ExecutableElement m) {
      Element owner = m.getEnclosingElement();
      return m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID
          && !m.getModifiers().contains(Modifier.STATIC) && m.getModifiers().contains(Modifier.PUBLIC)
          && !(owner instanceof TypeElement o && o.getQualifiedName().contentEquals("java.lang.Object"));
    }

    /** The property of an accessor, or null when nothing on it concerns validation. */
    private String property(TypeElement type, ExecutableElement m) {
      List<String> constraints = new ArrayList<>();
      boolean valid = false;
      // Constraints of every declaration of the accessor in the hierarchy apply.
      for (ExecutableElement declared : declarations(type, m.getSimpleName().toString())) {
        for (AnnotationMirror a : declared.getAnnotationMirrors()) {
          if (isValid(a)) {
            valid = true;
          } else {
            String c = constraint(a, declared);
            if (c != null) {
              constraints.add(c);
            }
          }
        }
      }
      TypeMirror returned = m.getReturnType();
      List<String> arguments = new ArrayList<>();
      boolean any = valid || !constraints.isEmpty();
      if (returned instanceof DeclaredType d) {
        for (TypeMirror arg : d.getTypeArguments()) {
          List<String> on = new ArrayList<>();
          boolean cascaded = false;
          for (AnnotationMirror a : arg.getAnnotationMirrors()) {
            if (isValid(a)) {
              cascaded = true;
            } else {
              String c = constraint(a, m);
              if (c != null) {
                on.add(c);
              }
            }
          }
          if (arg instanceof DeclaredType inner) {
            for (TypeMirror deeper : inner.getTypeArguments()) {
              if (!deeper.getAnnotationMirrors().isEmpty()) {
                fail(m, "annotations on a type argument of a type argument are not understood");
              }
            }
          }
          String argType = arg.getKind() == TypeKind.DECLARED ? classLiteral(arg, m) : "null";
          if (argType.equals("null") && (cascaded || !on.isEmpty())) {
            fail(m, "constraints on a type argument that is not a class are not understood");
          }
          any |= cascaded || !on.isEmpty();
          arguments.add("new Argument(" + argType + ", " + list(on) + ", " + cascaded + ", false)");
        }
      }
      if (!any) {
        return null;
      }
      int number = accessorCount++;
      accessors.append("      case ").append(number).append(":\n        return ((")
          .append(((TypeElement) m.getEnclosingElement()).getQualifiedName()).append(") bean).")
          .append(m.getSimpleName()).append("();\n");
      return "new Property(\"" + m.getSimpleName() + "\", " + number + ", " + classLiteral(returned, m) + ", "
          + list(constraints) + ", " + valid + ", " + list(arguments) + ")";
    }

    /** Every declaration of a method without parameters in a type and its supertypes. */
    private List<ExecutableElement> declarations(TypeElement type, String name) {
      List<ExecutableElement> found = new ArrayList<>();
      collect(type, name, found, new HashSet<>());
      return found;
    }

    private void collect(TypeElement type, String name, List<ExecutableElement> found, Set<String> seen) {
      if (type == null || type.getQualifiedName().contentEquals("java.lang.Object")
          || !seen.add(type.getQualifiedName().toString())) {
        return;
      }
      for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (m.getSimpleName().contentEquals(name) && m.getParameters().isEmpty()) {
          found.add(m);
        }
      }
      List<TypeMirror> supers = new ArrayList<>(type.getInterfaces());
      supers.add(0, type.getSuperclass());
      for (TypeMirror s : supers) {
        if (s instanceof DeclaredType d) {
          collect((TypeElement) d.asElement(), name, found, seen);
        }
      }
    }

    /**
     * The expression of a constraint (the name of a shared constant), null for an annotation that
     * is no constraint; fails on a constraint it does not understand.
     */
    private String constraint(AnnotationMirror a, Element where) {
      TypeElement kind = (TypeElement) a.getAnnotationType().asElement();
      String name = kind.getQualifiedName().toString();
      if (annotation(kind, CONSTRAINT) == null) {
        if (repeatsConstraints(kind)) {
          fail(where, "repeated constraints (" + name + ") are not understood");
        }
        return null;
      }
      List<String> composing = new ArrayList<>();
      if (name.startsWith(BUILT_IN_PACKAGE) && BUILT_IN.contains(name.substring(BUILT_IN_PACKAGE.length()))) {
        // Built in: decided by the pre-check itself.
      } else if (name.startsWith("jakarta.validation") || name.startsWith("org.hibernate.validator")) {
        return fail(where, "constraint " + name + " is not understood: the pre-check does not decide it");
      } else {
        AnnotationMirror definition = annotation(kind, CONSTRAINT);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
            : definition.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("validatedBy")
              && !((List<?>) e.getValue().getValue()).isEmpty()) {
            return fail(where, "constraint " + name + " has a validator of its own: not understood");
          }
        }
        for (ExecutableElement attribute : ElementFilter.methodsIn(kind.getEnclosedElements())) {
          if (annotation(attribute, OVERRIDES) != null || annotation(attribute, OVERRIDES_LIST) != null) {
            return fail(where, "constraint " + name + " overrides an attribute of its composing constraints: "
                + "not understood");
          }
        }
        for (AnnotationMirror meta : kind.getAnnotationMirrors()) {
          String c = constraint(meta, where);
          if (c != null) {
            composing.add(c);
          }
        }
        if (composing.isEmpty()) {
          return fail(where, "constraint " + name + " has neither a validator nor composing constraints");
        }
      }
      Map<String, String> attributes = new java.util.TreeMap<>();
      for (ExecutableElement attribute : ElementFilter.methodsIn(kind.getEnclosedElements())) {
        String key = attribute.getSimpleName().toString();
        AnnotationValue value = explicit(a, attribute);
        if (NOT_ATTRIBUTES.contains(key)) {
          if (!key.equals("message") && value != null && !((List<?>) value.getValue()).isEmpty()) {
            return fail(where, "constraint " + name + " with " + key + " is not understood");
          }
          continue;
        }
        if (value == null) {
          value = attribute.getDefaultValue();
        }
        attributes.put(key, value == null ? fail(where, "attribute " + key + " of " + name + " has no value")
            : literal(value, attribute.getReturnType(), where));
      }
      StringBuilder map = new StringBuilder("Map.of(");
      String separator = "";
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        map.append(separator).append('"').append(e.getKey()).append("\", ").append(e.getValue());
        separator = ", ";
      }
      if (attributes.size() > 10) {
        return fail(where, "constraint " + name + " has more than ten attributes: not understood");
      }
      String expression = "ConstraintTable.Constraint.of(" + name + ".class, " + map + "), " + list(composing) + ")";
      return constantNames.computeIfAbsent(expression, e -> {
        String constant = "c" + constantNames.size();
        constants.append("    ConstraintTable.Constraint ").append(constant).append(" = ").append(e).append(";\n");
        return constant;
      });
    }

    private AnnotationValue explicit(AnnotationMirror a, ExecutableElement attribute) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals(attribute.getSimpleName())) {
          return e.getValue();
        }
      }
      return null;
    }

    /** The Java expression of an attribute's value, as the annotation returns it (arrays as lists). */
    private String literal(AnnotationValue value, TypeMirror type, Element where) {
      Object v = value.getValue();
      if (type instanceof ArrayType array) {
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) v) {
          items.add(literal((AnnotationValue) item, array.getComponentType(), where));
        }
        return "List.of(" + String.join(", ", items) + ")";
      }
      if (v instanceof String s) {
        return quote(s);
      }
      if (v instanceof Integer || v instanceof Boolean) {
        return v.toString();
      }
      if (v instanceof Long) {
        return v + "L";
      }
      if (v instanceof VariableElement constant && constant.getKind() == ElementKind.ENUM_CONSTANT) {
        return ((TypeElement) constant.getEnclosingElement()).getQualifiedName() + "." + constant.getSimpleName();
      }
      return fail(where, "an attribute value " + value + " is not understood");
    }

    /** The class literal of a type, raw. */
    private String classLiteral(TypeMirror type, Element where) {
      if (type.getKind().isPrimitive()) {
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT) + ".class";
      }
      if (type instanceof ArrayType array) {
        String component = classLiteral(array.getComponentType(), where);
        return component.substring(0, component.length() - ".class".length()) + "[].class";
      }
      if (type instanceof DeclaredType d) {
        return ((TypeElement) d.asElement()).getQualifiedName() + ".class";
      }
      return fail(where, "type " + type + " is not understood");
    }

    private String fail(Element where, String message) {
      failed = true;
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, where);
      return "null";
    }
  }

  private static boolean isValid(AnnotationMirror a) {
    return ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(VALID);
  }

  /** Whether an annotation type holds repeated constraints: its {@code value} is an array of them. */
  private static boolean repeatsConstraints(TypeElement kind) {
    for (ExecutableElement m : ElementFilter.methodsIn(kind.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals("value") && m.getReturnType() instanceof ArrayType array
          && array.getComponentType() instanceof DeclaredType component
          && annotation(component.asElement(), CONSTRAINT) != null) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror annotation(Element e, String type) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
        return a;
      }
    }
    return null;
  }

  private static String list(List<String> items) {
    return list(items, " ");
  }

  private static String list(List<String> items, String separator) {
    return items.isEmpty() ? "List.of()" : "List.of(" + String.join("," + separator, items) + ")";
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
