package io.clsante.server;

import io.clsante.rules.Report;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** A document that cannot be read as a contract, so has no summary: 422, with its report. */
final class UnreadableDocument extends HttpProblem {
  private static final long serialVersionUID = 1L;

  private final transient Report report;

  UnreadableDocument(Report report) {
    super(422, "unreadable-document");
    this.report = report;
  }

  @Override
  ObjectNode toJson(Locale locale) {
    ObjectNode body = super.toJson(locale);
    body.set("report", report.toJsonNode());
    return body;
  }
}
