package io.clsante.html.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The layout of a horizontal bar chart of sums of euros, largest first as given. */
public final class Bars {
  /** Width of the drawing. */
  public static final int WIDTH = 1000;
  /** Where the bars start. */
  public static final int LEFT = 300;
  /** Longest bar. */
  public static final int MAX = 540;
  /** Height of a row. */
  public static final int ROW = 26;

  /**
   * A bar.
   *
   * @param label what the sum is for
   * @param value the sum, formatted
   * @param y top of the row
   * @param width length of the bar
   */
  public record Bar(String label, String value, double y, double width) {}

  private final List<Bar> bars = new ArrayList<>();

  Bars(Map<String, BigDecimal> sums, Texts texts) {
    BigDecimal max = sums.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    double y = 4;
    for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
      double w = max.signum() <= 0 ? 0 : Math.max(1, MAX * e.getValue().doubleValue() / max.doubleValue());
      bars.add(new Bar(e.getKey(), texts.euros(e.getValue()), y, e.getValue().signum() <= 0 ? 0 : w));
      y += ROW;
    }
  }

  /**
   * Returns the bars, top to bottom.
   *
   * @return the bars
   */
  public List<Bar> bars() {
    return bars;
  }

  /**
   * Returns the height of the drawing.
   *
   * @return the height in SVG units
   */
  public int height() {
    return ROW * bars.size() + 8;
  }

  /**
   * Returns whether there is nothing to draw.
   *
   * @return {@code true} without any sum
   */
  public boolean isEmpty() {
    return bars.isEmpty();
  }
}
