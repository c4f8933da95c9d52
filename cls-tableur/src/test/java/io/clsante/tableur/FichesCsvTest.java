package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FichesCsvTest {
  private static String csv(ContratLocalDeSante c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FichesCsv.ecrire(c, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ecrire_oneRowPerFicheAndOperation_afterTheHeader() throws IOException {
    ContratLocalDeSante c = ContratGenerator.standard().generate(7, 12);
    String csv = csv(c);
    assertTrue(csv.startsWith("\uFEFF\"contrat\",\"type\",\"axe\",\"axe_intitule\",\"fiche\",\"id\",\"intitule\""), csv);
    long fiches = c.axes().stream().mapToLong(a -> a.fiches().size()).sum();
    long operations = c.axes().stream().flatMap(a -> a.fiches().stream()).mapToLong(f -> f.operations().size()).sum();
    // Every field is quoted, so a record ends where "\r\n follows a closing quote.
    assertEquals(1 + fiches + operations, csv.split("\"\r\n", -1).length - 1);
    assertEquals(FichesCsv.COLONNES.size(), csv.substring(1, csv.indexOf("\r\n")).split(",").length);
  }

  @Test
  void ecrire_quotesSeparatorsQuotesAndLineBreaks() throws IOException {
    ContratLocalDeSante g = ContratGenerator.standard().generate(3, 6);
    ContratLocalDeSante c = ContratLocalDeSante.builder().from(g).axes(List.of(io.clsante.model.Axe.builder()
        .from(g.axes().get(0)).fiches(List.of(io.clsante.model.FicheAction.builder()
            .from(g.axes().get(0).fiches().get(0)).description("Une \"action\", sur\ndeux lignes").build()))
        .build())).build();
    assertTrue(csv(c).contains("\"Une \"\"action\"\", sur\ndeux lignes\""));
  }

  @Test
  void ecrire_neverWritesPersonalData() throws IOException {
    ContratLocalDeSante g = ContratGenerator.standard().generate(11, 8);
    Acteur a = g.acteurs().get(0);
    ContratLocalDeSante c = ContratLocalDeSante.builder().from(g).acteurs(List.of(Acteur.builder().from(a)
        .contact(Contact.builder().fonction("coordinatrice du CLS").nom("Personne Fictive")
            .courriel("contact@exemple.invalid").build()).build())).addAllActeurs(g.acteurs().subList(1, g.acteurs().size()))
        .build();
    String csv = csv(c);
    assertFalse(csv.contains("Personne Fictive") || csv.contains("contact@exemple.invalid"), csv);
  }
}
