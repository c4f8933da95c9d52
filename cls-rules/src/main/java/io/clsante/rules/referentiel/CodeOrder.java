package io.clsante.rules.referentiel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
    List<T> list = new ArrayList<>(values);
    if (!isIncreasing(list, code)) {
      list.sort(Comparator.comparing(value -> code.apply(value).toString()));
    }
    return List.copyOf(list);
  }

  /** Returns an unmodifiable copy of the codes, sorted, without duplicates; rejects nulls. */
  static <T> List<T> sortedDistinct(Collection<T> codes) {
    List<T> list = new ArrayList<>(codes);
    if (!isStrictlyIncreasing(list)) {
      list.sort(Comparator.comparing(Object::toString));
      List<T> distinct = new ArrayList<>(list.size());
      for (T code : list) {
        if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(code)) {
          distinct.add(code);
        }
      }
      list = distinct;
    }
    return List.copyOf(list);
  }

  // Two loops rather than one taking a Function: sortedDistinct runs when the first EPCI is built,
  // often in a fresh JVM, where the first use of a lambda costs milliseconds.

  private static <T> boolean isIncreasing(List<T> list, Function<? super T, ?> code) {
    String previous = null;
    for (T value : list) {
      String text = code.apply(value).toString();
      if (previous != null && previous.compareTo(text) > 0) {
        return false;
      }
      previous = text;
    }
    return true;
  }

  private static boolean isStrictlyIncreasing(List<?> list) {
    String previous = null;
    for (Object value : list) {
      String text = value.toString();
      if (previous != null && previous.compareTo(text) >= 0) {
        return false;
      }
      previous = text;
    }
    return true;
  }
}
