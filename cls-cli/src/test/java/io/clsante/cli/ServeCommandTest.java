package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.cli.ClsCommandTest.Run;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServeCommandTest {
  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"serve", "--port", "70000"}, "port invalide 70000"),
        Arguments.of(new String[] {"serve", "--port", "huit"}, "--port"),
        Arguments.of(new String[] {"serve", "--taille-max", "0"}, "nombres positifs"),
        Arguments.of(new String[] {"serve", "--delai", "-1"}, "nombres positifs"),
        Arguments.of(new String[] {"serve", "--requetes", "0"}, "nombres positifs"),
        Arguments.of(new String[] {"serve", "--port", "0", "--bind", "adresse.invalide."}, "impossible d'écouter"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageError_exits2WithAClearMessage(String[] args, String expected) {
    Run r = ClsCommandTest.run(args);
    assertEquals(ClsCommand.USAGE, r.code(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    ClsCommandTest.assertNoStackTrace(r);
  }

  @Test
  void serve_printsItsAddressAndAnswersUntilStopped() throws Exception {
    PipedWriter lines = new PipedWriter();
    BufferedReader printed = new BufferedReader(new PipedReader(lines));
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(ClsCommand.run(new PrintWriter(lines, true), new PrintWriter(err),
        "serve", "--port", "0")));
    serving.start();
    String line = printed.readLine();
    Matcher address = Pattern.compile("sur (http://127\\.0\\.0\\.1:\\d+/) ").matcher(line);
    assertTrue(address.find(), line);
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(address.group(1)).resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"UP\""), health.body());

    serving.interrupt();
    serving.join(10_000);
    assertEquals(ClsCommand.OK, code.get(), err.toString());
  }
}
