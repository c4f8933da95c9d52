package io.clsante.codegen;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Generates, while the model compiles, the published JSON Schema of the format from the annotated
 * model: {@link FormatReader} reads the model, {@link SchemaWriter} writes the schema.
 *
 * <p>The file is written among the compiled classes, at the path named by the processor option
 * {@code cls.schema} (for example {@code io/clsante/model/format/contrat.schema.json}; without the
 * option the processor does nothing). Whatever the model says that the reader or the writer does
 * not understand stops the compilation with an error where it is, and no file is written.
 */
@SupportedAnnotationTypes(ModelProcessor.IMMUTABLE)
@SupportedOptions(SchemaProcessor.TARGET_OPTION)
public final class SchemaProcessor extends ModelProcessor {
  static final String TARGET_OPTION = "cls.schema";

  /** Creates the processor; the compiler calls this through the service loader. */
  public SchemaProcessor() {
    super(TARGET_OPTION);
  }

  @Override
  String generate(String target, FormatModel format) {
    try {
      return SchemaWriter.write(format);
    } catch (IllegalArgumentException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage());
      return null;
    }
  }

  @Override
  Writer open(String target, Element[] origins) throws IOException {
    // UTF-8 whatever the compiler's encoding: the schema's descriptions are French.
    return new OutputStreamWriter(processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", target, origins).openOutputStream(),
        StandardCharsets.UTF_8);
  }
}
