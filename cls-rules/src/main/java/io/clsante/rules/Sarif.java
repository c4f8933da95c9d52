package io.clsante.rules;

import io.clsante.rules.spi.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes reports as a SARIF 2.1.0 log. */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/clsante/cls/blob/main/docs/regles.md";

  private Sarif() {}

  static String write(List<Report> reports, Locale locale) {
    ObjectNode log = JsonNodeFactory.instance.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cls");
    driver.put("informationUri", INFORMATION_URI);
    String version = Sarif.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("version", version);
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    for (Report report : reports) {
      for (Finding f : report.findings()) {
        Integer index = ruleIndex.get(f.ruleId());
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(f.ruleId(), index);
          Rule r = f.rule();
          ObjectNode rule = rules.addObject();
          rule.put("id", r.id());
          rule.putObject("shortDescription").put("text", r.summary(locale));
          rule.putObject("fullDescription").put("text", r.rationale(locale));
          rule.putObject("defaultConfiguration").put("level", r.defaultSeverity().sarifLevel());
        }
        ObjectNode result = results.addObject();
        result.put("ruleId", f.ruleId());
        result.put("ruleIndex", index);
        result.put("level", f.severity().sarifLevel());
        result.putObject("message").put("text", f.message(locale));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", report.source());
        if (f.line().isPresent()) {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", f.line().getAsInt());
          f.column().ifPresent(c -> region.put("startColumn", c));
        }
        location.putArray("logicalLocations").addObject()
            .put("fullyQualifiedName", f.pointer().isEmpty() ? "/" : f.pointer())
            .put("kind", "member");
      }
    }
    return log.toString();
  }
}
