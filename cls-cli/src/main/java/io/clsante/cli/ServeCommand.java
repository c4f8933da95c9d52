package io.clsante.cli;

import io.clsante.server.ClsServer;
import io.clsante.server.ServerLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cls serve}: the validation web page and its HTTP API, until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Lance la page web de validation et son API HTTP (description OpenAPI à /api/v1/openapi.json),"
        + " jusqu'à l'arrêt du processus (Ctrl-C). Les documents reçus sont lus en mémoire et jamais conservés.",
    footer = {"", "Codes de sortie : 0 arrêt normal ; 2 problème d'usage, ou adresse ou port indisponible."})
final class ServeCommand implements Callable<Integer> {
  private static final long MEBIBYTE = 1024 * 1024;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "le port d'écoute, 0 pour un port libre quelconque (défaut : ${DEFAULT-VALUE})")
  private int port;

  @Option(names = "--bind", paramLabel = "ADRESSE", defaultValue = "127.0.0.1",
      description = "l'adresse d'écoute ; 0.0.0.0 ouvre le serveur au réseau (défaut : ${DEFAULT-VALUE})")
  private String bind;

  @Option(names = "--taille-max", paramLabel = "Mio",
      description = "la taille maximale d'une requête, en Mio (défaut : 16, la limite d'un document)")
  private Long maxMebibytes;

  @Option(names = "--delai", paramLabel = "SECONDES", defaultValue = "30",
      description = "le temps maximal de traitement d'une requête (défaut : ${DEFAULT-VALUE})")
  private long timeoutSeconds;

  @Option(names = "--requetes", paramLabel = "N",
      description = "le nombre de requêtes traitées à la fois, les autres attendent (défaut : deux par processeur)")
  private Integer concurrentRequests;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "port invalide " + port + " : de 0 à 65535 attendu");
    }
    ServerLimits limits = ServerLimits.defaults();
    try {
      if (maxMebibytes != null) {
        limits = limits.withMaxRequestBytes(maxMebibytes * MEBIBYTE);
      }
      if (concurrentRequests != null) {
        limits = limits.withMaxConcurrentRequests(concurrentRequests);
      }
      limits = limits.withRequestTimeout(Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--taille-max, --delai et --requetes attendent des nombres positifs");
    }
    ClsServer server;
    try {
      server = ClsServer.start(new InetSocketAddress(bind, port), limits);
    } catch (IOException e) {
      err.println("cls : impossible d'écouter sur " + bind + ":" + port + " (adresse inconnue ou port déjà pris)");
      return ClsCommand.USAGE;
    }
    Thread stop = new Thread(server::close, "cls-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println("cls serve : page de validation sur " + server.uri() + " (Ctrl-C pour arrêter)");
    out.flush();
    try {
      server.await();
    } catch (InterruptedException e) {
      // Stopped by its caller rather than by the end of the process: the server goes with the thread.
      Thread.currentThread().interrupt();
      server.close();
      Runtime.getRuntime().removeShutdownHook(stop);
    }
    return ClsCommand.OK;
  }
}
