package io.clsante.tableur;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.BaseTaxe;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EntiteCls;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.StatutFinancement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the rows of the data sheet to a contract: axes and their strategic objectives, fiches and
 * their operations, with a note for every cell it cannot map or finds ambiguous. One instance reads
 * one sheet; not thread-safe.
 */
final class Lecture {
  private final Classeur.Feuille feuille;
  private final Metadonnees metadonnees;
  private final boolean personnel;
  private final List<Note> notes = new ArrayList<>();
  private final Map<Integer, Colonne> colonnes = new HashMap<>();
  private final EnumMap<Colonne, Integer> index = new EnumMap<>(Colonne.class);
  private final Map<String, AxeLu> axes = new LinkedHashMap<>();
  private final Map<String, Acteur> acteurs = new LinkedHashMap<>();
  private final Map<String, String> reconnus = new HashMap<>();
  private final java.util.Set<String> ambigus = new java.util.HashSet<>();
  private final EnumMap<Colonne, Integer> personnesIgnorees = new EnumMap<>(Colonne.class);
  private AxeLu dernierAxe;

  Lecture(Classeur.Feuille feuille, Metadonnees metadonnees, boolean personnel) {
    this.feuille = feuille;
    this.metadonnees = metadonnees;
    this.personnel = personnel;
    for (Acteur a : metadonnees.contrat().acteurs()) {
      acteurs.put(a.id(), a);
      if (reconnus.putIfAbsent(Colonne.normaliser(a.nom()), a.id()) != null) {
        ambigus.add(Colonne.normaliser(a.nom()));
      }
      a.sigle().ifPresent(s -> reconnus.putIfAbsent(Colonne.normaliser(s), a.id()));
      reconnus.putIfAbsent(Colonne.normaliser(a.id()), a.id());
    }
  }

  /** An axis as read so far. */
  private static final class AxeLu {
    final int numero;
    final String intitule;
    final Map<String, ObjectifStrategique> objectifs = new LinkedHashMap<>();
    final Map<String, FicheLue> fiches = new LinkedHashMap<>();

    AxeLu(int numero, String intitule) {
      this.numero = numero;
      this.intitule = intitule;
    }
  }

  /** A fiche as read so far: its builder, its operations, its indicators. */
  private static final class FicheLue {
    final String id;
    final FicheAction.Builder builder;
    final List<Operation> operations = new ArrayList<>();
    final List<Indicateur> indicateurs = new ArrayList<>();
    boolean ligneLue;

    FicheLue(String id, FicheAction.Builder builder) {
      this.id = id;
      this.builder = builder;
    }
  }

  ResultatImport lire() {
    List<Classeur.Ligne> lignes = feuille.lignes();
    Optional<String> titre = lignes.stream().filter(l -> l.numero() == 1).findFirst()
        .flatMap(l -> l.cellules().values().stream().map(Cellule::texteNet).flatMap(Optional::stream).findFirst());
    entetes(lignes.stream().filter(l -> l.numero() == 2).findFirst().orElseThrow());
    for (Classeur.Ligne ligne : lignes) {
      if (ligne.numero() >= 4) {
        ligne(ligne);
      }
    }
    personnesIgnorees.forEach((c, n) -> notes.add(new Note(feuille.nom(), "personnel.ignore",
        List.of(c.libelle(), n))));
    return new ResultatImport(contrat(titre), notes);
  }

  private void note(Cellule c, String cle, Object... arguments) {
    notes.add(new Note(feuille.nom() + "!" + c.ref(), cle, List.of(arguments)));
  }

  private void entetes(Classeur.Ligne ligne) {
    Map<String, Colonne> connues = new HashMap<>();
    int montants = 0;
    for (Map.Entry<Integer, Cellule> e : ligne.cellules().entrySet()) {
      Optional<String> texte = e.getValue().texteNet();
      if (texte.isEmpty()) {
        continue;
      }
      String libelle = Colonne.normaliser(texte.get());
      Colonne colonne = null;
      if (libelle.equals(Colonne.normaliser(Colonne.MONTANT_1.libelle()))) {
        colonne = montants < 3 ? List.of(Colonne.MONTANT_1, Colonne.MONTANT_2, Colonne.MONTANT_3).get(montants) : null;
        montants++;
      } else {
        if (connues.isEmpty()) {
          for (Colonne c : Colonne.values()) {
            connues.putIfAbsent(Colonne.normaliser(c.libelle()), c);
          }
        }
        colonne = connues.get(libelle);
      }
      if (colonne == null || index.containsKey(colonne)) {
        note(e.getValue(), "colonne.inconnue", texte.get());
      } else {
        colonnes.put(e.getKey(), colonne);
        index.put(colonne, e.getKey());
      }
    }
    if (!index.containsKey(Colonne.TITRE_ACTION)) {
      throw new TableurException("fichier.colonneTitre", feuille.nom(), Colonne.TITRE_ACTION.libelle());
    }
    for (Colonne c : Colonne.values()) {
      if (c.ordinal() <= Colonne.DATE_FIN.ordinal() && !index.containsKey(c)) {
        notes.add(new Note(feuille.nom(), "colonne.absente", List.of(c.libelle())));
      }
    }
  }

