package io.clsante.server;

import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The JSON errors: those the routes raise, and those Jetty raises itself before a route runs (a
 * body over the limit, too many requests waiting, a malformed request line). No client ever gets a
 * stack trace or an exception's message.
 */
final class Errors extends ErrorHandler {
  private final ServerLimits limits;

  Errors(ServerLimits limits) {
    this.limits = limits;
  }

  /**
   * Answers a refusal.
   *
   * @param response the response, not yet committed
   * @param callback completed when the answer is written
   * @param problem the refusal
   * @param locale the language of its message
   */
  static void send(Response response, Callback callback, HttpProblem problem, Locale locale) {
    if (problem.code().equals("method-not-allowed-here")) {
      response.getHeaders().put(HttpHeader.ALLOW, (String) problem.arguments()[0]);
    }
    Api.send(response, callback, problem.status(), Api.JSON, problem.toJson(locale).toString());
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    HttpProblem problem = HttpProblem.ofStatus(code, limits);
    if (code >= 500 && code != 503 && cause != null) {
      // For the operator only: the client gets the JSON error alone.
      System.err.println("cls serve : erreur interne");
      cause.printStackTrace();
    }
    send(response, callback, problem, Locale.FRENCH);
  }
}
