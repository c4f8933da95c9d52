package io.clsante.model.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root type of a JSON document of the format and states what the published JSON Schema
 * says of a document as a whole: its {@code $id}, title, description and example. The root type's
 * own {@link Description} describes it as a part of the format, like any other type.
 *
 * <p>Example: {@code @JsonDocument(id = "https://schema.clsante.io/cls/1.0/contrat.schema.json",
 * title = "…", description = "…", example = "{…}")} on {@code ContratLocalDeSante}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonDocument {
  /**
   * Returns the schema's {@code $id}, which carries the format version.
   *
   * @return an absolute URI
   */
  String id();

  /**
   * Returns the schema's title, in French.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the description of the schema and of its documents, in French.
   *
   * @return the description
   */
  String description();

  /**
   * Returns an example document, as JSON text.
   *
   * @return a JSON object
   */
  String example();
}
