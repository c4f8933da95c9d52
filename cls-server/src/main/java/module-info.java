/**
 * The validation web page and HTTP API of Contrats Locaux de Santé ({@code cls serve}), on Jetty's
 * core server. The entry point is {@link io.clsante.server.ClsServer}.
 */
module io.clsante.server {
  requires transitive io.clsante.rules;
  requires io.clsante.html;
  requires io.clsante.tableur;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;

  exports io.clsante.server;
}
