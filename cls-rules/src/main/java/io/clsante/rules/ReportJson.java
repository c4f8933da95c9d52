package io.clsante.rules;

import io.clsante.model.CodeList;
import io.clsante.model.Montant;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a report ({@link Report#toJsonNode()}). Apart from {@link Report}, so that a
 * report printed as text loads no JSON node class.
 */
final class ReportJson {
  private ReportJson() {}

  /**
   * Writes a report as {@link Report#toJsonNode()} describes.
   *
   * @param report the report
   * @return the JSON object
   */
  static ObjectNode write(Report report) {
    Locale locale = report.locale();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", report.source());
    o.put("valid", report.isValid());
    o.put("errors", report.count(Severity.ERROR));
    o.put("warnings", report.count(Severity.WARNING));
    o.put("infos", report.count(Severity.INFO));
    ArrayNode list = o.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode j = list.addObject();
      j.put("ruleId", f.ruleId());
      j.put("severity", f.severity().name());
      j.put("pointer", f.pointer());
      j.put("message", f.message(locale));
      j.put("messageKey", f.messageKey());
      j.set("arguments", json(f.arguments()));
      f.line().ifPresent(l -> j.put("line", l));
      f.column().ifPresent(c -> j.put("column", c));
    }
    return o;
  }

  private static JsonNode json(Object argument) {
    if (argument instanceof CodeList code) {
      return JsonNodeFactory.instance.stringNode(code.code());
    }
    if (argument instanceof Montant montant) {
      // A value as a number; a range as its bounds.
      if (montant.valeur().isPresent()) {
        return JsonNodeFactory.instance.numberNode(montant.valeur().get());
      }
      ObjectNode range = JsonNodeFactory.instance.objectNode();
      montant.minimum().ifPresent(m -> range.put("minimum", m));
      montant.maximum().ifPresent(m -> range.put("maximum", m));
      return range;
    }
    if (argument instanceof BigDecimal number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (argument instanceof Integer number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (argument instanceof Long number) {
      return JsonNodeFactory.instance.numberNode(number);
    }
    if (argument instanceof Collection<?> elements) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      elements.forEach(e -> array.add(json(e)));
      return array;
    }
    return JsonNodeFactory.instance.stringNode(String.valueOf(argument));
  }
}
