/**
 * A small modular application that uses the library as an application on the module path does:
 * it requires the library's modules by name and nothing else, and runs with plain
 * {@code java -p … -m io.clsante.compat/io.clsante.compat.ApplicationModulaire}.
 */
module io.clsante.compat {
  requires io.clsante.rules;
  requires io.clsante.testkit;
  requires io.clsante.html;
  requires io.clsante.server;
  requires java.net.http;
}
