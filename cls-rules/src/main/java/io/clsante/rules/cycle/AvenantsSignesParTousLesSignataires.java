package io.clsante.rules.cycle;

import io.clsante.model.Acteur;
import io.clsante.model.Avenant;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
import io.clsante.model.SignatureAvenant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** CLS-CYC-004: an amendment is signed by every signatory in force at its date. */
final class AvenantsSignesParTousLesSignataires extends ClsRule {
  AvenantsSignesParTousLesSignataires() {
    super("CLS-CYC-004", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int i = 0; i < c.avenants().size(); i++) {
      Avenant avenant = c.avenants().get(i);
      // In force: the SIGNATAIRE parties (not the associated co-signatories) that had signed by the
      // amendment's date, and the actors added by amendments of an earlier date. An id that names no
      // actor is CLS-REF-002's business.
      Set<String> enVigueur = new LinkedHashSet<>();
      for (Signataire s : c.signataires()) {
        if (s.role() == RoleSignataire.SIGNATAIRE
            && s.dateSignature().map(d -> !d.isAfter(avenant.date())).orElse(true)) {
          enVigueur.add(s.acteur());
        }
      }
      for (Avenant precedent : c.avenants()) {
        if (precedent.date().isBefore(avenant.date())) {
          enVigueur.addAll(precedent.acteursAjoutes());
        }
      }
      Set<String> signes = avenant.signatures().stream().map(SignatureAvenant::acteur)
          .collect(Collectors.toSet());
      for (String id : enVigueur) {
        Optional<Acteur> acteur = ctx.acteur(id);
        if (!signes.contains(id) && acteur.isPresent()) {
          ctx.report(Pointer.of("avenants", i, "signatures"), avenant.numero(), avenant.date(),
              acteur.get().nom());
        }
      }
    }
  }
}
