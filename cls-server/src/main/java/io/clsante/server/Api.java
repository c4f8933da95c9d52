package io.clsante.server;

import io.clsante.html.ContratHtml;
import io.clsante.html.HtmlOptions;
import io.clsante.model.ClsException;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.VersionFormat;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Profile;
import io.clsante.rules.RuleCatalog;
import io.clsante.schema.ClsSchema;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routes of the server: the page and its two files, the HTTP API under {@code /api/v1}, and
 * {@code /health}. Every refusal is an {@link HttpProblem}, answered as a JSON error; the work on a
 * document (validation, rendering) runs on the workers, within the time limit.
 */
final class Api extends Handler.Abstract {
  static final String JSON = "application/json; charset=utf-8";
  static final String SARIF = "application/sarif+json; charset=utf-8";
  static final String SCHEMA = "application/schema+json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  private final ServerLimits limits;
  private final ExecutorService workers;
  private final Map<String, ClsValidator> validators = new ConcurrentHashMap<>();
  private final StaticFiles files = new StaticFiles();

  Api(ServerLimits limits, ExecutorService workers) {
    this.limits = limits;
    this.workers = workers;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Fields query = Request.extractQueryParameters(request);
    Locale locale = Locale.FRENCH;
    try {
      locale = language(query);
      route(request, response, callback, query, locale);
    } catch (HttpProblem problem) {
      Errors.send(response, callback, problem, locale);
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback, Fields query, Locale locale) {
    String path = Request.getPathInContext(request);
    switch (path) {
      case "/", "/index.html", StaticFiles.SCRIPT, StaticFiles.STYLE -> {
        allow(request, "GET");
        StaticFiles.File file = files.get(path);
        send(response, callback, 200, file.contentType(), file.bytes());
      }
      case "/health" -> {
        allow(request, "GET");
        ObjectNode health = JsonMapper.shared().createObjectNode();
        health.put("status", "UP");
        health.put("formatVersion", VersionFormat.CURRENT.toString());
        health.put("maxRequestBytes", limits.maxRequestBytes());
        send(response, callback, 200, JSON, health.toString());
      }
      case "/api/v1/openapi.json" -> {
        allow(request, "GET");
        send(response, callback, 200, JSON, files.get(path).bytes());
      }
      case "/api/v1/schema" -> {
        allow(request, "GET");
        send(response, callback, 200, SCHEMA, schema(query.getValue("version")));
      }
      case "/api/v1/rules" -> {
        allow(request, "GET");
        send(response, callback, 200, JSON, RuleCatalog.builtIn().toJsonNode(profile(query), locale).toString());
      }
      case "/api/v1/validate" -> {
        allow(request, "POST");
        boolean sarif = format(query, request);
        ClsValidator validator = validator(query, locale);
        Upload upload = Upload.read(request, limits);
        Submission submission = work(() -> Submission.of(validator, upload, false, locale));
        send(response, callback, 200, sarif ? SARIF : JSON,
            sarif ? submission.report().toSarif() : submission.toJson(locale).toString());
      }
      case "/api/v1/render" -> {
        allow(request, "POST");
        ClsValidator validator = validator(query, locale);
        HtmlOptions options = HtmlOptions.defaults().withLocale(locale)
            .withReferenceDate(date(query).orElseGet(LocalDate::now));
        Upload upload = Upload.read(request, limits);
        byte[] html = work(() -> render(validator, upload, options, locale));
        send(response, callback, 200, HTML, html);
      }
      default -> throw new HttpProblem(404, "not-found");
    }
  }

  /** Validates and renders; a document that cannot be read gets a 422 with its findings. */
  private static byte[] render(ClsValidator validator, Upload upload, HtmlOptions options, Locale locale) {
    Submission submission = Submission.of(validator, upload, true, locale);
    ContratLocalDeSante contrat = submission.contrat().orElseThrow(() -> new UnreadableDocument(submission.report()));
    return ContratHtml.renderBytes(contrat, submission.report(), options);
  }

  /** Runs a piece of work on the workers, within the time limit. */
  private <T> T work(Supplier<T> task) {
    Future<T> future = workers.submit(task::get);
    try {
      return future.get(limits.requestTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpProblem(503, "timeout", limits.requestTimeout().toSeconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new HttpProblem(503, "busy");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void allow(Request request, String method) {
    String asked = request.getMethod();
    if (!asked.equals(method) && !(method.equals("GET") && asked.equals("HEAD"))) {
      throw new HttpProblem(405, "method-not-allowed-here", method);
    }
  }

  private static Locale language(Fields query) {
    String lang = query.getValue("lang");
    if (lang == null || lang.equals("fr")) {
      return Locale.FRENCH;
    }
    if (lang.equals("en")) {
      return Locale.ENGLISH;
    }
    throw new HttpProblem(400, "bad-language");
  }

  private static boolean format(Fields query, Request request) {
    String format = query.getValue("format");
    if (format == null) {
      String accept = request.getHeaders().get(HttpHeader.ACCEPT);
      return accept != null && accept.contains("application/sarif+json");
    }
    return switch (format) {
      case "json" -> false;
      case "sarif" -> true;
      default -> throw new HttpProblem(400, "bad-format");
    };
  }

  private static Profile profile(Fields query) {
    String id = query.getValue("profile");
    if (id == null) {
      return Profile.national();
    }
    return Profile.byId(id).orElseThrow(() -> new HttpProblem(400, "unknown-profile",
        String.join(", ", Profile.builtIn().stream().map(Profile::id).toList())));
  }

  private static Optional<LocalDate> date(Fields query) {
    String date = query.getValue("date");
    try {
      return Optional.ofNullable(date).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new HttpProblem(400, "bad-date");
    }
  }

  private static String schema(String version) {
    try {
      return ClsSchema.of(version == null ? VersionFormat.CURRENT : VersionFormat.parse(version)).text();
    } catch (ClsException e) {
      throw new HttpProblem(400, "unknown-format-version", VersionFormat.CURRENT.toString());
    }
  }

  /**
   * The validator of a request: one shared validator per profile and language, on the system
   * clock; a request that fixes the reference date gets its own, which costs a rule plan.
   */
  private ClsValidator validator(Fields query, Locale locale) {
    Profile profile = profile(query);
    Optional<LocalDate> date = date(query);
    if (date.isPresent()) {
      return ClsValidator.builder().profile(profile).locale(locale).referenceDate(date.get()).build();
    }
    return validators.computeIfAbsent(profile.id() + "/" + locale.getLanguage(),
        k -> ClsValidator.builder().profile(profile).locale(locale).build());
  }

  static void send(Response response, Callback callback, int status, String contentType, String body) {
    send(response, callback, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = response.getRequest().getMethod().equals("HEAD");
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
  }
}
