package io.clsante.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates, while the model compiles, the binding of a parsed JSON tree to the model's immutable
 * types: one method per type, reading each {@code @JsonProperty} accessor's property with plain
 * calls to the type's builder, so that a program binds its first document without the reflective
 * set-up of a data-binding library.
 *
 * <p>The generated class is named by the processor option {@code cls.binder} (a fully qualified
 * class name; without it the processor does nothing). It relies on a hand-written class
 * {@code BinderSupport} in the same package for the leaves (text, integers, decimals, dates, code
 * lists) and on the exception that class throws, which means "not bound here": the generated code
 * binds exactly the documents it fully understands and gives up on any other, leaving the answer
 * (the value or the located error) to the data-binding library.
 *
 * <p>What it understands, from the declarations alone: accessors returning {@code String},
 * {@code Integer} or {@code int}, {@code boolean}, {@code BigDecimal}, {@code LocalDate}, an enum implementing the model's
 * {@code CodeList}, another bound type, or a type with a static {@code @JsonCreator} factory of one
 * {@code CharSequence}, {@code String} or {@code ObjectNode}; each also as {@code Optional<T>} or
 * {@code List<T>}. Anything else stops the compilation with an error at the accessor, so a new kind
 * of property cannot be silently skipped.
 */
@SupportedAnnotationTypes(BinderProcessor.IMMUTABLE)
@SupportedOptions(BinderProcessor.TARGET_OPTION)
public final class BinderProcessor extends AbstractProcessor {
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  static final String TARGET_OPTION = "cls.binder";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  private static final String CODE_LIST = "io.clsante.model.CodeList";
  private static final String NODE = "tools.jackson.databind.JsonNode";

  private boolean generated;

