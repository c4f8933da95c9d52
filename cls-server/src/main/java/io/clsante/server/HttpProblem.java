package io.clsante.server;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request the server refuses, and the JSON error it answers with: {@code status}, a stable
 * {@code error} code, and a {@code message} in the client's language. Messages come from the
 * module's bundle, keyed by the code; they never repeat what the client sent.
 */
class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Object[] arguments;

  /**
   * A refusal.
   *
   * @param status the HTTP status
   * @param code the stable error code, also the message key
   * @param arguments the message's arguments
   */
  HttpProblem(int status, String code, Object... arguments) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.arguments = arguments.clone();
  }

  /**
   * Returns the refusal the server answers for an HTTP status it sets itself (a body too large, a
   * method not allowed, too many requests waiting).
   *
   * @param status the HTTP status
   * @param limits the server's limits, which the message of a refusal for size names
   * @return the refusal, with the code of that status
   */
  static HttpProblem ofStatus(int status, ServerLimits limits) {
    return switch (status) {
      case 400 -> new HttpProblem(400, "bad-request");
      case 404 -> new HttpProblem(404, "not-found");
      case 405 -> new HttpProblem(405, "method-not-allowed");
      case 408 -> new HttpProblem(408, "request-timeout");
      case 413 -> tooLarge(limits);
      case 414 -> new HttpProblem(414, "uri-too-long");
      case 415 -> new HttpProblem(415, "unsupported-media-type");
      case 431 -> new HttpProblem(431, "headers-too-large");
      case 503 -> new HttpProblem(503, "busy");
      default -> status >= 500 ? new HttpProblem(status, "internal-error") : new HttpProblem(status, "bad-request");
    };
  }

  /**
   * Returns the refusal of a body over the limit.
   *
   * @param limits the server's limits
   * @return 413, naming the limit in MiB
   */
  static HttpProblem tooLarge(ServerLimits limits) {
    return new HttpProblem(413, "too-large", new Size(limits.maxRequestBytes()));
  }

  /** A size in bytes, written in the message's language in the largest binary unit it fills. */
  record Size(long bytes) {
    String format(Locale locale) {
      boolean en = "en".equals(locale.getLanguage());
      if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
        return (bytes >> 20) + (en ? " MiB" : " Mio");
      }
      if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
        return (bytes >> 10) + (en ? " KiB" : " Kio");
      }
      return bytes + (en ? " bytes" : " octets");
    }
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Object[] arguments() {
    return arguments.clone();
  }

  /**
   * Returns the JSON error body.
   *
   * @param locale the language of the message
   * @return {@code {"status", "error", "message"}}
   */
  ObjectNode toJson(Locale locale) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("status", status);
    body.put("error", code);
    body.put("message", message(locale));
    return body;
  }

  String message(Locale locale) {
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    String template = ResourceBundle.getBundle("io.clsante.server.messages", language).getString("error." + code);
    Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Size size ? size.format(language) : a).toArray();
    return new MessageFormat(template, language).format(shown);
  }
}
