package io.clsante.model.json;

import io.clsante.model.ClsException;
import io.clsante.model.CodeList;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.VersionFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written half of the structural pass: one walk of the token stream that binds the
 * contract or collects every problem. The other half, {@code ModelPass}, is generated from the
 * model by {@code cls-codegen}: one method per model type, which reads its object's properties
 * and calls the leaves here for their values.
 *
 * <p>The protocol of the generated code: a reader is called with the token that starts its value
 * (the parser is on it) and leaves the parser on the value's last token; it returns the value, or
 * null after recording at least one problem. A problem of reading (bad JSON, a limit, a duplicate
 * property) ends the walk: it is the document's only problem. The others (the checks of the
 * schema, then those of the model on values the schema accepts) are all collected, and the
 * contract is built only when there is none.
 *
 * <p>Not thread-safe: one instance per document.
 */
final class StructuralPass {

  private final JsonParser parser;
  private final int maxProperties;
  private final List<StructuralProblem> problems = new ArrayList<>();
  /** The version the document declares, once read. */
  private VersionFormat version;
  /** What a later version than the one declared (or not yet read) added, met in the document. */
  private final List<Later> later = new ArrayList<>();
  /** One matcher per expression, reset for each string: a document tests thousands of strings. */
  private final Map<Pattern, Matcher> matchers = new HashMap<>();

  /**
   * The use of what a minor version added: a problem if the document declares an earlier one, as
   * the schema of that version reports it, its message told also the version declared.
   *
   * @param since the version that added it
   * @param keyword the keyword of the schema of earlier versions that refuses it
   * @param pointer where
   * @param messageKey the message's key
   * @param arguments the message's arguments but the last, the version declared
   */
  private record Later(VersionFormat since, SchemaKeyword keyword, String pointer, String messageKey,
      List<Object> arguments) {
    StructuralProblem problem(VersionFormat declared) {
      List<Object> all = new ArrayList<>(arguments);
      all.add(declared);
      return new StructuralProblem(keyword.ruleId(), keyword.keyword(), pointer, -1, -1, messageKey, all);
    }
  }

  private StructuralPass(JsonParser parser, int maxProperties) {
    this.parser = parser;
    this.maxProperties = maxProperties;
  }

