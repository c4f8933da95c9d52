package io.clsante.model;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link ObjectifStrategique} in the form of the version the document declares: in a
 * document of version 1.0, an objective that has only its title is written as that string, as 1.0
 * wrote it, so that a 1.0 document read and written again stays the same valid 1.0 document; in
 * every other case, the object form. The version is the attribute {@code VersionFormat.class} of
 * the write (set by {@code ClsJson}); without it, the object form.
 *
 * <p>The properties are written in the order of {@code @JsonPropertyOrder} of the type, which the
 * round-trip tests of every property check.
 */
final class EcritureObjectifStrategique extends StdSerializer<ObjectifStrategique> {
  /** The version that added the object form. */
  private static final VersionFormat OBJET = VersionFormat.parse("1.1");

  EcritureObjectifStrategique() {
    super(ObjectifStrategique.class);
  }

  @Override
  public void serialize(ObjectifStrategique o, JsonGenerator g, SerializationContext ctxt) {
    boolean seul = o.id().isEmpty() && o.numero().isEmpty();
    if (seul && ctxt.getAttribute(VersionFormat.class) instanceof VersionFormat v && v.compareTo(OBJET) < 0) {
      g.writeString(o.intitule());
      return;
    }
    g.writeStartObject(o);
    o.id().ifPresent(id -> g.writeStringProperty("id", id));
    o.numero().ifPresent(n -> g.writeStringProperty("numero", n));
    g.writeStringProperty("intitule", o.intitule());
    g.writeEndObject();
  }
}
