package io.clsante.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The validation web page and its HTTP API ({@code cls serve}): a person drops a contract on the page
 * and sees its validation report and its summary; a program posts it to {@code /api/v1/validate} or
 * {@code /api/v1/render}. The API is described by the OpenAPI document the server serves at
 * {@code /api/v1/openapi.json}.
 *
 * <p>Nothing a client sends is stored: documents are read in memory, within {@link ServerLimits}, and
 * forgotten with the answer. Every refusal is a JSON error ({@code status}, {@code error},
 * {@code message}); no stack trace reaches a client.
 *
 * <pre>{@code
 * try (ClsServer server = ClsServer.start(new InetSocketAddress("127.0.0.1", 8080), ServerLimits.defaults())) {
 *   System.out.println(server.uri());
 *   server.await();
 * }
 * }</pre>
 */
public final class ClsServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final ExecutorService workers;

  private ClsServer(Server server, ServerConnector connector, ExecutorService workers) {
    this.server = server;
    this.connector = connector;
    this.workers = workers;
  }

  /**
   * Starts a server.
   *
   * @param address the address and port to listen on; port 0 takes any free port
   * @param limits the request limits
   * @return the started server
   * @throws IOException if the address cannot be listened on (a port already taken, an unknown host)
   */
  public static ClsServer start(InetSocketAddress address, ServerLimits limits) throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(limits, "limits");
    ExecutorService workers = Executors.newFixedThreadPool(limits.maxConcurrentRequests(), r -> {
      Thread t = new Thread(r, "cls-serve-worker");
      t.setDaemon(true);
      return t;
    });
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    server.addConnector(connector);

    QoSHandler concurrency = new QoSHandler(new Api(limits, workers));
    concurrency.setMaxRequestCount(limits.maxConcurrentRequests());
    concurrency.setMaxSuspend(limits.maxWait());
    SizeLimitHandler size = new SizeLimitHandler(limits.maxRequestBytes(), -1);
    size.setHandler(concurrency);
    server.setHandler(new SecurityHeaders(size));
    server.setErrorHandler(new Errors(limits));
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (IOException e) {
      stop(server, workers);
      throw e;
    } catch (Exception e) {
      stop(server, workers);
      throw new IOException(e.getMessage(), e);
    }
    return new ClsServer(server, connector, workers);
  }

  /**
   * Returns the address of the page, with the port actually listened on.
   *
   * @return for example {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + "/");
  }

  /**
   * Waits until the server is stopped, by {@link #close()} from another thread or at the end of the
   * process.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void await() throws InterruptedException {
    server.join();
  }

  /** Stops the server: no new connection; the requests in progress are abandoned. */
  @Override
  public void close() {
    stop(server, workers);
  }

  private static void stop(Server server, ExecutorService workers) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping a server that failed to start, or twice: nothing is left to release.
    } finally {
      workers.shutdownNow();
    }
  }
}