  /** Creates the processor; the compiler calls this through the service loader. */
  public BinderProcessor() {}

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
    TypeElement immutable = processingEnv.getElementUtils().getTypeElement(IMMUTABLE);
    List<TypeElement> bound = new ArrayList<>();
    for (Element e : round.getElementsAnnotatedWith(immutable)) {
      if (e instanceof TypeElement t && !properties(t).isEmpty()) {
        bound.add(t);
      }
    }
    if (bound.isEmpty()) {
      return false;
    }
    bound.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    generated = true;
    Source source = new Source(bound);
    for (TypeElement t : bound) {
      source.type(t);
    }
    if (!source.failed) {
      write(target, source, bound);
    }
    return false;
  }

  /** The accessors of a type that carry {@code @JsonProperty}, by property name. */
  private Map<String, ExecutableElement> properties(TypeElement type) {
    Map<String, ExecutableElement> out = new LinkedHashMap<>();
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      AnnotationMirror property = annotation(m, JSON_PROPERTY);
      // Abstract accessors and defaulted ones (@Value.Default), which the JSON may set too.
      if (property != null && !m.getModifiers().contains(Modifier.STATIC) && m.getParameters().isEmpty()) {
        String name = stringValue(property);
        out.put(name == null || name.isEmpty() ? m.getSimpleName().toString() : name, m);
      }
    }
    return out;
  }

  private static AnnotationMirror annotation(Element e, String type) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
        return a;
      }
    }
    return null;
  }

  private static String stringValue(AnnotationMirror a) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return (String) e.getValue().getValue();
      }
    }
    return null;
  }

  private void write(String target, Source source, List<TypeElement> bound) {
    int dot = target.lastIndexOf('.');
    StringBuilder out = new StringBuilder();
    if (dot > 0) {
      out.append("package ").append(target, 0, dot).append(";\n\n");
    }
    out.append("/**\n * Binds a parsed document to the model without reflection: generated by ")
        .append(getClass().getName()).append("\n * from the model's {@code @JsonProperty} accessors. Do not edit.\n")
        .append(" * Each method binds a JSON object it fully understands, or throws\n")
        .append(" * {@code BinderSupport}'s exception for any other.\n */\n")
        .append("final class ").append(target.substring(dot + 1)).append(" {\n")
        .append("  private ").append(target.substring(dot + 1)).append("() {}\n")
        .append(source.methods);
    if (source.codes.length() > 0) {
      out.append("\n  /** The code lists' lookups, made on first use. */\n")
          .append("  private static final class Codes {\n").append(source.codes).append("  }\n");
    }
    out.append("}\n");
    try (Writer w = processingEnv.getFiler().createSourceFile(target, bound.toArray(new Element[0])).openWriter()) {
      w.write(out.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + target + ": " + e);
    }
  }

  /** The generated source, type by type. */
  private final class Source {
    final List<TypeElement> bound;
    final StringBuilder methods = new StringBuilder();
    final StringBuilder codes = new StringBuilder();
    final List<String> codeLists = new ArrayList<>();
    boolean failed;

    Source(List<TypeElement> bound) {
      this.bound = bound;
    }

    void type(TypeElement t) {
      String name = t.getQualifiedName().toString();
      methods.append("\n  static ").append(name).append(' ').append(methodName(t)).append("(").append(NODE)
          .append(" node) {\n")
          .append("    var b = ").append(name).append(".builder();\n")
          .append("    for (java.util.Map.Entry<String, ").append(NODE)
          .append("> p : BinderSupport.object(node).properties()) {\n")
          .append("      ").append(NODE).append(" v = p.getValue();\n")
          .append("      switch (p.getKey()) {\n");
      for (Map.Entry<String, ExecutableElement> p : properties(t).entrySet()) {
        property(p.getKey(), p.getValue());
      }
      methods.append("        default:\n          throw BinderSupport.notBound();\n")
          .append("      }\n    }\n    return b.build();\n  }\n");
    }

    private void property(String json, ExecutableElement accessor) {
      String setter = accessor.getSimpleName().toString();
      TypeMirror type = accessor.getReturnType();
      methods.append("        case \"").append(json).append("\":\n");
      if (is(type, "java.util.List")) {
        TypeMirror element = argument(type);
        String read = read(element, "e", accessor);
        methods.append("          {\n")
            .append("            var a = BinderSupport.array(v);\n")
            .append("            java.util.List<").append(erasure(element)).append("> l = new java.util.ArrayList<>(a.size());\n")
            .append("            for (").append(NODE).append(" e : a) {\n")
            .append("              l.add(").append(read).append(");\n")
            .append("            }\n")
            .append("            b.").append(setter).append("(l);\n")
            .append("          }\n");
      } else {
        TypeMirror value = is(type, "java.util.Optional") ? argument(type) : type;
        methods.append("          b.").append(setter).append('(').append(read(value, "v", accessor)).append(");\n");
      }
      methods.append("          break;\n");
    }

    /** The expression that reads a value of the type from the node named {@code node}. */
    private String read(TypeMirror type, String node, Element where) {
      if (type.getKind() == TypeKind.INT) {
        return "BinderSupport.integer(" + node + ")";
      }
      if (type.getKind() == TypeKind.BOOLEAN) {
        return "BinderSupport.bool(" + node + ")";
      }
      if (type.getKind() != TypeKind.DECLARED) {
        return fail(where, "type " + type + " is not bound");
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      String name = element.getQualifiedName().toString();
      switch (name) {
        case "java.lang.String":
          return "BinderSupport.string(" + node + ")";
        case "java.lang.Integer":
          return "BinderSupport.integer(" + node + ")";
        case "java.math.BigDecimal":
          return "BinderSupport.decimal(" + node + ")";
        case "java.time.LocalDate":
          return "BinderSupport.date(" + node + ")";
        default:
          break;
      }
      if (bound.contains(element)) {
        return methodName(element) + "(" + node + ")";
      }
      if (element.getKind() == ElementKind.ENUM && implementsCodeList(element)) {
        String constant = constantName(element);
        if (!codeLists.contains(name)) {
          codeLists.add(name);
          codes.append("    static final BinderSupport.Codes<").append(name).append("> ").append(constant)
              .append(" =\n        new BinderSupport.Codes<>(").append(name).append(".values());\n");
        }
        return "BinderSupport.code(" + node + ", Codes." + constant + ")";
      }
      for (ExecutableElement m : ElementFilter.methodsIn(element.getEnclosedElements())) {
        if (annotation(m, JSON_CREATOR) != null && m.getModifiers().contains(Modifier.STATIC)
            && m.getParameters().size() == 1) {
          String parameter = erasure(m.getParameters().get(0).asType());
          String call = name + "." + m.getSimpleName() + "(";
          switch (parameter) {
            case "java.lang.CharSequence":
            case "java.lang.String":
              return call + "BinderSupport.string(" + node + "))";
            case "tools.jackson.databind.node.ObjectNode":
              return call + "BinderSupport.object(" + node + "))";
            default:
              return fail(m, "a @JsonCreator of " + parameter + " is not bound");
          }
        }
      }
      return fail(where, "type " + name + " is not bound: no @Value.Immutable, CodeList or static @JsonCreator");
    }

    private boolean implementsCodeList(TypeElement element) {
      for (TypeMirror i : element.getInterfaces()) {
        if (is(i, CODE_LIST)) {
          return true;
        }
      }
      return false;
    }

    private String fail(Element where, String message) {
      failed = true;
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, where);
      return "null";
    }
  }

  private static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static TypeMirror argument(TypeMirror type) {
    return ((DeclaredType) type).getTypeArguments().get(0);
  }

  private static String erasure(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : type.toString();
  }

  /** {@code FicheAction} gives {@code ficheAction}. */
  private static String methodName(TypeElement type) {
    String simple = type.getSimpleName().toString();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** {@code StatutFiche} gives {@code STATUT_FICHE}. */
  private static String constantName(TypeElement type) {
    return type.getSimpleName().toString().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
