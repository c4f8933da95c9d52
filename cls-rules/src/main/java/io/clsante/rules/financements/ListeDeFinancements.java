package io.clsante.rules.financements;

import io.clsante.model.Financement;
import io.clsante.model.Montant;
import io.clsante.model.Operation;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The fundings and the budget of a fiche, or of one of its operations, with their place: the rules
 * on money walk both alike.
 *
 * @param fiche the fiche
 * @param operation the index of the operation in the fiche's {@code operations}, or -1 for the fiche
 */
record ListeDeFinancements(FichePlacee fiche, int operation) {

  /** Every list of the contract: each fiche's, then its operations', in document order. */
  static List<ListeDeFinancements> toutes(RuleContext ctx) {
    List<ListeDeFinancements> listes = new ArrayList<>();
    for (FichePlacee p : ctx.fiches()) {
      listes.add(new ListeDeFinancements(p, -1));
      for (int o = 0; o < p.fiche().operations().size(); o++) {
        listes.add(new ListeDeFinancements(p, o));
      }
    }
    return listes;
  }

  private Optional<Operation> op() {
    return operation < 0 ? Optional.empty() : Optional.of(fiche.fiche().operations().get(operation));
  }

  /** The fundings. */
  List<Financement> financements() {
    return op().map(Operation::financements).orElse(fiche.fiche().financements());
  }

  /** The budget: the fiche's planned budget, or the operation's budget. */
  Optional<Montant> budget() {
    return operation < 0 ? fiche.fiche().budgetPrevisionnel() : op().get().budget();
  }

  /**
   * Gives each amount of the list — each funding's, then the budget — with its pointer, in document
   * order. A pointer is written only when the action asks for it: most amounts are right.
   *
   * @param action what to do with a pointer, written on demand, and its amount
   */
  void montants(BiConsumer<Supplier<String>, Montant> action) {
    for (int n = 0; n < financements().size(); n++) {
      int rang = n;
      financements().get(n).montant().ifPresent(m -> action.accept(() -> pointer("financements", rang, "montant"), m));
    }
    budget().ifPresent(m -> action.accept(() -> pointer(operation < 0 ? "budgetPrevisionnel" : "budget"), m));
  }

  /** What a message names: the fiche's code, or "code – operation's title". */
  String sujet() {
    return op().map(o -> fiche.fiche().code() + " – " + o.intitule()).orElse(fiche.fiche().code());
  }

  /** The pointer of a value below the fiche or the operation, for example {@code "financements", 0}. */
  String pointer(Object... below) {
    if (operation < 0) {
      return fiche.pointer(below);
    }
    Object[] all = Arrays.copyOf(new Object[] {"operations", operation}, 2 + below.length);
    System.arraycopy(below, 0, all, 2, below.length);
    return fiche.pointer(all);
  }
}