  private Optional<Cellule> cellule(Classeur.Ligne ligne, Colonne colonne) {
    Integer i = index.get(colonne);
    return i == null ? Optional.empty() : Optional.ofNullable(ligne.cellule(i));
  }

  /** The text of a cell, or empty; a cell in error or a formula without value is reported. */
  private Optional<String> texte(Classeur.Ligne ligne, Colonne colonne) {
    Optional<Cellule> c = cellule(ligne, colonne);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Cellule cell = c.get();
    if (cell.erreur() != null) {
      note(cell, cell.erreur().isEmpty() ? "cellule.formule" : "cellule.erreur", colonne.libelle(), cell.erreur());
      return Optional.empty();
    }
    Optional<String> t = cell.texteNet();
    if (t.isEmpty() && cell.nombre() != null) {
      t = Optional.of(cell.date() ? Valeurs.date(cell).map(d -> d.date().toString())
          .orElse(cell.nombre().toPlainString()) : Valeurs.net(cell.nombre()).toPlainString());
    }
    if (t.isPresent() && cell.lien() != null && !t.get().equals(cell.lien())) {
      t = Optional.of(t.get() + " (" + cell.lien() + ")");
    } else if (t.isEmpty() && cell.lien() != null) {
      t = Optional.of(cell.lien());
    }
    return t;
  }

  private void ligne(Classeur.Ligne ligne) {
    boolean connue = ligne.cellules().keySet().stream().anyMatch(colonnes::containsKey);
    if (!connue) {
      return;
    }
    Optional<String> axeTexte = texte(ligne, Colonne.AXE);
    AxeLu axe;
    if (axeTexte.isPresent()) {
      axe = axe(axeTexte.get(), cellule(ligne, Colonne.AXE).orElseThrow());
    } else if (dernierAxe != null) {
      axe = dernierAxe;
      notes.add(new Note(feuille.nom() + "!" + refDe(Colonne.AXE, ligne), "axe.repris", List.of(axe.numero)));
    } else {
      notes.add(new Note(feuille.nom() + "!" + refDe(Colonne.AXE, ligne), "axe.absent", List.of()));
      return;
    }
    dernierAxe = axe;
    Optional<String> objectif = texte(ligne, Colonne.SOUS_AXE).map(t -> objectifStrategique(axe, t));
    Optional<String> titre = texte(ligne, Colonne.TITRE_ACTION);
    Optional<String> sousAction = texte(ligne, Colonne.TITRE_SOUS_ACTION);
    if (titre.isEmpty()) {
      if (sousAction.isPresent()) {
        note(cellule(ligne, Colonne.TITRE_SOUS_ACTION).orElseThrow(), "sousAction.sansAction");
      }
      return;
    }
    FicheLue fiche = fiche(axe, titre.get(), cellule(ligne, Colonne.TITRE_ACTION).orElseThrow());
    objectif.ifPresent(fiche.builder::objectifStrategique);
    if (sousAction.isPresent()) {
      operation(fiche, sousAction.get(), ligne);
    } else if (fiche.ligneLue) {
      note(cellule(ligne, Colonne.TITRE_ACTION).orElseThrow(), "action.double", titre.get());
    } else {
      fiche.ligneLue = true;
      contenuFiche(fiche, ligne);
    }
  }

