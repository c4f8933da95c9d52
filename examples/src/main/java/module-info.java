/**
 * Runnable examples of the CLS library. As a named module that reads only the library's exported
 * packages, it proves the API boundary: the examples compile and run against the API alone.
 */
module io.clsante.examples {
  requires io.clsante.rules;

  exports io.clsante.examples;
  // The application rule's messages live in this package; the rules module reads them.
  opens io.clsante.examples to io.clsante.rules;
}
