package io.clsante.rules;

import io.clsante.model.json.JsonType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a profile file in one walk of its tokens, strictly, collecting every problem with its line
 * and column; builds the profile only when there is none. The shape it reads is the one of the
 * published schema {@code schema/cls/profil/1.0/profil.schema.json} ({@code ProfileSchemaTest}
 * checks that they agree).
 */
final class ProfileReader {
  /** A profile is a few lines: anything beyond 1 MiB is refused unread. */
  static final int MAX_BYTES = 1 << 20;

  /** The {@code $id} of the profile file's schema, the one value its {@code $schema} may take. */
  static final String SCHEMA_ID = "https://schema.clsante.io/cls/profil/1.0/profil.schema.json";

  /** The properties of a profile file, in the order of the documentation. */
  static final List<String> PROPERTIES = List.of("$schema", "id", "libelle", "base", "regles");

  /** A profile id: lower-case letters and digits, in words joined by hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final String source;
  private final RuleCatalog catalog;
  private final List<ProfileException.Problem> problems = new ArrayList<>();

  ProfileReader(String source, RuleCatalog catalog) {
    this.source = source;
    this.catalog = catalog;
  }

  /**
   * Reads the bytes of a profile file.
   *
   * @param bytes the file, up to one byte past {@link #MAX_BYTES}
   * @return the profile
   * @throws ProfileException with every problem found
   */
  Profile read(byte[] bytes) throws ProfileException {
    if (bytes.length > MAX_BYTES) {
      throw fail(ProfileException.Problem.unlocated("profile.tooLarge", MAX_BYTES));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw fail(ProfileException.Problem.unlocated("profile.encoding"));
    }
    // Editors on some systems start UTF-8 files with a byte order mark: it is not content.
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw fail(ProfileException.Problem.unlocated("profile.empty"));
    }
    Fields fields = new Fields();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      readProfile(parser, fields);
    } catch (UnexpectedEndOfInputException e) {
      problem("", e.getLocation(), "profile.syntax.endOfInput");
    } catch (JacksonException e) {
      problem("", e.getLocation(), "profile.syntax", firstLine(e.getOriginalMessage()));
    }
    if (!problems.isEmpty()) {
      throw new ProfileException(source, problems);
    }
    Profile.Builder builder = Profile.builder(fields.id, fields.libelle, catalog)
        .from(Profile.byId(fields.base).orElseThrow());
    fields.levels.forEach(l -> builder.level(l.ruleId(), l.level()));
    return builder.build();
  }

  /** The values read, kept until the whole file is known to be valid. */
  private static final class Fields {
    String id;
    String libelle;
    String base = Profile.national().id();
    final List<Level> levels = new ArrayList<>();
  }

  private record Level(String ruleId, String level) {}

  private void readProfile(JsonParser parser, Fields fields) {
    JsonToken token = parser.nextToken();
    TokenStreamLocation start = parser.currentTokenLocation();
    if (token != JsonToken.START_OBJECT) {
      problem("", start, "profile.root", JsonType.OBJECT, type(token));
      parser.skipChildren();
      trailing(parser);
      return;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      TokenStreamLocation at = parser.currentTokenLocation();
      String pointer = "/" + escape(name);
      parser.nextToken();
      if (!seen.add(name)) {
        problem(pointer, at, "profile.duplicate", name);
      } else if (!PROPERTIES.contains(name)) {
        problem(pointer, at, "profile.unknownProperty", name, PROPERTIES);
      } else if (name.equals("regles")) {
        readRegles(parser, fields);
        continue;
      } else {
        String value = string(parser, pointer, name);
        if (value != null) {
          readString(name, value, pointer, parser.currentTokenLocation(), fields);
        }
      }
      parser.skipChildren();
    }
    for (String required : List.of("id", "libelle")) {
      if (!seen.contains(required)) {
        problem("", start, "profile.required", required);
      }
    }
    trailing(parser);
  }

  private void readString(String name, String value, String pointer, TokenStreamLocation at, Fields fields) {
    switch (name) {
      case "$schema" -> {
        if (!value.equals(SCHEMA_ID)) {
          problem(pointer, at, "profile.schema", value, SCHEMA_ID);
        }
      }
      case "id" -> {
        if (ID.matcher(value).matches()) {
          fields.id = value;
        } else {
          problem(pointer, at, "profile.id", value);
        }
      }
      case "libelle" -> {
        if (value.isBlank()) {
          problem(pointer, at, "profile.libelle");
        } else {
          fields.libelle = value;
        }
      }
      default -> { // "base"
        if (Profile.byId(value).isPresent()) {
          fields.base = value;
        } else {
          problem(pointer, at, "profile.base", value, Profile.builtIn().stream().map(Profile::id).toList());
        }
      }
    }
  }

  private void readRegles(JsonParser parser, Fields fields) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problem("/regles", parser.currentTokenLocation(), "profile.type", "regles", JsonType.OBJECT,
          type(parser.currentToken()));
      parser.skipChildren();
      return;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String ruleId = parser.currentName();
      TokenStreamLocation at = parser.currentTokenLocation();
      String pointer = "/regles/" + escape(ruleId);
      parser.nextToken();
      boolean known = catalog.find(ruleId).isPresent();
      if (!seen.add(ruleId)) {
        problem(pointer, at, "profile.duplicate", ruleId);
      } else if (!known) {
        problems.add(ProfileException.Problem.unknownRule(catalog, ruleId).at(pointer, at.getLineNr(), at.getColumnNr()));
      }
      String level = string(parser, pointer, ruleId);
      if (level != null && !Profile.LEVELS.contains(level)) {
        TokenStreamLocation value = parser.currentTokenLocation();
        problems.add(ProfileException.Problem.unknownLevel(ruleId, level)
            .at(pointer, value.getLineNr(), value.getColumnNr()));
      } else if (level != null && known) {
        fields.levels.add(new Level(ruleId, level));
      }
      parser.skipChildren();
    }
  }

  /** The string at the current token, or null after reporting a value of another type. */
  private String string(JsonParser parser, String pointer, String name) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    problem(pointer, parser.currentTokenLocation(), "profile.type", name, JsonType.STRING, type(parser.currentToken()));
    return null;
  }

  private void trailing(JsonParser parser) {
    if (parser.nextToken() != null) {
      problem("", parser.currentTokenLocation(), "profile.trailing");
    }
  }

  private void problem(String pointer, TokenStreamLocation at, String key, Object... arguments) {
    problems.add(ProfileException.Problem.unlocated(key, arguments)
        .at(pointer, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr()));
  }

  private ProfileException fail(ProfileException.Problem problem) {
    return new ProfileException(source, List.of(problem));
  }

  private static JsonType type(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> JsonType.OBJECT;
      case START_ARRAY -> JsonType.ARRAY;
      case VALUE_STRING -> JsonType.STRING;
      case VALUE_NUMBER_INT -> JsonType.INTEGER;
      case VALUE_NUMBER_FLOAT -> JsonType.NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> JsonType.BOOLEAN;
      default -> JsonType.NULL;
    };
  }

  /** RFC 6901: "~" and "/" in a name are escaped. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int end = m.indexOf('\n');
    return end < 0 ? m : m.substring(0, end);
  }
}
