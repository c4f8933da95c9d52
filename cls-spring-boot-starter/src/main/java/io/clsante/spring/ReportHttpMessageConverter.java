package io.clsante.spring;

import io.clsante.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a validation {@link Report} as an HTTP body: as the library's JSON report
 * ({@link Report#toJson()}) for {@code application/json}, or as a SARIF 2.1.0 log
 * ({@link Report#toSarif()}) for {@code application/sarif+json}. It does not read reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportHttpMessageConverter extends AbstractHttpMessageConverter<Report> {
  /** The media type of SARIF logs: {@code application/sarif+json}. */
  public static final MediaType SARIF = new MediaType("application", "sarif+json");

  /** Creates the converter. */
  public ReportHttpMessageConverter() {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, SARIF);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Report.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false;
  }

  @Override
  protected Report readInternal(Class<? extends Report> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("a validation report is written, never read", input);
  }

  @Override
  protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
    MediaType type = output.getHeaders().getContentType();
    String text = type != null && SARIF.isCompatibleWith(type) ? report.toSarif() : report.toJson();
    output.getBody().write(text.getBytes(StandardCharsets.UTF_8));
  }
}
