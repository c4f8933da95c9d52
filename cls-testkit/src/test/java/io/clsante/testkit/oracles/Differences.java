package io.clsante.testkit.oracles;

import io.clsante.model.id.Finess;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The differences inherent to an engine: the one table of the cases where an engine may disagree
 * with the structural stage, each with its reason and an example. A disagreement that no row
 * explains fails the oracle test; so does a row that explains nothing over the whole corpus, which
 * holds each row's example.
 */
final class Differences {
  /**
   * A row of the table.
   *
   * @param cas the case, in a few words
   * @param engines the engines it concerns
   * @param reason why the engine cannot agree there
   * @param explains whether a disagreement is this case
   * @param example where a generated contract is changed to show the case (a JSON Pointer)
   * @param exampleValue the JSON value set there
   */
  record Difference(String cas, Set<Engine> engines, String reason, Predicate<Disagreement> explains,
      String example, String exampleValue) {
    @Override
    public String toString() {
      return cas;
    }
  }

  private static final Set<Engine> ALL = Set.of(Engine.values());
  private static final Set<Engine> SCHEMA_ENGINES = Set.of(Engine.NETWORKNT, Engine.AJV);

  /** The identifiers whose value type checks a key that the schema's pattern cannot. */
  private static final Map<String, Predicate<String>> KEYED_IDENTIFIERS =
      Map.of("siren", Siren::isValid, "siret", Siret::isValid, "finess", Finess::isValid);

  static final List<Difference> TABLE = List.of(
      new Difference("limit of the reader", ALL,
          "The reader refuses a document beyond its limits (size, nesting depth, length of a string, a"
              + " number or a name, number of properties) before any other check; JSON Schema states no"
              + " such limit, and Jackson's and Hibernate Validator's are far larger.",
          d -> d.structuralHas("CLS-JSON-009"),
          "/description", "\"" + "x".repeat(100_001) + "\""),
      new Difference("check digits of an identifier", SCHEMA_ENGINES,
          "SIREN, SIRET and FINESS carry a key (Luhn) that their value types check when the document is"
              + " bound; the schema can state their pattern only.",
          d -> !d.oracleOnly() && d.value().isString()
              && !KEYED_IDENTIFIERS.getOrDefault(Pointers.lastProperty(d.pointer()), s -> true)
                  .test(d.value().stringValue()),
          "/acteurs/0/siren", "\"200035757\""),
      new Difference("e-mail address", SCHEMA_ENGINES,
          "The model's @Email on a contact's courriel has no equivalent in the schema, which leaves"
              + " the form of an e-mail address to the model.",
          d -> !d.oracleOnly() && Pointers.lastProperty(d.pointer()).equals("courriel"),
          "/acteurs/0/contact", "{\"courriel\": \"contact.example.org\"}"),
      new Difference("integer written with a fraction or an exponent", SCHEMA_ENGINES,
          "JSON Schema calls 1.0 and 1E+2 integers (their value is integral); the model binds integers"
              + " from integer literals only.",
          d -> !d.oracleOnly() && d.value().isNumber() && !d.value().isIntegralNumber()
              && isIntegral(d.value().decimalValue()),
          "/axes/0/numero", "1.0"),
      new Difference("code with white space around it", Set.of(Engine.HIBERNATE_VALIDATOR),
          "Jackson trims a code of a list (\" BASSE\", \"BASSE\\n\") before it looks it up, whatever its"
              + " settings; the bound model then holds a valid code, in which Hibernate Validator finds"
              + " nothing.",
          d -> !d.oracleOnly() && d.value().isString()
              && !d.value().stringValue().equals(d.value().stringValue().trim()),
          "/statut", "\" EN_VIGUEUR\""),
      new Difference("value in its short form", Set.of(Engine.HIBERNATE_VALIDATOR),
          "A value written as a string (the 1.0 form: the id of an actor for an intervenant, the title"
              + " of a strategic objective) is read as the object whose property the string fills"
              + " (« acteur », « intitule »): the structural stage names the string, as the schema does,"
              + " Hibernate Validator the property below it.",
          Differences::shortForm,
          "/axes/0/fiches/0/porteurs/0", "\"-cc\""),
      new Difference("number beyond double precision", Set.of(Engine.AJV),
          "JavaScript reads every JSON number as a double: 100.00000000000000000001 is 100 for ajv, so"
              + " it passes a maximum of 100 that the exact decimal exceeds.",
          d -> !d.oracleOnly() && d.value().isNumber() && !isDouble(d.value().decimalValue()),
          "/coordination", "{\"etp\": 100.00000000000000000001}"));

  private Differences() {}

  /** The row that explains a disagreement, if one does. */
  static Optional<Difference> explain(Disagreement d) {
    return TABLE.stream().filter(r -> r.engines().contains(d.engine()) && r.explains().test(d)).findFirst();
  }

  /** The properties a string in short form fills: {@code acteur}, {@code intitule}. */
  private static final List<String> SHORTHANDS = List.of("/acteur", "/intitule");

  /** A string standing for an object, where Hibernate Validator names the property it fills. */
  private static boolean shortForm(Disagreement d) {
    return SHORTHANDS.stream().anyMatch(suffix -> {
      String at = d.oracleOnly() && d.pointer().endsWith(suffix)
          ? d.pointer().substring(0, d.pointer().length() - suffix.length()) : d.pointer();
      return d.document().at(at).isString() && d.oracle().stream().anyMatch(o -> o.pointer().equals(at + suffix));
    });
  }

  private static boolean isIntegral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static boolean isDouble(BigDecimal value) {
    return new BigDecimal(value.doubleValue()).compareTo(value) == 0;
  }
}
