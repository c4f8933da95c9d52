package io.clsante.spring;

import io.clsante.model.json.StructuralProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers an {@link InvalidContratException} with HTTP 400 and RFC 9457 problem details
 * ({@code application/problem+json}) that list every structural problem of the document:
 *
 * <pre>
 * {"type":"https://github.com/clsante/cls/blob/main/docs/regles.md","title":"Document CLS invalide",
 *  "status":400,"detail":"Le document a 1 problème de structure.","instance":"/contrats",
 *  "findings":[{"ruleId":"CLS-SCH-001","pointer":"/territoire","line":4,"column":17,
 *               "message":"…"}]}
 * </pre>
 *
 * <p>The texts are in the language the request asks for ({@code Accept-Language}, French or
 * English), else in the configured one. The body is written by the library's Jackson, never by the
 * application's mapper. Ordered first, so that it runs before the application's own handlers of
 * unreadable bodies.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidContratProblemHandler {
  static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");
  static final String TYPE = "https://github.com/clsante/cls/blob/main/docs/regles.md";
  private static final String BUNDLE = "io.clsante.spring.messages";
  private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

  private final Locale configured;

  InvalidContratProblemHandler(Locale configured) {
    this.configured = configured;
  }

  @ExceptionHandler(InvalidContratException.class)
  ResponseEntity<byte[]> invalidContrat(InvalidContratException e, HttpServletRequest request) {
    Locale locale = locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", TYPE);
    body.put("title", texts.getString("problem.title"));
    body.put("status", HttpStatus.BAD_REQUEST.value());
    body.put("detail", new MessageFormat(texts.getString("problem.detail"), locale).format(new Object[] {e.problems().size()}));
    body.put("instance", request.getRequestURI());
    ArrayNode findings = body.putArray("findings");
    for (StructuralProblem p : e.problems()) {
      ObjectNode f = findings.addObject();
      f.put("ruleId", p.ruleId());
      f.put("pointer", p.pointer());
      if (p.line() > 0) {
        f.put("line", p.line());
        f.put("column", p.column());
      }
      f.put("message", p.message(locale));
    }
    return ResponseEntity.badRequest()
        .contentType(PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .body(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The language asked for among French and English, else the configured one. */
  private Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return configured;
    }
    try {
      Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return found != null ? found : configured;
    } catch (IllegalArgumentException malformed) {
      return configured;
    }
  }
}
