package io.clsante.rules.referentiel;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The order of the lists of this package: by the text of the code. For identifiers of one kind it
 * is the order of {@link io.clsante.model.id.IdentifiantOfficiel#compareTo}, computed without its
 * class-name comparison. Lists read from the bundled resource are already sorted, so each method
 * first checks the order in one pass and sorts only when needed.
 */
final class CodeOrder {
  private CodeOrder() {}

  /** Returns an unmodifiable copy sorted by code; rejects null elements. */
  static <T> List<T> sorted(Collection<T> values, Function<? super T, ?> code) {
    List<T> list = List.copyOf(values);
    Comparator<T> byCode = Comparator.comparing(value -> code.apply(value).toString());
    return isIncreasing(list, byCode, false) ? list : list.stream().sorted(byCode).toList();
  }

  /** Returns an unmodifiable copy of the codes, sorted, without duplicates; rejects nulls. */
  static <T> List<T> sortedDistinct(Collection<T> codes) {
    List<T> list = List.copyOf(codes);
    Comparator<T> byText = Comparator.comparing(Object::toString);
    return isIncreasing(list, byText, true) ? list : list.stream().sorted(byText).distinct().toList();
  }

  /** Tells whether each element comes after the one before it (or is equal to it, when not strict). */
  private static <T> boolean isIncreasing(List<T> list, Comparator<T> order, boolean strict) {
    return IntStream.range(1, list.size()).allMatch(i -> {
      int c = order.compare(list.get(i - 1), list.get(i));
      return strict ? c < 0 : c <= 0;
    });
  }
}