  private String refDe(Colonne colonne, Classeur.Ligne ligne) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(index.getOrDefault(colonne, 0)) + ligne.numero();
  }

  private AxeLu axe(String texte, Cellule cellule) {
    String cle = Colonne.normaliser(texte);
    AxeLu lu = axes.get(cle);
    if (lu != null) {
      return lu;
    }
    Optional<Valeurs.Numerote> n = Valeurs.numerote(texte);
    int ecrit = n.map(x -> Valeurs.premier(x.numero())).orElse(0);
    int suivant = axes.values().stream().mapToInt(a -> a.numero).max().orElse(0) + 1;
    int numero = ecrit;
    if (n.isEmpty()) {
      note(cellule, "axe.sansNumero", texte, suivant);
      numero = suivant;
    } else if (ecrit < 1 || axes.values().stream().anyMatch(a -> a.numero == ecrit)) {
      note(cellule, "axe.numeroDouble", texte, suivant);
      numero = suivant;
    }
    lu = new AxeLu(numero, n.map(Valeurs.Numerote::titre).orElse(texte.strip()));
    axes.put(cle, lu);
    return lu;
  }

  /** Declares a strategic objective of the axis and returns its id. */
  private String objectifStrategique(AxeLu axe, String texte) {
    String cle = Colonne.normaliser(texte);
    ObjectifStrategique os = axe.objectifs.get(cle);
    if (os == null) {
      Optional<Valeurs.Numerote> n = Valeurs.numerote(texte);
      ObjectifStrategique.Builder b = ObjectifStrategique.builder()
          .id("os-" + axe.numero + "-" + (axe.objectifs.size() + 1))
          .intitule(n.map(Valeurs.Numerote::titre).orElse(texte.strip()));
      n.ifPresent(x -> b.numero(x.numero()));
      os = b.build();
      axe.objectifs.put(cle, os);
    }
    return os.id().orElseThrow();
  }

  private FicheLue fiche(AxeLu axe, String titre, Cellule cellule) {
    String cle = Colonne.normaliser(titre);
    FicheLue lue = axe.fiches.get(cle);
    if (lue != null) {
      return lue;
    }
    int rang = axe.fiches.size() + 1;
    String id = "fa-" + axe.numero + "-" + rang;
    Optional<Valeurs.Numerote> n = Valeurs.numerote(titre);
    String code = n.map(Valeurs.Numerote::code).orElse("FA " + axe.numero + "." + rang);
    if (n.isEmpty()) {
      note(cellule, "action.sansNumero", code);
    }
    FicheAction.Builder b = FicheAction.builder().id(id).code(code)
        .intitule(n.map(Valeurs.Numerote::titre).orElse(titre.strip()));
    lue = new FicheLue(id, b);
    axe.fiches.put(cle, lue);
    return lue;
  }

  /** What a row says that a fiche and an operation both hold. */
  private final class Contenu {
    final ObjectNode extension = JsonNodeFactory.instance.objectNode();
    final List<Intervenant> porteurs = new ArrayList<>();
    final List<Intervenant> partenaires = new ArrayList<>();
    final List<Financement> financements = new ArrayList<>();
    Optional<String> description = Optional.empty();
    Optional<Montant> budget = Optional.empty();
    Optional<Periode> calendrier = Optional.empty();
    Optional<io.clsante.model.StatutFiche> statut = Optional.empty();
    List<String> indicateurs = List.of();

    Contenu(Classeur.Ligne ligne) {
      description = texte(ligne, Colonne.DESCRIPTIF);
      indicateurs = texte(ligne, Colonne.INDICATEURS).map(Valeurs::liste).orElse(List.of());
      texte(ligne, Colonne.STRUCTURE_PILOTE).map(Valeurs::liste).orElse(List.of())
          .forEach(s -> porteurs.add(intervenant(s, cellule(ligne, Colonne.STRUCTURE_PILOTE).orElseThrow())));
      texte(ligne, Colonne.PARTENAIRES).map(Valeurs::liste).orElse(List.of())
          .forEach(s -> partenaires.add(intervenant(s, cellule(ligne, Colonne.PARTENAIRES).orElseThrow())));
      texte(ligne, Colonne.SERVICE_PILOTE).ifPresent(service -> {
        if (porteurs.isEmpty()) {
          note(cellule(ligne, Colonne.SERVICE_PILOTE).orElseThrow(), "service.sansPorteur");
          extension.put("directionOuServicePilote", service);
        } else {
          porteurs.set(0, Intervenant.builder().from(porteurs.get(0)).service(service).build());
        }
      });
      personne(ligne, Colonne.PERSONNE_PILOTE);
      personne(ligne, Colonne.ELU_REFERENT);
      financements(ligne);
      cellule(ligne, Colonne.BUDGET).ifPresent(c -> montant(c).ifPresent(m -> budget = Optional.of(m)));
      texte(ligne, Colonne.STATUT).ifPresent(s -> {
        statut = Valeurs.statut(s);
        if (statut.isEmpty()) {
          note(cellule(ligne, Colonne.STATUT).orElseThrow(), "statut.inconnu", s);
        }
      });
      calendrier(ligne);
      texte(ligne, Colonne.PARTICIPATION).ifPresent(p -> {
        Optional<String> v = Valeurs.participation(p);
        if (v.isEmpty()) {
          note(cellule(ligne, Colonne.PARTICIPATION).orElseThrow(), "participation.inconnue", p);
        }
        extension.put(Colonne.PARTICIPATION.extension(), v.orElse(p));
      });
      for (Colonne c : Colonne.values()) {
        if (c.extension() != null && c != Colonne.PARTICIPATION && c != Colonne.CALENDRIER) {
          texte(ligne, c).ifPresent(t -> extension.put(c.extension(), t));
        }
      }
    }

    private void personne(Classeur.Ligne ligne, Colonne colonne) {
      Optional<Cellule> c = cellule(ligne, colonne).filter(x -> !x.vide());
      if (c.isEmpty()) {
        return;
      }
      if (!personnel) {
        personnesIgnorees.merge(colonne, 1, Integer::sum);
        return;
      }
      Optional<String> nom = c.get().texteNet();
      Optional<Acteur> acteur = porteurs.stream().flatMap(p -> p.acteur().stream()).findFirst().map(acteurs::get);
      if (nom.isEmpty() || acteur.isEmpty()) {
        note(c.get(), "personnel.sansActeur", colonne.libelle());
        return;
      }
      Acteur a = acteur.get();
      Optional<String> deja = a.contact().flatMap(Contact::nom);
      if (deja.isPresent()) {
        if (!deja.get().equals(nom.get())) {
          note(c.get(), "personnel.occupe", colonne.libelle(), a.nom());
        }
        return;
      }
      Contact.Builder contact = Contact.builder();
      a.contact().ifPresent(contact::from);
      if (a.contact().flatMap(Contact::fonction).isEmpty()) {
        contact.fonction(colonne.libelle());
      }
      acteurs.put(a.id(), Acteur.builder().from(a).contact(contact.nom(nom.get()).build()).build());
      note(c.get(), "personnel.importe", colonne.libelle(), a.nom());
    }

    private void financements(Classeur.Ligne ligne) {
      List<Colonne[]> paires = List.of(new Colonne[] {Colonne.FINANCEUR_1, Colonne.MONTANT_1},
          new Colonne[] {Colonne.FINANCEUR_2, Colonne.MONTANT_2}, new Colonne[] {Colonne.FINANCEUR_3, Colonne.MONTANT_3});
      for (Colonne[] paire : paires) {
        Optional<String> financeur = texte(ligne, paire[0]);
        Optional<Montant> montant = cellule(ligne, paire[1]).flatMap(Lecture.this::montant);
        if (financeur.isEmpty() && montant.isEmpty()) {
          continue;
        }
        Financement.Builder f = Financement.builder()
            .statut(montant.isPresent() ? StatutFinancement.PREVISIONNEL : StatutFinancement.FINANCEUR_IDENTIFIE);
        financeur.map(t -> intervenant(t, cellule(ligne, paire[0]).orElseThrow())).ifPresent(f::financeur);
        montant.ifPresent(f::montant);
        financements.add(f.build());
      }
    }

    private void calendrier(Classeur.Ligne ligne) {
      Optional<Valeurs.DateLue> debut = cellule(ligne, Colonne.DATE_DEBUT).flatMap(c -> date(c));
      Optional<Valeurs.DateLue> fin = cellule(ligne, Colonne.DATE_FIN).flatMap(c -> date(c));
      Optional<String> libelle = texte(ligne, Colonne.CALENDRIER);
      if (debut.isPresent()) {
        Periode.Builder p = Periode.builder().debut(debut.get().date());
        fin.ifPresent(f -> p.fin(f.date()));
        libelle.ifPresent(p::libelle);
        calendrier = Optional.of(p.build());
      } else {
        if (fin.isPresent()) {
          note(cellule(ligne, Colonne.DATE_FIN).orElseThrow(), "date.finSeule", fin.get().date());
          extension.put("dateDeFin", fin.get().date().toString());
        }
        libelle.ifPresent(l -> extension.put(Colonne.CALENDRIER.extension(), l));
      }
    }

    Optional<Extensions> extensions() {
      return extension.isEmpty() ? Optional.empty()
          : Optional.of(Extensions.of(JsonNodeFactory.instance.objectNode().set(Colonne.EXTENSION, extension)));
    }
  }

  private Optional<Valeurs.DateLue> date(Cellule c) {
    if (c.erreur() != null) {
      note(c, c.erreur().isEmpty() ? "cellule.formule" : "cellule.erreur", "date", c.erreur());
      return Optional.empty();
    }
    if (c.vide()) {
      return Optional.empty();
    }
    Optional<Valeurs.DateLue> d = Valeurs.date(c);
    if (d.isEmpty()) {
      note(c, "date.illisible", c.texteNet().orElse(c.nombre() == null ? "" : c.nombre().toPlainString()));
    } else if (d.get().cle() != null) {
      note(c, d.get().cle(), d.get().arguments().toArray());
    }
    return d;
  }

  private Optional<Montant> montant(Cellule c) {
    if (c.erreur() != null) {
      note(c, c.erreur().isEmpty() ? "cellule.formule" : "cellule.erreur", "montant", c.erreur());
      return Optional.empty();
    }
    if (c.vide()) {
      return Optional.empty();
    }
    Optional<BigDecimal> v = Valeurs.montant(c);
    if (v.isEmpty()) {
      note(c, "montant.illisible", c.texteNet().orElse(""));
      return Optional.empty();
    }
    if (c.nombre() == null) {
      note(c, "montant.texte", c.texteNet().orElse(""), v.get().toPlainString());
    }
    return Optional.of(Montant.builder().valeur(v.get()).taxe(BaseTaxe.HT).build());
  }

  /** The contract itself, its coordination, a declared actor by its name, acronym or id, or free text. */
  private Intervenant intervenant(String texte, Cellule cellule) {
    String n = Colonne.normaliser(texte);
    if (ambigus.contains(n)) {
      note(cellule, "acteur.ambigu", texte, reconnus.get(n));
    }
    if (n.equals(Colonne.normaliser(TetExport.CONTRAT))) {
      return Intervenant.builder().cls(EntiteCls.CONTRAT).build();
    }
    if (n.equals(Colonne.normaliser(TetExport.COORDINATION))) {
      return Intervenant.builder().cls(EntiteCls.COORDINATION).build();
    }
    String id = reconnus.get(n);
    return id != null ? Intervenant.of(id) : Intervenant.builder().libelle(texte).build();
  }

  private void contenuFiche(FicheLue fiche, Classeur.Ligne ligne) {
    Contenu c = new Contenu(ligne);
    FicheAction.Builder b = fiche.builder;
    c.description.ifPresent(b::description);
    texte(ligne, Colonne.OBJECTIFS).ifPresent(t -> objectifs(t, b, cellule(ligne, Colonne.OBJECTIFS).orElseThrow()));
    b.porteurs(c.porteurs).partenaires(c.partenaires).financements(c.financements);
    c.budget.ifPresent(b::budgetPrevisionnel);
    c.calendrier.ifPresent(b::calendrier);
    c.statut.ifPresent(b::statut);
    texte(ligne, Colonne.PRIORITE).ifPresent(p -> {
      Optional<io.clsante.model.Priorite> v = Valeurs.priorite(p);
      v.ifPresentOrElse(b::priorite, () -> note(cellule(ligne, Colonne.PRIORITE).orElseThrow(), "priorite.inconnue", p));
    });
    c.extensions().ifPresent(b::extensions);
    indicateurs(fiche, c.indicateurs, Optional.empty());
  }

  private void operation(FicheLue fiche, String titre, Classeur.Ligne ligne) {
    Contenu c = new Contenu(ligne);
    String id = fiche.id + "-op-" + (fiche.operations.size() + 1);
    Operation.Builder b = Operation.builder().id(id).intitule(titre);
    c.description.ifPresent(b::description);
    texte(ligne, Colonne.OBJECTIFS).ifPresent(t -> c.extension.put("objectifs", t));
    b.porteurs(c.porteurs).partenaires(c.partenaires).financements(c.financements);
    c.budget.ifPresent(b::budget);
    c.calendrier.ifPresent(b::calendrier);
    c.statut.ifPresent(b::statut);
    texte(ligne, Colonne.PRIORITE).ifPresent(p -> note(cellule(ligne, Colonne.PRIORITE).orElseThrow(),
        "priorite.operation", p));
    c.extensions().ifPresent(b::extensions);
    fiche.operations.add(b.build());
    indicateurs(fiche, c.indicateurs, Optional.of(id));
  }

  private void indicateurs(FicheLue fiche, List<String> libelles, Optional<String> operation) {
    for (String libelle : libelles) {
      String id = fiche.id.replaceFirst("^fa-", "ind-") + "-" + (fiche.indicateurs.size() + 1);
      Indicateur.Builder i = Indicateur.builder().id(id).libelle(libelle).nature(nature(libelle));
      operation.ifPresent(i::operation);
      fiche.indicateurs.add(i.build());
    }
  }

  private static final Pattern QUANTITATIF = Pattern.compile(
      "(?iu)^(nombre|nb|taux|part|pourcentage|proportion|montant|durée|délai|%|\\d).*");

  /** An indicator whose wording counts or measures is quantitative; any other, qualitative. */
  static NatureIndicateur nature(String libelle) {
    return QUANTITATIF.matcher(libelle.strip()).matches() ? NatureIndicateur.QUANTITATIF : NatureIndicateur.QUALITATIF;
  }

  private static final Pattern OBJECTIF = Pattern.compile(
      "(?iu)objectifs?\\s+(g[ée]n[ée]ral|sp[ée]cifiques?|op[ée]rationnels?)\\s*(?:n°\\s*)?[\\d.]*\\s*:");

  /**
   * Reads the objectives tree written as {@code Objectif général : … Objectif spécifique 1 : …
   * Objectif opérationnel 1.1 : …}; any other text is the general objective, reported.
   */
  private void objectifs(String texte, FicheAction.Builder b, Cellule cellule) {
    Matcher m = OBJECTIF.matcher(texte);
    List<String[]> parties = new ArrayList<>();
    int fin = -1;
    String genre = null;
    int debut = 0;
    while (m.find()) {
      if (genre == null && !texte.substring(0, m.start()).isBlank()) {
        break;
      }
      if (genre != null) {
        parties.add(new String[] {genre, texte.substring(debut, m.start())});
      }
      genre = Colonne.normaliser(m.group(1)).substring(0, 3);
      debut = m.end();
      fin = m.end();
    }
    if (genre == null) {
      note(cellule, "objectifs.libres");
      b.objectifGeneral(texte.strip());
      return;
    }
    parties.add(new String[] {genre, texte.substring(fin)});
    List<ObjectifSpecifique.Builder> specifiques = new ArrayList<>();
    for (String[] p : parties) {
      String t = p[1].strip().replaceAll("[\\s;,]+$", "");
      if (t.isEmpty()) {
        continue;
      }
      switch (p[0]) {
        case "gen" -> b.objectifGeneral(t);
        case "spe" -> specifiques.add(ObjectifSpecifique.builder().libelle(t));
        default -> {
          if (specifiques.isEmpty()) {
            b.addObjectifsOperationnels(t);
          } else {
            specifiques.get(specifiques.size() - 1).addObjectifsOperationnels(t);
          }
        }
      }
    }
    specifiques.forEach(s -> b.addObjectifsSpecifiques(s.build()));
  }

  private ContratLocalDeSante contrat(Optional<String> titre) {
    ContratLocalDeSante meta = metadonnees.contrat();
    ContratLocalDeSante.Builder c = ContratLocalDeSante.builder().from(meta);
    if (metadonnees.absentes().contains("intitule")) {
      String intitule = titre.orElse(feuille.nom());
      c.intitule(intitule);
      notes.add(new Note("", "meta.intitule", List.of(intitule)));
    }
    List<String> manquent = metadonnees.absentes().stream().filter(a -> !a.equals("intitule")).toList();
    if (!manquent.isEmpty()) {
      notes.add(new Note("", "meta.absentes", List.of(String.join(", ", manquent))));
    }
    if (!meta.axes().isEmpty()) {
      notes.add(new Note("", "meta.axes", List.of(meta.axes().size())));
    }
    List<Axe> liste = new ArrayList<>();
    for (AxeLu a : axes.values()) {
      Axe.Builder ab = Axe.builder().id("axe-" + a.numero).numero(a.numero).intitule(a.intitule)
          .objectifsStrategiques(a.objectifs.values());
      for (FicheLue f : a.fiches.values()) {
        ab.addFiches(f.builder.operations(f.operations).indicateurs(f.indicateurs).build());
      }
      liste.add(ab.build());
    }
    liste.sort(java.util.Comparator.comparingInt(Axe::numero));
    c.axes(liste);
    c.acteurs(acteurs.values());
    return c.build();
  }
}
