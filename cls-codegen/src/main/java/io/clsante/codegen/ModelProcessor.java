package io.clsante.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * What the processors of this module share: each writes one file (a class, unless it says
 * otherwise), named by its processor option, from the model's {@code @Value.Immutable} types, once,
 * and writes nothing when the option is absent or when it reported an error.
 */
abstract class ModelProcessor extends AbstractProcessor {
  /** The annotation of the model's value types. */
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";

  private final String option;
  private boolean generated;

  /**
   * Creates a processor.
   *
   * @param option the processor option that names the class to write
   */
  ModelProcessor(String option) {
    this.option = option;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public final boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String target = processingEnv.getOptions().get(option);
    if (target == null || generated || annotations.isEmpty()) {
      return false;
    }
    TypeElement immutable = processingEnv.getElementUtils().getTypeElement(IMMUTABLE);
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
    Optional<FormatModel> format = FormatReader.read(processingEnv, types);
    String content = format.isEmpty() ? null : generate(target, format.get());
    if (content != null) {
      try (Writer w = open(target, types.toArray(new Element[0]))) {
        w.write(content);
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + target + ": " + e);
      }
    }
    // The annotation stays Immutables'; other processors see it too.
    return false;
  }

  /**
   * Writes the content of the generated file from the format's description, reporting with the
   * messager what it cannot generate.
   *
   * @param target the option's value: the fully qualified name of the class, or the file's path
   * @param format the description of the format, read once from the model's types
   * @return the content, or null after an error was reported
   */
  abstract String generate(String target, FormatModel format);

  /**
   * Opens the file named by the option: by default the source file of a class of that name.
   *
   * @param target the option's value
   * @param origins the types the file is generated from
   * @return a writer of the file
   * @throws IOException if the file cannot be created
   */
  Writer open(String target, Element[] origins) throws IOException {
    return processingEnv.getFiler().createSourceFile(target, origins).openWriter();
  }

  /**
   * Returns a Java string literal of a text; other than printable ASCII as unicode escapes.
   *
   * @param text the text
   * @return the literal, quotes included
   */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
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

  /**
   * Returns the name of the generated method of a model type: {@code FicheAction} gives
   * {@code ficheAction}.
   *
   * @param type the type
   * @return its simple name, the first letter in lower case
   */
  static String methodName(FormatModel.ObjectType type) {
    return Character.toLowerCase(type.name().charAt(0)) + type.name().substring(1);
  }

  /**
   * Returns an annotation of an element by its type's qualified name.
   *
   * @param e the element
   * @param type the annotation type's qualified name
   * @return the annotation, or null when the element has none of that type
   */
  static AnnotationMirror annotation(Element e, String type) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
        return a;
      }
    }
    return null;
  }
}
