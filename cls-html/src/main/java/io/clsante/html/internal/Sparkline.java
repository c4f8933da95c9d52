package io.clsante.html.internal;

import io.clsante.model.Indicateur;
import io.clsante.model.TypeValeur;
import io.clsante.model.ValeurIndicateur;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A small chart of the values of an indicator over time, when it has at least two dated numbers. */
public final class Sparkline {
  /** Width of the drawing. */
  public static final int WIDTH = 160;
  /** Height of the drawing. */
  public static final int HEIGHT = 44;
  private static final int PAD = 6;

  /**
   * A value on the chart.
   *
   * @param x its position in time
   * @param y its position in value
   * @param kind {@code reference}, {@code cible} or {@code realise}
   * @param title what a screen reader or a hover says
   */
  public record Point(double x, double y, String kind, String title) {}

  private final List<Point> points = new ArrayList<>();
  private final String line;

  Sparkline(Indicateur indicateur, Texts texts) {
    List<ValeurIndicateur> values = indicateur.valeurs().stream().filter(v -> v.nombre().isPresent())
        .sorted(Comparator.comparing(ValeurIndicateur::date)).toList();
    if (values.size() < 2) {
      line = "";
      return;
    }
    LocalDate first = values.get(0).date();
    LocalDate last = values.get(values.size() - 1).date();
    double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    double min = Math.min(0, values.stream().mapToDouble(v -> v.nombre().get().doubleValue()).min().orElse(0));
    double max = values.stream().mapToDouble(v -> v.nombre().get().doubleValue()).max().orElse(1);
    double range = max - min == 0 ? 1 : max - min;
    for (ValeurIndicateur v : values) {
      BigDecimal n = v.nombre().get();
      double x = PAD + (WIDTH - 2 * PAD) * ChronoUnit.DAYS.between(first, v.date()) / days;
      double y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * (n.doubleValue() - min) / range;
      points.add(new Point(x, y, v.type().name().toLowerCase(java.util.Locale.ROOT),
          texts.code(v.type()) + ", " + texts.date(v.date()) + " : " + texts.number(n)));
    }
    line = points.stream().filter(p -> p.kind().equals(TypeValeur.REALISE.name().toLowerCase(java.util.Locale.ROOT)))
        .map(p -> String.format(java.util.Locale.ROOT, "%.1f,%.1f", p.x(), p.y()))
        .collect(Collectors.joining(" "));
  }

  /**
   * Returns the values on the chart.
   *
   * @return the points, in time order
   */
  public List<Point> points() {
    return points;
  }

  /**
   * Returns the line through the achieved values.
   *
   * @return SVG points, empty when fewer than two achieved values
   */
  public String line() {
    return line.contains(" ") ? line : "";
  }

  /**
   * Returns whether there is a chart to draw.
   *
   * @return {@code true} with at least two dated numbers
   */
  public boolean isEmpty() {
    return points.isEmpty();
  }
}
