package io.clsante.rules.donnees;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Contact;
import io.clsante.model.Coordination;
import io.clsante.model.DonneePersonnelle;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** CLS-RGPD-001: each personal data item held in a contact is pointed out. */
final class DonneesPersonnellesSignalees extends ClsRule {
  /**
   * The accessors of Contact marked @DonneePersonnelle, found by reflection so that a property
   * marked later is covered without changing this rule, in the order of the JSON format; read when
   * a contract first has a contact, so that building a validator reads no annotation.
   */
  private static final class Marquees {
    static final List<Method> ACCESSEURS = marquees();
  }

  DonneesPersonnellesSignalees() {
    super("CLS-RGPD-001", Severity.INFO);
  }

  /** Returns the JSON names of the contact's personal properties, in the order of the format. */
  static List<String> proprietes() {
    return Marquees.ACCESSEURS.stream().map(DonneesPersonnellesSignalees::nomJson).toList();
  }

  // Arguments: the holder of the contact in words (a text of the rule: titulaire.acteur or
  // titulaire.coordination), the JSON property, and the actor's name, which the first text shows.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int i = 0; i < c.acteurs().size(); i++) {
      Acteur acteur = c.acteurs().get(i);
      for (String propriete : acteur.contact().map(DonneesPersonnellesSignalees::presentes).orElse(List.of())) {
        ctx.report(Pointer.of("acteurs", i, "contact", propriete), new MessageKey(key("titulaire.acteur")),
            propriete, acteur.nom());
      }
    }
    c.coordination().flatMap(Coordination::contact).map(DonneesPersonnellesSignalees::presentes).orElse(List.of())
        .forEach(propriete -> ctx.report(Pointer.of("coordination", "contact", propriete),
            new MessageKey(key("titulaire.coordination")), propriete));
  }

  /** Returns the JSON names of the personal properties a contact holds, in the order of the format. */
  private static List<String> presentes(Contact contact) {
    return Marquees.ACCESSEURS.stream().filter(m -> present(lire(m, contact))).map(DonneesPersonnellesSignalees::nomJson).toList();
  }

  private static Object lire(Method m, Contact contact) {
    try {
      return m.invoke(contact);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // An accessor of an immutable value cannot fail: this is a programming error.
      throw new IllegalStateException("Cannot read Contact." + m.getName(), e);
    }
  }

  private static boolean present(Object valeur) {
    if (valeur instanceof Optional<?> o) {
      return o.filter(v -> !(v instanceof String s) || !s.isBlank()).isPresent();
    }
    return valeur != null;
  }

  private static String nomJson(Method m) {
    JsonProperty p = m.getAnnotation(JsonProperty.class);
    return p != null && !p.value().isEmpty() ? p.value() : m.getName();
  }

  private static List<Method> marquees() {
    List<Method> marquees = new ArrayList<>();
    for (Method m : Contact.class.getMethods()) {
      if (m.isAnnotationPresent(DonneePersonnelle.class) && m.getParameterCount() == 0) {
        marquees.add(m);
      }
    }
    JsonPropertyOrder ordre = Contact.class.getAnnotation(JsonPropertyOrder.class);
    List<String> noms = ordre == null ? List.of() : Arrays.asList(ordre.value());
    // Properties missing from the declared order go last, by name.
    marquees.sort(Comparator.comparingInt((Method m) -> {
      int rang = noms.indexOf(nomJson(m));
      return rang < 0 ? Integer.MAX_VALUE : rang;
    }).thenComparing(DonneesPersonnellesSignalees::nomJson));
    return List.copyOf(marquees);
  }
}
