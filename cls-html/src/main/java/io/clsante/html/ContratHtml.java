package io.clsante.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.clsante.html.internal.Page;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a contract as one self-contained HTML page, for people who read rather than parse: its
 * identity, territory, lifecycle, signatories, governance and coordination; each axis with its
 * fiches (status, priority, leads, partners, publics, budget, fundings, operations, indicators);
 * a Gantt chart of the calendars and bar charts of the budget, in inline SVG; and, when a report is
 * given, its findings beside the part each concerns with a summary at the top.
 *
 * <p>The page fetches nothing and needs no script: its style and charts are inline, and it holds no
 * link but to its own parts. It is printable on A4, one axis per page. Unless the options ask for
 * personal data, the {@linkplain ContratLocalDeSante#redacted() redacted} copy of the contract is
 * rendered.
 *
 * <p>The templates are compiled to Java when the library is built; rendering is thread-safe.
 */
public final class ContratHtml {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
      null, ContentType.Html, ContratHtml.class.getClassLoader(), "io.clsante.html.templates");

  /** The initial size of the output buffer: a page of a few fiches. */
  private static final int PAGE_SIZE = 64 * 1024;

  private ContratHtml() {}

  /**
   * Renders a contract with the findings of its validation.
   *
   * @param contrat the contract
   * @param report the report of its validation, whose findings are placed beside the parts they
   *     concern
   * @param options the language, personal data and reference date
   * @return the HTML page
   */
  public static String render(ContratLocalDeSante contrat, Report report, HtmlOptions options) {
    Objects.requireNonNull(report, "report");
    return render(contrat, Optional.of(report), options, new StringOutput(PAGE_SIZE)).toString();
  }

  /**
   * Renders a contract without findings.
   *
   * @param contrat the contract
   * @param options the language, personal data and reference date
   * @return the HTML page
   */
  public static String render(ContratLocalDeSante contrat, HtmlOptions options) {
    return render(contrat, Optional.empty(), options, new StringOutput(PAGE_SIZE)).toString();
  }

  /**
   * Renders a contract with the findings of its validation, as UTF-8 bytes.
   *
   * @param contrat the contract
   * @param report the report of its validation
   * @param options the language, personal data and reference date
   * @return the HTML page in UTF-8
   */
  public static byte[] renderBytes(ContratLocalDeSante contrat, Report report, HtmlOptions options) {
    Objects.requireNonNull(report, "report");
    // Written as UTF-8 as it is rendered, without a String of the whole page first.
    return render(contrat, Optional.of(report), options, new Utf8ByteOutput(PAGE_SIZE)).toByteArray();
  }

  private static <T extends TemplateOutput> T render(ContratLocalDeSante contrat, Optional<Report> report,
      HtmlOptions options, T out) {
    Objects.requireNonNull(contrat, "contrat");
    Objects.requireNonNull(options, "options");
    ContratLocalDeSante shown = options.personalData() ? contrat : contrat.redacted();
    Page page = new Page(shown, report.map(Report::findings).orElse(null), options.locale(),
        options.referenceDate().orElse(null), options.personalData());
    ENGINE.render("page.jte", page, out);
    return out;
  }
}
