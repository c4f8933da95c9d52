package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation never opens a connection: a document naming a URL is validated by the pass, and by the
 * networknt oracle, without fetching anything; and the oracle's schemas cannot make networknt fetch
 * anything either ({@link OfflineSchemas}). A local server counts the connections it receives; it
 * must receive none.
 */
class OfflineTest {
  private static ServerSocket server;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static String url;

  @BeforeAll
  static void startCountingServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    url = "http://127.0.0.1:" + server.getLocalPort() + "/cls.schema.json";
    Thread accept = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          server.accept().close();
          CONNECTIONS.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }, "counting-server");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  /** Proves the counting server works, so that "no connection" means something. */
  @Test
  void countingServer_countsAConnection() throws Exception {
    int before = CONNECTIONS.get();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      s.getOutputStream().write('x');
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (CONNECTIONS.get() == before && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(before + 1, CONNECTIONS.get());
    CONNECTIONS.set(before);
  }

  @Test
  void document_whoseSchemaAndIdNameAUrl_isValidatedOffline_asUnknownProperties() throws InterruptedException {
    ObjectNode doc = (ObjectNode) Fixtures.tree(Fixtures.baseJson());
    doc.put("$schema", url);
    doc.put("$id", url);
    List<String> expected = List.of(" additionalProperties $id", " additionalProperties $schema");
    assertEquals(expected, ProblemKeys.keys(ClsSchema.standard().validate(doc.toPrettyString())));
    assertEquals(expected, NetworkntOracle.keys(doc));
    assertNoConnection();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$ref", "$schema"})
  void schema_referringToAUrl_isRefusedWithoutConnecting(String keyword) throws InterruptedException {
    String schema = keyword.equals("$ref")
        ? "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://schema.clsante.io/t.json\","
            + " \"properties\": {\"a\": {\"$ref\": \"" + url + "\"}}}"
        : "{\"$schema\": \"" + url + "\", \"$id\": \"https://schema.clsante.io/t.json\", \"type\": \"object\"}";
    assertThrows(RuntimeException.class, () -> OfflineSchemas.compile("https://schema.clsante.io/t.json", schema));
    assertNoConnection();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://cls-schema-test.invalid/x.json", "https://schema.clsante.io/cls/9.9/autre.json",
      "file:///etc/hostname", "classpath:io/clsante/schema/messages.properties", "urn:cls:x"})
  void schema_referringToAnythingButItself_failsFast(String target) {
    String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$id\": \"https://schema.clsante.io/t.json\", \"properties\": {\"a\": {\"$ref\": \"" + target + "\"}}}";
    long start = System.nanoTime();
    assertThrows(RuntimeException.class, () -> OfflineSchemas.compile("https://schema.clsante.io/t.json", schema));
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "took more than 2 s: a lookup was attempted?");
  }

  @Test
  void schema_referringToItself_compiles() {
    String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$id\": \"https://schema.clsante.io/t.json\", \"$defs\": {\"n\": {\"type\": \"integer\"}},"
        + " \"properties\": {\"a\": {\"$ref\": \"https://schema.clsante.io/t.json#/$defs/n\"},"
        + " \"b\": {\"$ref\": \"#/$defs/n\"}}}";
    assertEquals(2, OfflineSchemas.compile("https://schema.clsante.io/t.json", schema)
        .validate(Fixtures.tree("{\"a\": \"x\", \"b\": \"y\"}")).size());
  }

  private static void assertNoConnection() throws InterruptedException {
    Thread.sleep(100);
    assertEquals(0, CONNECTIONS.get(), "validation connected to " + url);
  }
}
