package io.clsante.rules.donnees;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Contact;
import io.clsante.model.DonneePersonnelle;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** CLS-RGPD-001: each personal data item held in a contact is pointed out. */
final class DonneesPersonnellesSignalees extends ClsRule {
  /**
   * The accessors of Contact marked @DonneePersonnelle, found by reflection so that a property
   * marked later is covered without changing this rule, in the order of the JSON format. Read on
   * the first contract that has a contact: reading annotations costs a fresh JVM a proxy class per
   * annotation type, which a contract without contacts need not pay.
   */
  private static final class Marquees {
    static final List<Method> LISTE = marquees();
  }

  DonneesPersonnellesSignalees() {
    super("CLS-RGPD-001", Severity.INFO);
  }

  /** Returns the JSON names of the contact's personal properties, in the order of the format. */
  static List<String> proprietes() {
    return Marquees.LISTE.stream().map(DonneesPersonnellesSignalees::nomJson).toList();
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int i = 0; i < c.acteurs().size(); i++) {
      Acteur acteur = c.acteurs().get(i);
      if (acteur.contact().isPresent()) {
        signaler(ctx, acteur.contact().get(), "acteur", acteur.nom(), "acteurs", i, "contact");
      }
    }
    c.coordination().flatMap(co -> co.contact())
        .ifPresent(contact -> signaler(ctx, contact, "coordination", "", "coordination", "contact"));
  }

  private static void signaler(RuleContext ctx, Contact contact, String titulaire, String nom,
      Object... chemin) {
    for (Method m : Marquees.LISTE) {
      if (present(lire(m, contact))) {
        Object[] segments = Arrays.copyOf(chemin, chemin.length + 1);
        segments[chemin.length] = nomJson(m);
        ctx.report(Pointer.of(segments), titulaire, nom, nomJson(m));
      }
    }
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

  // Arguments: the holder (acteur or coordination), the actor's name (empty for the coordination)
  // and the JSON property.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 3) {
      return super.message(locale, arguments);
    }
    String titulaire;
    try {
      titulaire = format(text(locale, id() + ".titulaire." + arguments.get(0)), arguments);
    } catch (MissingResourceException e) {
      titulaire = arguments.get(0);
    }
    return super.message(locale, List.of(titulaire, arguments.get(2)));
  }
}
