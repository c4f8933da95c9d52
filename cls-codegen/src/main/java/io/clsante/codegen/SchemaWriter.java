package io.clsante.codegen;

import io.clsante.codegen.FormatModel.Check;
import io.clsante.codegen.FormatModel.CodeListType;
import io.clsante.codegen.FormatModel.Definition;
import io.clsante.codegen.FormatModel.Description;
import io.clsante.codegen.FormatModel.Document;
import io.clsante.codegen.FormatModel.ObjectType;
import io.clsante.codegen.FormatModel.Property;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the published JSON Schema (draft 2020-12) of a {@link FormatModel}: one {@code $defs}
 * entry per definition, in the model's order; each property as its checks, then its default, then
 * its description. The text is stable: the same model gives the same bytes, two spaces per level,
 * a final line break.
 */
final class SchemaWriter {
  /** The dialect of the schema. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** What the schema says of itself. */
  static final String COMMENT = "Généré à la compilation par cls-codegen (SchemaProcessor) à partir du "
      + "modèle Java annoté (cls-model) : ne pas modifier à la main. Le test PublishedSchemaTest de cls-model "
      + "échoue quand ce fichier diffère du schéma généré et dit comment le rafraîchir. Expressions "
      + "régulières : syntaxe commune à ECMA-262, Java et Python, ancrées par ^ et $ ; $ s'entend comme en "
      + "ECMA-262 (fin du texte).";

  private SchemaWriter() {}

  /**
   * Writes the schema of a format.
   *
   * @param format the format
   * @return the schema's text, ending with a line break
   * @throws IllegalArgumentException if a value has checks that one schema object cannot hold (two
   *     patterns)
   */
  static String write(FormatModel format) {
    Document document = format.document();
    Map<String, JsonTree> schema = new LinkedHashMap<>();
    schema.put("$schema", text(DIALECT));
    schema.put("$id", text(document.schemaId()));
    schema.put("title", text(document.title()));
    schema.put("description", text(document.description()));
    schema.put("$comment", text(COMMENT));
    schema.put("$ref", reference(document.root()));
    schema.put("examples", new JsonTree.Items(List.of(document.example())));
    Map<String, JsonTree> definitions = new LinkedHashMap<>();
    for (Definition d : format.definitions()) {
      definitions.put(d.name(), definition(format, d));
    }
    schema.put("$defs", new JsonTree.Members(definitions));
    return JsonTree.write(new JsonTree.Members(schema)) + "\n";
  }

  private static JsonTree definition(FormatModel format, Definition d) {
    Map<String, JsonTree> out = new LinkedHashMap<>();
    if (d instanceof ObjectType o) {
      // The description right after the type, before the object's long lists.
      List<Check> checks = o.checks();
      if (o.shorthand().isPresent()) {
        // An object, or the string of its shorthand property: each keyword applies to its own type.
        Property filled = o.property(o.shorthand().get());
        out.put("type", new JsonTree.Items(List.of(text("object"), text("string"))));
        String form = o.since().map(v -> " Forme objet depuis la version " + v + ".").orElse("");
        out.put("description", text(o.description().text() + " S'écrit aussi, en bref, comme la chaîne de sa"
            + " propriété « " + filled.name() + " »." + form));
        keywords(checks.subList(1, checks.size()), out, o.name());
        keywords(format.inlined(filled.checks()).stream().filter(c -> !(c instanceof Check.Type)).toList(), out,
            o.name() + " (" + filled.name() + ")");
      } else {
        keywords(checks.subList(0, 1), out, o.name());
        out.put("description", text(o.description().text()));
        keywords(checks.subList(1, checks.size()), out, o.name());
      }
      Map<String, JsonTree> properties = new LinkedHashMap<>();
      for (Property p : o.properties()) {
        properties.put(p.name(), property(p, o.name()));
      }
      out.put("properties", new JsonTree.Members(properties));
      return new JsonTree.Members(out);
    }
    keywords(d.checks(), out, d.name());
    String description = d.description().text();
    if (d instanceof CodeListType c) {
      description += c.codes().stream().map(code -> code.code() + " : " + code.libelle()
              + code.since().map(v -> " (depuis " + v + ")").orElse(""))
          .collect(Collectors.joining(" ; ", " Valeurs — ", "."));
    }
    out.put("description", text(description));
    examples(d.description(), out);
    return new JsonTree.Members(out);
  }

  private static JsonTree property(Property p, String owner) {
    Map<String, JsonTree> out = new LinkedHashMap<>();
    keywords(p.checks(), out, owner + "." + p.name());
    p.defaultValue().ifPresent(v -> out.put("default", v));
    out.put("description", text(p.description().text()
        + p.since().map(v -> " Depuis la version " + v + ".").orElse("")
        + p.optionalSince().map(v -> " Facultative depuis la version " + v + ".").orElse("")));
    examples(p.description(), out);
    return new JsonTree.Members(out);
  }

  private static void examples(Description description, Map<String, JsonTree> out) {
    if (!description.examples().isEmpty()) {
      out.put("examples", new JsonTree.Items(description.examples()));
    }
  }

  /** The keywords of checks, in their order. */
  private static void keywords(List<Check> checks, Map<String, JsonTree> out, String where) {
    for (Check c : checks) {
      JsonTree value;
      if (c instanceof Check.Type t) {
        value = text(t.type().keyword());
      } else if (c instanceof Check.Ref r) {
        value = reference(r.definition());
      } else if (c instanceof Check.Enum e) {
        value = new JsonTree.Items(e.values().stream().map(SchemaWriter::text).toList());
      } else if (c instanceof Check.MinLength m) {
        value = number(m.value());
      } else if (c instanceof Check.MaxLength m) {
        value = number(m.value());
      } else if (c instanceof Check.Pattern p) {
        value = text(p.regex());
      } else if (c instanceof Check.Minimum m) {
        value = number(m.value());
      } else if (c instanceof Check.Maximum m) {
        value = number(m.value());
      } else if (c instanceof Check.MinItems m) {
        value = number(m.value());
      } else if (c instanceof Check.MaxItems m) {
        value = number(m.value());
      } else if (c instanceof Check.Items i) {
        Map<String, JsonTree> item = new LinkedHashMap<>();
        keywords(i.checks(), item, where + "[]");
        value = new JsonTree.Members(item);
      } else if (c instanceof Check.Required r) {
        value = new JsonTree.Items(r.names().stream().map(SchemaWriter::text).toList());
      } else {
        value = new JsonTree.Literal("false");
      }
      if (out.put(c.keyword(), value) != null) {
        throw new IllegalArgumentException(String.format(
            "%s: two checks %s in one schema object are not written", where, c.keyword()));
      }
    }
  }

  private static JsonTree reference(String definition) {
    return text("#/$defs/" + definition);
  }

  private static JsonTree text(String s) {
    return new JsonTree.Text(s);
  }

  private static JsonTree number(int n) {
    return new JsonTree.Numeral(Integer.toString(n));
  }

  private static JsonTree number(BigDecimal n) {
    return new JsonTree.Numeral(n.toPlainString());
  }
}