  /**
   * Reads a value from the token that starts it.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param pass the pass
     * @param token the token that starts the value, the parser's current one
     * @return the value, or null after a problem was recorded
     */
    T read(StructuralPass pass, JsonToken token);
  }

  /**
   * Reads a document: the one entry of the pass.
   *
   * @param input the document
   * @param factory the parsers' factory, with the limits
   * @param limits the limits, for those the parser does not apply itself
   * @param root the reader of the root type
   * @return the contract and the problems, located
   */
  static JsonReading read(JsonInput input, JsonFactory factory, JsonLimits limits,
      Reader<ContratLocalDeSante> root) {
    Walk<ContratLocalDeSante> walk = walk(input, factory, limits, root);
    return new JsonReading(input, factory, walk.value(), walk.problems());
  }

  /**
   * What a walk of a document gives.
   *
   * @param <T> what the root reader makes
   * @param value what it made, or null when the document has a problem
   * @param problems the problems, located
   */
  record Walk<T>(T value, List<StructuralProblem> problems) {}

  /**
   * Walks a document with a reader of its root: the checks of reading (size, encoding, syntax,
   * duplicates, limits), then whatever the reader checks.
   *
   * @param <T> what the reader makes
   * @param input the document
   * @param factory the parsers' factory, with the limits
   * @param limits the limits, for those the parser does not apply itself
   * @param root the reader of the root value
   * @return the value and the problems
   */
  static <T> Walk<T> walk(JsonInput input, JsonFactory factory, JsonLimits limits, Reader<T> root) {
    if (input.size() > limits.maxDocumentBytes()) {
      Position at = input.positionOf(limits.maxDocumentBytes());
      return new Walk<>(null, List.of(StructuralProblem.of(JsonProblem.LIMIT_EXCEEDED, "",
          at.line(), at.column(), ReadLimits.Limit.DOCUMENT_SIZE.messageKey(), limits.maxDocumentBytes())));
    }
    JsonParser opened;
    try {
      opened = input.open(factory);
    } catch (JacksonException e) {
      // The parser refuses the first bytes before reading any token: an encoding it cannot even
      // detect (a byte order of UCS-4 it does not know); the format is UTF-8.
      return new Walk<>(null, List.of(StructuralProblem.of(JsonProblem.ENCODING, "", 1, 1, "json.encoding")));
    }
    try (JsonParser parser = opened) {
      StructuralPass pass = new StructuralPass(parser, limits.maxPropertyCount());
      try {
        T value = pass.document(root);
        return new Walk<>(pass.problems.isEmpty() ? value : null, pass.problems);
      } catch (Fatal f) {
        return new Walk<>(null, List.of(f.problem));
      } catch (JacksonException | NumberFormatException e) {
        return new Walk<>(null, List.of(unreadable(e, parser, input)));
      }
    }
  }

  private <T> T document(Reader<T> root) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      TokenStreamLocation end = parser.currentLocation();
      throw new Fatal(reading(JsonProblem.EMPTY, "json.empty", "", end));
    }
    T value = root.read(this, first);
    if (parser.nextToken() != null) {
      throw fatal(JsonProblem.SYNTAX, "json.syntax.trailing", "");
    }
    if (version != null) {
      // Without a version read, the document already has its problem; with one, what it may not use.
      later.stream().filter(l -> l.since().compareTo(version) > 0).forEach(l -> problems.add(l.problem(version)));
    }
    return value;
  }

  /**
   * The problem of reading that a parser's exception means, told by the exception's type and, for
   * bytes, by their encoding; located where the parser is.
   *
   * @param e what the parser (or a decimal it read) threw
   * @param parser the parser
   * @param input what the parser reads
   * @return the problem
   */
  private static StructuralProblem unreadable(RuntimeException e, JsonParser parser, JsonInput input) {
    TokenStreamLocation at = e instanceof JacksonException j && j.getLocation() != null
        ? j.getLocation() : parser.currentTokenLocation();
    String pointer = pointer(parser.streamReadContext());
    if (e instanceof ReadLimits.Exceeded limit) {
      if (limit.limit() == ReadLimits.Limit.NAME_LENGTH) {
        // Refused before the name becomes the context's: the problem is the object's.
        pointer = objectPointer(parser);
      }
      return reading(JsonProblem.LIMIT_EXCEEDED, limit.limit().messageKey(), pointer, at, limit.max());
    }
    if (e instanceof NumberFormatException) {
      return reading(JsonProblem.LIMIT_EXCEEDED, ReadLimits.Limit.NUMBER_RANGE.messageKey(), pointer, at);
    }
    if (e instanceof StreamConstraintsException) {
      return reading(JsonProblem.LIMIT_EXCEEDED, "json.limit", pointer, at);
    }
    long offset = at.getByteOffset();
    if (e instanceof StreamReadException && input.malformedUpTo(offset)) {
      return reading(JsonProblem.ENCODING, "json.encoding", pointer, at);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return reading(JsonProblem.SYNTAX, "json.syntax.endOfInput", pointer, at);
    }
    return reading(JsonProblem.SYNTAX, "json.syntax", pointer, at);
  }

  // ---------------------------------------------------------------------------------------------
  // Objects: what the generated method of each model type calls.

  /**
   * Returns the parser, for the generated code to read property names.
   *
   * @return the parser
   */
  JsonParser parser() {
    return parser;
  }

  /**
   * Returns how many problems have been recorded so far.
   *
   * @return the count
   */
  int problems() {
    return problems.size();
  }

  /**
   * Checks that the value is an object; records a type problem and skips the value otherwise.
   *
   * @param token the token that starts the value
   * @return true when it starts an object
   */
  boolean object(JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(token, JsonType.OBJECT, null);
    return false;
  }

  /**
   * Counts one more property of the current object.
   *
   * @param count the properties seen before
   * @return the count with this one
   * @throws Fatal beyond the limit
   */
  int property(int count) {
    if (count >= maxProperties) {
      throw new Fatal(reading(JsonProblem.LIMIT_EXCEEDED, ReadLimits.Limit.PROPERTY_COUNT.messageKey(),
          pointer(parser.streamReadContext()), parser.currentTokenLocation(), (long) maxProperties));
    }
    return count + 1;
  }

  /**
   * Marks a property of the model as seen in the current object.
   *
   * @param seen the properties seen before, one bit each
   * @param bit the bit of this property
   * @return the properties seen with this one
   * @throws Fatal when it was seen before
   */
  long once(long seen, long bit) {
    if ((seen & bit) != 0) {
      throw duplicate();
    }
    return seen | bit;
  }

  /**
   * Records a property that is not part of the format, and skips its value.
   *
   * @param name the property name
   * @param unknown the names of the other unknown properties of the object, or null
   * @return the unknown names with this one
   * @throws Fatal when the name was seen before in the object
   */
  Set<String> unknown(String name, Set<String> unknown) {
    Set<String> names = unknown == null ? new HashSet<>() : unknown;
    if (!names.add(name)) {
      throw duplicate();
    }
    schema(SchemaKeyword.ADDITIONAL_PROPERTIES, objectPointer(parser), "schema.additionalProperties", name);
    skip(parser.nextToken());
    return names;
  }

  /**
   * Records each required property missing from the object just read (the parser is on its end).
   *
   * @param seen the properties seen, one bit each
   * @param required the bits of the required properties
   * @param names the property names, by bit
   */
  void required(long seen, long required, String[] names) {
    long missing = required & ~seen;
    if (missing == 0) {
      return;
    }
    // On the object's end, the context is its parent's, which points at the object.
    String pointer = pointer(parser.streamReadContext());
    for (int bit = 0; bit < names.length; bit++) {
      if ((missing & (1L << bit)) != 0) {
        schema(SchemaKeyword.REQUIRED, pointer, "schema.required", names[bit]);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Versions: what a minor version added, reported at the end if the document declares an earlier one

  /**
   * Notes the version the document declares.
   *
   * @param declared the version read, or null after a problem
   * @return the version
   */
  VersionFormat version(VersionFormat declared) {
    if (declared != null) {
      version = declared;
    }
    return declared;
  }

  /**
   * Notes a property that a minor version added, the parser on its name.
   *
   * @param since the version that added it
   * @param name the property name
   */
  void since(VersionFormat since, String name) {
    later(since, SchemaKeyword.ADDITIONAL_PROPERTIES, objectPointer(parser), "schema.additionalProperties.since",
        name, since);
  }

  /**
   * Notes, on the end of an object, a property left out that versions before {@code since} require.
   *
   * @param since the version from which it may be left out
   * @param seen the properties seen, one bit each
   * @param bit the bit of the property
   * @param name the property name
   */
  void requiredBefore(VersionFormat since, long seen, long bit, String name) {
    if ((seen & bit) == 0) {
      later(since, SchemaKeyword.REQUIRED, pointer(parser.streamReadContext()), "schema.required.since", name, since);
    }
  }

  /**
   * Reads a value of a model type that may be written as the string of one of its properties.
   *
   * @param <S> what the string is read as
   * @param <T> the model type
   * @param token the token that starts the value
   * @param string the reader of the string
   * @param build the object the string stands for
   * @param object the reader of the object
   * @param objectSince the version that added the object form, or null
   * @return the value, or null after a problem
   */
  <S, T> T shorthand(JsonToken token, Reader<S> string, Function<S, T> build, Reader<T> object,
      VersionFormat objectSince) {
    if (token == JsonToken.VALUE_STRING) {
      S value = string.read(this, token);
      return value == null ? null : build.apply(value);
    }
    if (token != JsonToken.START_OBJECT) {
      schema(SchemaKeyword.TYPE, pointer(parser.streamReadContext()), "schema.type.shorthand", JsonType.of(token));
      skip(token);
      return null;
    }
    if (objectSince != null) {
      later(objectSince, SchemaKeyword.TYPE, pointer(parser.streamReadContext()), "schema.type.since", objectSince);
    }
    return object.read(this, token);
  }

  private void later(VersionFormat since, SchemaKeyword keyword, String pointer, String messageKey,
      Object... arguments) {
    if (version == null || version.compareTo(since) < 0) {
      later.add(new Later(since, keyword, pointer, messageKey, List.of(arguments)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * Reads an array, each item with a reader, and gives each item read to {@code add}: a builder's
   * list. An item with a problem is not given, and the object that holds the array is then not
   * built.
   *
   * @param <T> the type of the items
   * @param token the token that starts the value
   * @param items the number of items allowed
   * @param item the reader of one item
   * @param add what takes each item read
   */
  <T> void array(JsonToken token, Items items, Reader<T> item, Consumer<? super T> add) {
    if (token != JsonToken.START_ARRAY) {
      wrongType(token, JsonType.ARRAY, null);
      return;
    }
    int count = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      T value = item.read(this, t);
      if (value != null) {
        add.accept(value);
      }
      count++;
    }
    if (count < items.min() || count > items.max()) {
      // On the array's end, the context is its parent's, which points at the array.
      String pointer = pointer(parser.streamReadContext());
      if (count < items.min()) {
        schema(SchemaKeyword.MIN_ITEMS, pointer, "schema.minItems", count, items.min());
      } else {
        schema(SchemaKeyword.MAX_ITEMS, pointer, "schema.maxItems", count, items.max());
      }
    }
  }

  /**
   * Reads a string and checks it, then gives it to the model.
   *
   * @param <T> the type the model reads the string as
   * @param token the token that starts the value
   * @param text what the string must be
   * @return the value, or null after a problem
   */
  <T> T text(JsonToken token, Text<T> text) {
    if (token != JsonToken.VALUE_STRING) {
      wrongType(token, JsonType.STRING, text.allowed);
      return null;
    }
    String value = parser.getString();
    String pointer = null;
    if (text.minLength > 0 || value.length() > text.maxLength) {
      int length = value.codePointCount(0, value.length());
      if (length < text.minLength) {
        pointer = pointer(parser.streamReadContext());
        schema(SchemaKeyword.MIN_LENGTH, pointer, "schema.minLength", length, text.minLength);
      }
      if (length > text.maxLength) {
        pointer = pointer(parser.streamReadContext());
        schema(SchemaKeyword.MAX_LENGTH, pointer, "schema.maxLength", length, text.maxLength);
      }
    }
    // A value type's factory accepts only strings its patterns match (PatternSamplesTest): a string
    // it reads needs no regular expression; one it refuses is told apart by the patterns.
    T parsed = pointer == null && text.factory ? readOrNull(text, value) : null;
    for (Match m : parsed == null ? text.patterns : List.<Match>of()) {
      if (!m.test().test(this, value)) {
        pointer = pointer(parser.streamReadContext());
        schema(SchemaKeyword.PATTERN, pointer, m.messageKey(), value, m.regex());
      }
    }
    T read = text.codes.isEmpty() ? null : text.codes.get(value);
    if (text.allowed != null && (text.codes.isEmpty() ? !text.allowed.contains(value) : read == null)) {
      pointer = pointer(parser.streamReadContext());
      schema(SchemaKeyword.ENUM, pointer, "schema.enum", value, text.allowed);
    } else if (read != null && text.since.containsKey(value)) {
      VersionFormat since = text.since.get(value);
      later(since, SchemaKeyword.ENUM, pointer(parser.streamReadContext()), "schema.enum.since", value, since);
    }
    if (pointer != null) {
      return null;
    }
    if (text.email && !EmailAddresses.isValid(value)) {
      // Never the address itself: it may be personal data.
      problems.add(new StructuralProblem("CLS-CNT-001", "Email", pointer(parser.streamReadContext()), -1, -1,
          "constraint.Email", List.of()));
      return null;
    }
    if (read != null || parsed != null) {
      return read != null ? read : parsed;
    }
    read = text.factory ? null : readOrNull(text, value);
    if (read == null) {
      model(JsonProblem.INVALID_VALUE, text.invalidKey, value);
    }
    return read;
  }

  /** The value as the text's factory reads it, or null when the factory refuses it. */
  private static <T> T readOrNull(Text<T> text, String value) {
    try {
      return text.read.apply(value);
    } catch (ClsException refused) {
      return null;
    }
  }

  /**
   * Reads an integer within the range of {@code int}: JSON Schema counts {@code 2.0} as an
   * integer, which the model refuses.
   *
   * @param token the token that starts the value
   * @param range the bounds
   * @return the value, or null after a problem
   */
  Integer integer(JsonToken token, Range range) {
    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      int value = parser.getIntValue();
      return range.check(this, BigDecimal.valueOf(value)) ? value : null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(token, JsonType.INTEGER, null);
      return null;
    }
    BigDecimal value = parser.getDecimalValue();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      // Beyond int: the bounds of an integer are within its range.
      return range.check(this, value) ? value.intValueExact() : null;
    }
    boolean integral = isIntegral(value);
    if (!integral) {
      schema(SchemaKeyword.TYPE, pointer(parser.streamReadContext()), "schema.type", JsonType.INTEGER,
          JsonType.NUMBER);
    }
    if (range.check(this, value) && integral) {
      // The schema accepts it; the model reads integers written as such only. The argument is the
      // number as written: a decimal would be shown in the language's form, without its fraction.
      model(JsonProblem.WRONG_TYPE, "value.integer", parser.getString());
    }
    return null;
  }

  /**
   * Reads a number, kept as written (its scale too).
   *
   * @param token the token that starts the value
   * @param range the bounds
   * @return the value, or null after a problem
   */
  BigDecimal number(JsonToken token, Range range) {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(token, JsonType.NUMBER, null);
      return null;
    }
    BigDecimal value = parser.getDecimalValue();
    return range.check(this, value) ? value : null;
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @param token the token that starts the value
   * @return the value, or null after a problem
   */
  Boolean bool(JsonToken token) {
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    wrongType(token, JsonType.BOOLEAN, null);
    return null;
  }

  /**
   * Reads a JSON object of any content, exactly: property order, numbers with their scale.
   *
   * @param <T> the type the model makes of it
   * @param token the token that starts the value
   * @param factory what the model makes of the object
   * @return the value, or null after a problem
   */
  <T> T free(JsonToken token, Function<ObjectNode, T> factory) {
    if (token != JsonToken.START_OBJECT) {
      wrongType(token, JsonType.OBJECT, null);
      return null;
    }
    return factory.apply((ObjectNode) Trees.read(this, token));
  }

  // ---------------------------------------------------------------------------------------------
  // Rules of the leaves, built once by the generated code

  /**
   * The number of items an array may have.
   *
   * @param min the least
   * @param max the most
   */
  record Items(int min, int max) {
    /** Any number of items. */
    static final Items ANY = new Items(0, Integer.MAX_VALUE);
  }

  /**
   * The bounds of a number, each optional.
   *
   * @param minimum the lower bound, or null
   * @param exclusiveMinimum whether the lower bound itself is refused
   * @param maximum the upper bound, or null
   * @param exclusiveMaximum whether the upper bound itself is refused
   */
  record Range(BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum) {
    /** No bound. */
    static final Range ANY = new Range(null, false, null, false);

    /**
     * Returns inclusive bounds.
     *
     * @param minimum the lower bound, or null
     * @param maximum the upper bound, or null
     * @return the range
     */
    static Range of(String minimum, String maximum) {
      return new Range(minimum == null ? null : new BigDecimal(minimum), false,
          maximum == null ? null : new BigDecimal(maximum), false);
    }

    /** Records the bounds the value crosses; true when it crosses none. */
    boolean check(StructuralPass pass, BigDecimal value) {
      boolean ok = true;
      if (minimum != null) {
        int c = value.compareTo(minimum);
        if (c < 0 || c == 0 && exclusiveMinimum) {
          pass.bound(exclusiveMinimum ? "exclusiveMinimum" : "minimum", value, minimum);
          ok = false;
        }
      }
      if (maximum != null) {
        int c = value.compareTo(maximum);
        if (c > 0 || c == 0 && exclusiveMaximum) {
          pass.bound(exclusiveMaximum ? "exclusiveMaximum" : "maximum", value, maximum);
          ok = false;
        }
      }
      return ok;
    }
  }

  /**
   * A regular expression a string must contain a match of, as JSON Schema's {@code pattern}.
   *
   * @param test whether a string contains a match, tested within a pass
   * @param regex the expression as the schema writes it, for the message
   * @param messageKey the key of the message that says what the string should be
   */
  record Match(BiPredicate<StructuralPass, String> test, String regex, String messageKey) {}

  /**
   * Whether a string contains a match of an expression, found by this pass's matcher of it.
   *
   * @param pattern the expression, compiled once
   * @param value the string
   * @return whether it contains a match
   */
  boolean contains(Pattern pattern, String value) {
    return matchers.computeIfAbsent(pattern, p -> p.matcher("")).reset(value).find();
  }

  /**
   * Whether a string holds a character above U+0020: what {@code @NotBlank} means in the format,
   * written {@code [^\u0000-\u0020]} in the schema.
   *
   * @param value the string
   * @return whether it is not blank
   */
  static boolean nonBlank(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * What a string must be, and how the model reads it. Immutable; each {@code with} method
   * returns a copy.
   *
   * @param <T> what the model reads the string as
   */
  static final class Text<T> {
    private final int minLength;
    private final int maxLength;
    private final List<Match> patterns;
    /** The values allowed, or null for any. */
    private final List<String> allowed;
    /** The constants of a code list by code; empty for other values. */
    private final Map<String, T> codes;
    private final Function<String, T> read;
    private final String invalidKey;
    private final boolean email;
    /** Whether {@link #read} is a value type's factory, which accepts only what the patterns match. */
    private final boolean factory;
    /** The codes a minor version added, with that version. */
    private final Map<String, VersionFormat> since;

    private Text(int minLength, int maxLength, List<Match> patterns, List<String> allowed, Map<String, T> codes,
        Function<String, T> read, String invalidKey, boolean email, Map<String, VersionFormat> since) {
      this.minLength = minLength;
      this.maxLength = maxLength;
      this.patterns = List.copyOf(patterns);
      this.allowed = allowed == null ? null : List.copyOf(allowed);
      this.codes = codes;
      this.read = read;
      this.invalidKey = invalidKey;
      this.email = email;
      this.factory = invalidKey != null;
      this.since = Map.copyOf(since);
    }

    /**
     * Any string, read as itself.
     *
     * @return the rule
     */
    static Text<String> string() {
      return new Text<>(0, Integer.MAX_VALUE, List.of(), null, Map.of(), Function.identity(), null, false, Map.of());
    }

    /**
     * A string the model reads with a factory, which may refuse it (by returning null or throwing
     * the model's {@link ClsException}). The patterns then added are the value type's own, which
     * the factory implies: a string it reads matches them, so they are evaluated only on a string
     * it refuses, to tell a pattern problem from an invalid value.
     *
     * @param <T> the type read
     * @param read the factory
     * @param invalidKey the message key of a string the factory refuses
     * @return the rule
     */
    static <T> Text<T> parsed(Function<String, T> read, String invalidKey) {
      return new Text<>(0, Integer.MAX_VALUE, List.of(), null, Map.of(), read, invalidKey, false, Map.of());
    }

    /**
     * One of the codes of a code list, read as its constant.
     *
     * @param <E> the code list
     * @param constants its constants
     * @return the rule
     */
    static <E extends Enum<E> & CodeList> Text<E> code(E[] constants) {
      Map<String, E> byCode = new LinkedHashMap<>();
      Arrays.stream(constants).forEach(e -> byCode.put(e.code(), e));
      return new Text<>(0, Integer.MAX_VALUE, List.of(), List.copyOf(byCode.keySet()), byCode, byCode::get,
          null, false, Map.of());
    }

    Text<T> minLength(int length) {
      return new Text<>(length, maxLength, patterns, allowed, codes, read, invalidKey, email, since);
    }

    Text<T> maxLength(int length) {
      return new Text<>(minLength, length, patterns, allowed, codes, read, invalidKey, email, since);
    }

    /**
     * Adds an expression the string must contain a match of.
     *
     * @param pattern the expression compiled (ECMA-262's {@code $} written as {@code \z})
     * @param regex the expression as the schema writes it
     * @param messageKey the key of the message of a string without a match
     * @return the rule
     */
    Text<T> pattern(Pattern pattern, String regex, String messageKey) {
      return with(new Match((pass, value) -> pass.contains(pattern, value), regex, messageKey));
    }

    /**
     * Adds {@code @NotBlank}'s expression, tested by what it means: {@link #nonBlank(String)}.
     *
     * @param regex the expression as the schema writes it
     * @param messageKey the key of the message of a blank string
     * @return the rule
     */
    Text<T> nonBlank(String regex, String messageKey) {
      return with(new Match((pass, value) -> StructuralPass.nonBlank(value), regex, messageKey));
    }

    private Text<T> with(Match match) {
      List<Match> more = new ArrayList<>(patterns);
      more.add(match);
      return new Text<>(minLength, maxLength, more, allowed, codes, read, invalidKey, email, since);
    }

    Text<T> allowed(List<String> values) {
      return new Text<>(minLength, maxLength, patterns, values, codes, read, invalidKey, email, since);
    }

    /**
     * The codes that minor versions added, with the version that added each.
     *
     * @param added the versions, by code
     * @return the rule
     */
    Text<T> since(Map<String, VersionFormat> added) {
      return new Text<>(minLength, maxLength, patterns, allowed, codes, read, invalidKey, email, added);
    }

    Text<T> email() {
      return new Text<>(minLength, maxLength, patterns, allowed, codes, read, invalidKey, true, since);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Problems

  /** Ends the walk on a problem of reading; carries no stack trace. */
  static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient StructuralProblem problem;

    Fatal(StructuralProblem problem) {
      super(problem.messageKey(), null, false, false);
      this.problem = problem;
    }
  }

  /** A value of the wrong type: its type problem (with the enum's when the value has one), then skipped. */
  private void wrongType(JsonToken token, JsonType expected, List<String> allowed) {
    String pointer = pointer(parser.streamReadContext());
    JsonType found = JsonType.of(token);
    schema(SchemaKeyword.TYPE, pointer, "schema.type", expected, found);
    if (allowed != null) {
      schema(SchemaKeyword.ENUM, pointer, "schema.enum", token.isScalarValue() ? parser.getString() : found, allowed);
    }
    skip(token);
  }

  private void bound(String keyword, BigDecimal value, BigDecimal bound) {
    schema(SchemaKeyword.of(keyword), pointer(parser.streamReadContext()), "schema." + keyword, value, bound);
  }

  private void schema(SchemaKeyword keyword, String pointer, String messageKey, Object... arguments) {
    String name = keyword == SchemaKeyword.OTHER ? messageKey.substring("schema.".length()) : keyword.keyword();
    problems.add(new StructuralProblem(keyword.ruleId(), name, pointer, -1, -1, messageKey, List.of(arguments)));
  }

  /** A value the schema accepts and the model refuses. */
  private void model(JsonProblem problem, String messageKey, Object... arguments) {
    problems.add(StructuralProblem.of(problem, pointer(parser.streamReadContext()), -1, -1, messageKey, arguments));
  }

  Fatal duplicate() {
    return new Fatal(reading(JsonProblem.DUPLICATE_PROPERTY, "json.duplicate", pointer(parser.streamReadContext()),
        parser.currentTokenLocation(), parser.currentName()));
  }

  private Fatal fatal(JsonProblem problem, String messageKey, String pointer) {
    return new Fatal(reading(problem, messageKey, pointer, parser.currentTokenLocation()));
  }

  /** A problem of reading, located where the parser says. */
  private static StructuralProblem reading(JsonProblem problem, String messageKey, String pointer,
      TokenStreamLocation at, Object... arguments) {
    return StructuralProblem.of(problem, pointer, at.getLineNr(), at.getColumnNr(), messageKey, arguments);
  }

  /** The pointer of a context: of its current value, or of the container itself before its first. */
  private static String pointer(TokenStreamContext context) {
    return context.pathAsPointer().toString();
  }

  /** On a property name, the pointer of the object that holds it. */
  private static String objectPointer(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    return context.inObject() ? pointer(context.getParent()) : pointer(context);
  }

  // ---------------------------------------------------------------------------------------------
  // Trees: the free objects, and the values skipped, read whole so that their reading problems
  // (a duplicate, a limit, a number no decimal holds) are found as anywhere else.

  private void skip(JsonToken token) {
    // Read, not only skipped: the parser checks a string's length and encoding as it reads it.
    if (token.isStructStart()) {
      Trees.read(this, token);
    } else {
      Trees.scalar(parser, token);
    }
  }

  /**
   * Whether a decimal has no fraction part, decided without expanding it: {@code 1E+2147483647}
   * is an integer and {@code 1E-2147483647} is not.
   */
  static boolean isIntegral(BigDecimal value) {
    if (value.scale() <= 0 || value.signum() == 0) {
      return true;
    }
    if (value.scale() >= value.precision()) {
      return false;
    }
    return value.unscaledValue().mod(BigInteger.TEN.pow(value.scale())).signum() == 0;
  }
}
