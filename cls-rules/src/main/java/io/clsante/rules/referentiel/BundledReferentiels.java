package io.clsante.rules.referentiel;

import io.clsante.model.ClsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The referentials shipped as resources of this package, each read once, on first use, by the
 * initialisation of its own holder class (which the JVM runs once and thread-safely).
 */
final class BundledReferentiels {
  private BundledReferentiels() {}

  static ReferentielTerritorial cog2026() {
    if (Cog2026.FAILURE != null) {
      // A fresh exception per call, so each caller gets its own stack trace.
      throw new ClsException(Cog2026.FAILURE.getMessage(), Cog2026.FAILURE);
    }
    return Cog2026.INSTANCE;
  }

  private static final class Cog2026 {
    static final ReferentielTerritorial INSTANCE;
    static final ClsException FAILURE;

    static {
      ReferentielTerritorial loaded = null;
      ClsException failure = null;
      try {
        loaded = loadResource("cog-2026.tsv.gz", 2026);
      } catch (ClsException e) {
        failure = e;
      }
      INSTANCE = loaded;
      FAILURE = failure;
    }
  }

  static ReferentielTerritorial loadResource(String name, int millesime) {
    String path = "io/clsante/rules/referentiel/" + name;
    try (InputStream in = BundledReferentiels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ClsException("ressource " + path + " introuvable : la bibliothèque cls-rules est"
            + " mal empaquetée");
      }
      ReferentielTerritorial referentiel = ReferentielReader.read(in, path);
      if (referentiel.millesime() != millesime) {
        throw new ClsException("ressource " + path + " : millésime " + millesime + " attendu, "
            + referentiel.millesime() + " lu");
      }
      return referentiel;
    } catch (IOException e) {
      throw new ClsException("ressource " + path + " illisible : " + e.getMessage(), e);
    }
  }
}
