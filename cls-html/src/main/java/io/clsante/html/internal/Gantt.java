package io.clsante.html.internal;

import io.clsante.model.DateCalendaire;
import io.clsante.model.Periode;
import io.clsante.model.PrecisionDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of the calendar chart: one row per dated fiche or operation over the years of the
 * contract. A bound given as a quarter, a half-year or a year is drawn as a faded band over that
 * span; a period open "not before" its start fades out to the right edge. The milestones of a
 * calendar are diamonds on its row: one known to the day or the month at its date, one known to a
 * quarter, a half-year or a year hollow, over a faded band of that span.
 */
public final class Gantt {
  /** Width of the drawing, in SVG units. */
  public static final int WIDTH = 1000;
  /** Where the bars start; the labels are on the left of it. */
  public static final int LEFT = 300;
  /** Height of a row. */
  public static final int ROW = 24;
  /** Height of the year header. */
  public static final int TOP = 28;

  private static final Set<PrecisionDate> IMPRECISE =
      EnumSet.of(PrecisionDate.TRIMESTRE, PrecisionDate.SEMESTRE, PrecisionDate.ANNEE);

  /**
   * A bar, or a part of one.
   *
   * @param x left edge
   * @param width width
   * @param kind {@code solid}, {@code band} (an imprecise bound) or {@code open} (no end)
   */
  public record Segment(double x, double width, String kind) {}

  /**
   * A milestone on a row.
   *
   * @param x left edge of the days it may fall on
   * @param width width of those days
   * @param precise whether it is known to the day or the month (drawn solid), or only to a
   *     quarter, a half-year or a year (drawn hollow over a band)
   * @param title its date and what happens, read by a screen reader or shown on hover
   */
  public record Milestone(double x, double width, boolean precise, String title) {
    /**
     * Returns where its diamond is drawn.
     *
     * @return the middle of its span
     */
    public double center() {
      return x + width / 2;
    }
  }

  /** A milestone to draw, before layout. */
  record Marker(DateCalendaire date, String title) {}

  /**
   * A row of the chart.
   *
   * @param id the local identifier of the fiche or operation
   * @param operation whether the row is an operation (indented under its fiche)
   * @param label the short label on the left
   * @param title the full text read by a screen reader or shown on hover
   * @param anchor the fragment of the fiche or operation on the page
   * @param y top of the row
   * @param segments the parts of the bar
   * @param milestones the milestones of its calendar
   */
  public record Row(String id, boolean operation, String label, String title, String anchor, double y,
      List<Segment> segments, List<Milestone> milestones) {}

  /**
   * A year mark.
   *
   * @param x its position
   * @param label the year, or empty for an unlabelled mark
   */
  public record Tick(double x, String label) {}

  /** A row to draw, before layout. */
  record Item(String id, boolean operation, String label, String title, String anchor, Periode periode,
      List<Marker> markers) {}

  private final LocalDate start;
  private final LocalDate end;
  private final List<Row> rows = new ArrayList<>();
  private final List<Tick> ticks = new ArrayList<>();
  private final Optional<Segment> contractPeriod;
  private final Optional<Double> today;

