package io.clsante.model.json;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The printing of the canonical form, declared once for the generated writer ({@code ModelWriter})
 * and for the mapper of {@link DataBinding}: two-space indentation, {@code \n} line ends,
 * {@code "name": value}, {@code []} and {@code {}} for empty arrays and objects, and decimals
 * written plainly ({@code 1500.00}, never {@code 1.5E+3}). jackson-core only, so that writing loads
 * nothing of the data binding.
 */
final class CanonicalPrinting {
  private CanonicalPrinting() {}

  /**
   * Returns a new pretty printer of the canonical form (a printer keeps the state of one document).
   *
   * @return the printer
   */
  static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }

  /**
   * Returns a factory like the one given that writes decimals plainly.
   *
   * @param factory the factory of parsers, with its limits
   * @return the factory of generators of the canonical form
   */
  static JsonFactory factory(JsonFactory factory) {
    return factory.rebuild().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }

  /**
   * Creates a generator of the canonical form.
   *
   * @param factory a factory made by {@link #factory(JsonFactory)}
   * @param out where the UTF-8 bytes go
   * @return the generator, pretty printing
   */
  static JsonGenerator generator(JsonFactory factory, OutputStream out) {
    return factory.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out);
  }
}