  Gantt(Optional<Periode> contrat, List<Item> items, Optional<LocalDate> referenceDate) {
    LocalDate first = null;
    LocalDate last = null;
    List<Periode> all = new ArrayList<>();
    contrat.ifPresent(all::add);
    items.forEach(i -> all.add(i.periode()));
    // A milestone outside its calendar still has its place on the chart.
    items.stream().flatMap(i -> i.markers().stream())
        .forEach(m -> all.add(Periode.builder().debut(m.date()).build()));
    for (Periode p : all) {
      LocalDate a = p.premierJour();
      LocalDate b = p.dernierJour().orElse(a);
      first = first == null || a.isBefore(first) ? a : first;
      last = last == null || b.isAfter(last) ? b : last;
      first = b.isBefore(first) ? b : first;
      last = a.isAfter(last) ? a : last;
    }
    first = first == null ? LocalDate.of(2000, 1, 1) : first.withDayOfYear(1);
    last = last == null ? first : last;
    // An open period needs room to fade out: at least a year after the last start.
    last = LocalDate.of(last.getYear() + (items.stream().anyMatch(i -> i.periode().pasAvant()) ? 1 : 0), 12, 31);
    this.start = first;
    this.end = last.plusDays(1);
    int years = end.getYear() - start.getYear();
    int step = years > 24 ? 5 : years > 12 ? 2 : 1;
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      ticks.add(new Tick(x(LocalDate.of(y, 1, 1)), (y - start.getYear()) % step == 0 && y < end.getYear()
          ? Integer.toString(y) : ""));
    }
    this.contractPeriod = contrat.map(p -> span(p.premierJour(), p.dernierJour().orElse(end), "period"));
    this.today = referenceDate.filter(d -> !d.isBefore(start) && d.isBefore(end)).map(this::x);
    double y = TOP;
    for (Item i : items) {
      rows.add(new Row(i.id(), i.operation(), i.label(), i.title(), i.anchor(), y, segments(i.periode()),
          i.markers().stream().map(this::milestone).toList()));
      y += ROW;
    }
  }

  private double x(LocalDate d) {
    double total = ChronoUnit.DAYS.between(start, end);
    double at = ChronoUnit.DAYS.between(start, d);
    return LEFT + (WIDTH - LEFT - 10) * Math.max(0, Math.min(total, at)) / total;
  }

  private Segment span(LocalDate from, LocalDate toInclusive, String kind) {
    double a = x(from);
    double b = x(toInclusive.plusDays(1));
    return new Segment(a, Math.max(2, b - a), kind);
  }

  private Milestone milestone(Marker m) {
    Segment s = span(m.date().premierJour(), m.date().dernierJour(), "milestone");
    return new Milestone(s.x(), s.width(), !IMPRECISE.contains(m.date().precision()), m.title());
  }

  private List<Segment> segments(Periode p) {
    List<Segment> out = new ArrayList<>();
    DateCalendaire debut = p.debut();
    boolean vagueStart = IMPRECISE.contains(debut.precision());
    if (vagueStart) {
      out.add(span(debut.premierJour(), debut.dernierJour(), "band"));
    }
    LocalDate solidFrom = vagueStart ? debut.dernierJour().plusDays(1) : debut.premierJour();
    if (p.pasAvant()) {
      out.add(span(solidFrom, end.minusDays(1), "open"));
      return out;
    }
    if (p.fin().isEmpty()) {
      if (!vagueStart) {
        out.add(span(debut.premierJour(), debut.dernierJour(), "solid"));
      }
      return out;
    }
    DateCalendaire fin = p.fin().get();
    boolean vagueEnd = IMPRECISE.contains(fin.precision());
    LocalDate solidTo = vagueEnd ? fin.premierJour().minusDays(1) : fin.dernierJour();
    if (!solidTo.isBefore(solidFrom)) {
      out.add(span(solidFrom, solidTo, "solid"));
    }
    if (vagueEnd) {
      out.add(span(fin.premierJour(), fin.dernierJour(), "band"));
    }
    return out;
  }

  /**
   * Returns the rows, top to bottom.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the year marks.
   *
   * @return the marks, left to right
   */
  public List<Tick> ticks() {
    return ticks;
  }

  /**
   * Returns the span of the contract's own period, drawn behind the bars.
   *
   * @return the span, or empty when the contract has no period
   */
  public Optional<Segment> contractPeriod() {
    return contractPeriod;
  }

  /**
   * Returns where the reference date falls.
   *
   * @return its position, or empty when there is none or it is outside the chart
   */
  public Optional<Double> today() {
    return today;
  }

  /**
   * Returns the height of the drawing.
   *
   * @return the height in SVG units
   */
  public int height() {
    return TOP + ROW * rows.size() + 8;
  }

  /**
   * Returns the width of the drawing.
   *
   * @return {@link #WIDTH}
   */
  public int width() {
    return WIDTH;
  }

  /**
   * Returns the right edge of the bars' area.
   *
   * @return the position
   */
  public int right() {
    return WIDTH - 10;
  }

  /**
   * Returns whether some row has a milestone.
   *
   * @return {@code true} when a calendar drawn has milestones
   */
  public boolean hasMilestones() {
    return rows.stream().anyMatch(r -> !r.milestones().isEmpty());
  }

  /**
   * Returns whether there is anything to draw.
   *
   * @return {@code true} when some fiche or operation is dated
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
