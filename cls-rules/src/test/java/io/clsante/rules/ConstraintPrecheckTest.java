package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.PartCofinancement;
import io.clsante.model.Population;
import io.clsante.model.Territoire;
import io.clsante.model.internal.ConstraintTable;
import io.clsante.model.internal.ModelConstraints;
import io.clsante.model.json.ClsJson;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pre-check in front of Bean Validation: its plan is the engine's own metadata, and on every
 * kind of constraint at every kind of place it answers true only where the engine finds nothing.
 */
class ConstraintPrecheckTest {
  private static final ConstraintPrecheck PRECHECK = ConstraintPrecheck.compile(ContratLocalDeSante.class);
  /** The same check compiled from the model's annotations by reflection, not from the generated table. */
  private static final ConstraintPrecheck REFLECTED = ConstraintPrecheck.compile(ContratLocalDeSante.class, null);
  private static ContratLocalDeSante base;

  @BeforeAll
  static void readBase() throws Exception {
    try (InputStream in = RuleHarness.class.getResourceAsStream("tous-concepts-valide.json")) {
      ContratLocalDeSante all = ClsJson.defaults().read(in.readAllBytes());
      // The one e-mail address goes: an address is always left to the engine.
      Coordination coordination = all.coordination().orElseThrow();
      base = ContratLocalDeSante.builder().from(all).coordination(Coordination.builder().from(coordination)
          .contact(Contact.builder().from(coordination.contact().orElseThrow()).courriel(Optional.empty()).build())
          .build()).build();
    }
  }

  // ---- the plan is the engine's metadata

  @Test
  void plan_isTheEnginesMetadata_forEveryReachableModelType() {
    Validator engine = ConstraintStage.engine();
    assertEquals(reachable(engine, ContratLocalDeSante.class), PRECHECK.types());
    assertTrue(PRECHECK.types().size() > 20, PRECHECK.types().toString());
    for (Class<?> type : PRECHECK.types()) {
      Class<?> runtime = PRECHECK.runtimeClass(type);
      assertNotNull(runtime, type.getName());
      for (Class<?> described : List.of(type, runtime)) {
        assertEquals(engineView(engine.getConstraintsForClass(described)), planView(PRECHECK, type),
            described.getName());
      }
    }
  }

  @Test
  void plan_coversTheComposedLocalId_andTheTypeUseConstraints() {
    List<String> plan = planView(PRECHECK, FicheAction.class);
    assertTrue(plan.contains("porteurs<0> IdentifiantLocal() / Pattern(flags=[], regexp=^[A-Za-z0-9][A-Za-z0-9_.-]*$)"),
        plan.toString());
    assertTrue(plan.contains("porteurs<0> IdentifiantLocal() / Size(max=64, min=1)"), plan.toString());
    assertTrue(plan.contains("indicateurs<0> @Valid"), plan.toString());
    assertTrue(plan.contains("intitule NotBlank()"), plan.toString());
  }

  /** A type whose constraints the check partly leaves to the engine: the plan still matches. */
  @Test
  void plan_ofAProbeType_isTheEnginesMetadata_includingWhatItLeavesToTheEngine() {
    ConstraintPrecheck probe = ConstraintPrecheck.compile(Probe.class);
    assertEquals(Set.of(Probe.class, Leaf.class, Undecided.class), probe.types());
    Validator engine = ConstraintStage.engine();
    for (Class<?> type : probe.types()) {
      assertEquals(engineView(engine.getConstraintsForClass(type)), planView(probe, type), type.getName());
    }
  }

  /** If the plan missed a constraint, the comparison with the engine would fail: it sees the difference. */
  @Test
  void engineView_seesAConstraintThatAPlanWouldMiss() {
    Validator engine = ConstraintStage.engine();
    List<String> withConstraint = engineView(engine.getConstraintsForClass(Leaf.class));
    List<String> without = engineView(engine.getConstraintsForClass(Bare.class));
    assertTrue(withConstraint.contains("name Size(max=3, min=0)"), withConstraint.toString());
    assertFalse(without.contains("name Size(max=3, min=0)"), without.toString());
  }

  // ---- the generated table gives what reflection reads

  /** Every type of the model's check comes from the table, and the plan is the one read by reflection. */
  @Test
  void plan_fromTheGeneratedTable_isThePlanReadFromTheAnnotations() {
    assertEquals(REFLECTED.types(), PRECHECK.types());
    for (Class<?> type : PRECHECK.types()) {
      assertNotNull(ModelConstraints.TABLE.bean(type), type.getName());
      assertEquals(REFLECTED.runtimeClass(type), PRECHECK.runtimeClass(type), type.getName());
    }
    assertEquals(counts(REFLECTED.plan()), counts(PRECHECK.plan()));
    assertEquals(counts(REFLECTED.cascades()), counts(PRECHECK.cascades()));
    assertTrue(PRECHECK.plan().size() > 100, PRECHECK.plan().toString());
  }

  /** If the table lost a constraint (or an attribute), the comparison with reflection would see it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tableChanges")
  void planComparison_seesATableThatSaysLess(String name, UnaryOperator<ConstraintTable.Property> change) {
    ConstraintTable changed = new ConstraintTable() {
      @Override
      public Bean bean(Class<?> type) {
        Bean b = ModelConstraints.TABLE.bean(type);
        if (type != FicheAction.class) {
          return b;
        }
        List<Property> properties = new ArrayList<>();
        for (Property p : b.properties()) {
          properties.add(p.name().equals("intitule") ? change.apply(p) : p);
        }
        return new Bean(type, b.constraints(), properties);
      }

      @Override
      public Object get(int accessor, Object bean) {
        return ModelConstraints.TABLE.get(accessor, bean);
      }
    };
    ConstraintPrecheck compiled = ConstraintPrecheck.compile(ContratLocalDeSante.class, changed);
    assertEquals(counts(REFLECTED.cascades()), counts(compiled.cascades()));
    assertFalse(counts(REFLECTED.plan()).equals(counts(compiled.plan())), name);
  }

  static Stream<Arguments> tableChanges() {
    return Stream.of(
        Arguments.of("a constraint dropped", (UnaryOperator<ConstraintTable.Property>) p ->
            new ConstraintTable.Property(p.name(), p.accessor(), p.type(),
                p.constraints().subList(1, p.constraints().size()), p.cascaded(), p.arguments())),
        Arguments.of("an attribute changed", (UnaryOperator<ConstraintTable.Property>) p -> {
          List<ConstraintTable.Constraint> constraints = new ArrayList<>();
          for (ConstraintTable.Constraint c : p.constraints()) {
            constraints.add(c.type() == Size.class ? ConstraintTable.Constraint.of(Size.class,
                Map.of("min", 0, "max", 501), List.of()) : c);
          }
          return new ConstraintTable.Property(p.name(), p.accessor(), p.type(), constraints, p.cascaded(),
              p.arguments());
        }));
  }

  /** The table's accessors are generated code from the start; those read by reflection are not, at first. */
  @Test
  void accessors_ofTheTable_areGeneratedFromTheStart() {
    int[] table = ConstraintPrecheck.compile(ContratLocalDeSante.class).accessorCounts();
    int[] reflected = ConstraintPrecheck.compile(ContratLocalDeSante.class, null).accessorCounts();
    assertEquals(table[0], table[1], Arrays.toString(table));
    assertEquals(table[0], reflected[0]);
    assertEquals(0, reflected[1]);
  }

  /** Types the table does not describe are read from their annotations. */
  @Test
  void table_describesTheModelsTypesOnly() {
    assertNotNull(ModelConstraints.TABLE.bean(FicheAction.class));
    assertEquals(null, ModelConstraints.TABLE.bean(Probe.class));
    assertEquals(null, ModelConstraints.TABLE.bean(String.class));
  }

  private static <T> Map<T, Long> counts(List<T> items) {
    return items.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
  }

  // ---- each constraint at each place: pre-check and engine agree

  static Stream<Arguments> cases() {
    String x500 = "x".repeat(500);
    String x20000 = "x".repeat(20000);
    // 250 characters outside the BMP are 500 UTF-16 chars: Size counts chars, not code points.
    String emoji250 = "\uD83D\uDE00".repeat(250);
    return Stream.of(
        // property
        Arguments.of("base contract", c(b -> b), true),
        Arguments.of("intitule blank", c(b -> b.intitule("  \t")), false),
        Arguments.of("intitule em-space only (blank)", c(b -> b.intitule("\u2003")), false),
        Arguments.of("intitule no-break space only (not blank)", c(b -> b.intitule("\u00A0")), true),
        Arguments.of("intitule 500 chars", c(b -> b.intitule(x500)), true),
        Arguments.of("intitule 501 chars", c(b -> b.intitule(x500 + "x")), false),
        Arguments.of("intitule 500 UTF-16 chars in 250 code points", c(b -> b.intitule(emoji250)), true),
        Arguments.of("intitule 502 UTF-16 chars in 251 code points", c(b -> b.intitule(emoji250 + "\uD83D\uDE00")), false),
        Arguments.of("identifiant 64 chars", c(b -> b.identifiant("a".repeat(64))), true),
        Arguments.of("identifiant 65 chars", c(b -> b.identifiant("a".repeat(65))), false),
        Arguments.of("identifiant starting with a dash", c(b -> b.identifiant("-cls")), false),
        Arguments.of("identifiant with a space", c(b -> b.identifiant("cls 2025")), false),
        Arguments.of("identifiant empty", c(b -> b.identifiant("")), false),
        Arguments.of("identifiant with every allowed sign", c(b -> b.identifiant("Cls_2025.v-2")), true),
        Arguments.of("identifiant of one character", c(b -> b.identifiant("c")), true),
        Arguments.of("identifiant ending with a line feed", c(b -> b.identifiant("cls\n")), false),
        Arguments.of("identifiant ending with CR LF", c(b -> b.identifiant("cls\r\n")), false),
        Arguments.of("identifiant ending with a line separator", c(b -> b.identifiant("cls\u2028")), false),
        Arguments.of("identifiant with a non-ASCII letter", c(b -> b.identifiant("clé")), false),
        Arguments.of("identifiant with an astral character", c(b -> b.identifiant("cls\uD83D\uDE00")), false),
        Arguments.of("identifiant with a lone surrogate", c(b -> b.identifiant("cls\uD83D")), false),
        // optional content
        Arguments.of("description 20000 chars", c(b -> b.description(x20000)), true),
        Arguments.of("description 20001 chars", c(b -> b.description(x20000 + "x")), false),
        Arguments.of("generation 0", c(b -> b.generation(0)), false),
        Arguments.of("generation 1", c(b -> b.generation(1)), true),
        Arguments.of("predecesseur with a slash", c(b -> b.predecesseur("cls/2019")), false),
        Arguments.of("millesimeCog 1942", territoire(t -> t.millesimeCog(1942)), false),
        Arguments.of("millesimeCog 1943", territoire(t -> t.millesimeCog(1943)), true),
        Arguments.of("millesimeCog 2100", territoire(t -> t.millesimeCog(2100)), true),
        Arguments.of("millesimeCog 2101", territoire(t -> t.millesimeCog(2101)), false),
        Arguments.of("etp 0", coordination(k -> k.etp(BigDecimal.ZERO)), true),
        Arguments.of("etp -0.0001", coordination(k -> k.etp(new BigDecimal("-0.0001"))), false),
        Arguments.of("etp 100.000", coordination(k -> k.etp(new BigDecimal("100.000"))), true),
        Arguments.of("etp 100.0001", coordination(k -> k.etp(new BigDecimal("100.0001"))), false),
        Arguments.of("etp 1E+3", coordination(k -> k.etp(new BigDecimal("1E+3"))), false),
        Arguments.of("contact telephone 41 chars", contact(k -> k.telephone("1".repeat(41))), false),
        Arguments.of("contact telephone 40 chars", contact(k -> k.telephone("1".repeat(40))), true),
        // list element
        Arguments.of("porteur with a space", fiche(f -> f.porteurs(List.of("cc-astarac-arros", "cc astarac"))), false),
        Arguments.of("porteur of 64 chars", fiche(f -> f.porteurs(List.of("p".repeat(64)))), true),
        Arguments.of("resultatsAttendus 20001 chars", fiche(f -> f.resultatsAttendus(List.of("ok", x20000 + "x"))), false),
        Arguments.of("objectifsStrategiques 20000 chars", axe(a -> a.objectifsStrategiques(List.of(x20000))), true),
        Arguments.of("acteursAjoutes empty id", avenant(v -> v.acteursAjoutes(List.of(""))), false),
        // nested cascade
        Arguments.of("fiche intitule blank", fiche(f -> f.intitule(" ")), false),
        Arguments.of("fiche code 41 chars", fiche(f -> f.code("c".repeat(41))), false),
        Arguments.of("fiche code 40 chars", fiche(f -> f.code("c".repeat(40))), true),
        Arguments.of("avenant numero 0", avenant(v -> v.numero(0)), false),
        Arguments.of("avenant numero 1", avenant(v -> v.numero(1)), true),
        Arguments.of("population valeur -1", population(p -> p.valeur(-1)), false),
        Arguments.of("population valeur 0", population(p -> p.valeur(0)), true),
        Arguments.of("population annee 1799", population(p -> p.annee(1799)), false),
        Arguments.of("population annee 1800", population(p -> p.annee(1800)), true),
        Arguments.of("financement annee 1989", financement(f -> f.annee(1989)), false),
        Arguments.of("financement annee 1990", financement(f -> f.annee(1990)), true),
        Arguments.of("cofinancement part 100.5", part(p -> p.part(new BigDecimal("100.5"))), false),
        Arguments.of("cofinancement part 100", part(p -> p.part(new BigDecimal("100"))), true),
        Arguments.of("cofinancement part -1", part(p -> p.part(new BigDecimal("-1"))), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void precheck_isTrueExactlyWhereTheEngineFindsNothing(String name, UnaryOperator<ContratLocalDeSante> change,
      boolean valid) {
    ContratLocalDeSante c = change.apply(base);
    assertEquals(valid, ConstraintStage.engine().validate(c).isEmpty(), "engine");
    assertEquals(valid, PRECHECK.certainlyValid(c), "pre-check");
    assertEquals(valid, REFLECTED.certainlyValid(c), "pre-check compiled by reflection");
  }

  /** Values the check leaves to the engine: the answer is false, and the engine finds nothing. */
  static Stream<Arguments> uncertain() {
    return Stream.of(
        Arguments.of("an e-mail address", contact(k -> k.courriel("coordination@example.org"))),
        Arguments.of("another implementation of a model type", (UnaryOperator<ContratLocalDeSante>) c -> other(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uncertain")
  void precheck_isFalse_whereTheEngineDecides(String name, UnaryOperator<ContratLocalDeSante> change) {
    ContratLocalDeSante c = change.apply(base);
    assertTrue(ConstraintStage.engine().validate(c).isEmpty(), "engine");
    assertFalse(PRECHECK.certainlyValid(c), "pre-check");
    assertFalse(REFLECTED.certainlyValid(c), "pre-check compiled by reflection");
  }

  @Test
  void precheck_isFalse_forNull() {
    assertFalse(PRECHECK.certainlyValid(null));
  }

  /** A pattern with flags is matched by the JDK with its flags; one without, by the simple matcher. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void patterns_withAndWithoutFlags_areDecidedAsTheEngineDecides(Patterned value, boolean valid) {
    assertEquals(valid, ConstraintStage.engine().validate(value).isEmpty(), "engine");
    assertEquals(valid, ConstraintPrecheck.compile(Patterned.class).certainlyValid(value), "pre-check");
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of(new Patterned("abc", "abc"), true),
        Arguments.of(new Patterned("abc", "ABC"), true),
        Arguments.of(new Patterned("ABC", "abc"), false),
        Arguments.of(new Patterned("abc\n", "abc"), false),
        Arguments.of(new Patterned("abc", "abc\n"), false),
        Arguments.of(new Patterned("", "abc"), false));
  }

  static Stream<Arguments> probes() {
    Leaf leaf = new Leaf("abc");
    List<Integer> counts = List.of(1, 3);
    return Stream.of(
        Arguments.of(new Probe("ab", leaf, counts, null), true, true),
        Arguments.of(new Probe("abcde", leaf, List.of(), null), true, true),
        Arguments.of(new Probe(null, leaf, counts, null), false, false),           // @NotNull
        Arguments.of(new Probe("a", leaf, counts, null), false, false),            // composing @Size
        Arguments.of(new Probe("abcdef", leaf, counts, null), false, false),       // composing @Size
        Arguments.of(new Probe("azb", leaf, counts, null), false, false),          // its own validator
        Arguments.of(new Probe("ab", null, counts, null), false, false),           // @NotNull cascade
        Arguments.of(new Probe("ab", new Leaf("abcd"), counts, null), false, false), // nested @Size
        Arguments.of(new Probe("ab", leaf, List.of(1, 4), null), false, false),    // element @Max
        // left to the engine: @Past, @AssertTrue, an overridden attribute
        Arguments.of(new Probe("ab", leaf, counts, new Undecided(null, null)), false, true),
        Arguments.of(new Probe("ab", leaf, counts, new Undecided(LocalDate.of(2000, 1, 1), "a")), false, true),
        Arguments.of(new Probe("ab", leaf, counts, new Undecided(LocalDate.of(2999, 1, 1), "a")), false, false),
        Arguments.of(new Probe("ab", leaf, counts, new Undecided(null, "ab")), false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void probe_precheckIsTrueOnlyWhereItDecidesAndTheEngineFindsNothing(Probe probe, boolean certain, boolean valid) {
    assertEquals(valid, ConstraintStage.engine().validate(probe).isEmpty(), "engine");
    assertEquals(certain, ConstraintPrecheck.compile(Probe.class).certainlyValid(probe), "pre-check");
  }

  // ---- accessors: by reflection first, then generated

  /**
   * An accessor is called by reflection for its first calls, then by a generated function: the
   * answers are the same throughout.
   */
  @Test
  void answers_areTheSame_whileAccessorsAreReflective_andOnceTheyAreGenerated() {
    ConstraintPrecheck fresh = ConstraintPrecheck.compile(Probe.class);
    assertEquals(0, fresh.accessorCounts()[1], "generated before any call");
    List<Arguments> cases = probes().toList();
    for (int round = 0; round < 2 * ConstraintPrecheck.REFLECTIVE_CALLS; round++) {
      for (Arguments a : cases) {
        Object[] args = a.get();
        assertEquals(args[1], fresh.certainlyValid(args[0]), "round " + round + ": " + args[0]);
      }
    }
    int[] counts = fresh.accessorCounts();
    assertTrue(counts[1] >= 4 && counts[1] <= counts[0], Arrays.toString(counts));
  }

  /**
   * On the model read by reflection: a valid contract stays certainly valid, an invalid one does not,
   * in every round.
   */
  @Test
  void answers_onTheModel_areTheSame_beforeAndAfterEveryAccessorUsedIsGenerated() {
    ConstraintPrecheck fresh = ConstraintPrecheck.compile(ContratLocalDeSante.class, null);
    ContratLocalDeSante invalid = fiche(f -> f.intitule(" ")).apply(base);
    for (int round = 0; round < 2 * ConstraintPrecheck.REFLECTIVE_CALLS; round++) {
      assertTrue(fresh.certainlyValid(base), "round " + round);
      assertFalse(fresh.certainlyValid(invalid), "round " + round);
    }
    int[] counts = fresh.accessorCounts();
    assertEquals(counts[0], counts[1], "every accessor of a contract that uses every concept is generated");
  }

  /** An accessor that throws makes the answer false, through reflection as through a generated function. */
  @Test
  void anAccessorThatThrows_makesTheAnswerFalse_reflectiveOrGenerated() {
    ConstraintPrecheck throwing = ConstraintPrecheck.compile(Throwing.class);
    ConstraintPrecheck fine = ConstraintPrecheck.compile(Leaf.class);
    for (int round = 0; round < 2 * ConstraintPrecheck.REFLECTIVE_CALLS; round++) {
      assertFalse(throwing.certainlyValid(new Throwing()), "round " + round);
      assertTrue(fine.certainlyValid(new Leaf("abc")), "round " + round);
    }
    assertEquals(1, throwing.accessorCounts()[1]);
  }

  /** The service file the check looks for is that of the engine's validator interface. */
  @Test
  void validatorServices_isTheServiceFileOfConstraintValidator() {
    assertEquals("META-INF/services/" + ConstraintValidator.class.getName(), ConstraintPrecheck.VALIDATOR_SERVICES);
  }

  // ---- changes built with the builders

  private static UnaryOperator<ContratLocalDeSante> c(UnaryOperator<ContratLocalDeSante.Builder> f) {
    return c -> f.apply(ContratLocalDeSante.builder().from(c)).build();
  }

  private static UnaryOperator<ContratLocalDeSante> territoire(UnaryOperator<Territoire.Builder> f) {
    return c(b -> b.territoire(f.apply(Territoire.builder().from(base.territoire())).build()));
  }

  private static UnaryOperator<ContratLocalDeSante> population(UnaryOperator<Population.Builder> f) {
    return territoire(t -> t.population(f.apply(Population.builder().from(base.territoire().population().orElseThrow()))
        .build()));
  }

  private static UnaryOperator<ContratLocalDeSante> coordination(UnaryOperator<Coordination.Builder> f) {
    return c(b -> b.coordination(f.apply(Coordination.builder().from(base.coordination().orElseThrow())).build()));
  }

  private static UnaryOperator<ContratLocalDeSante> contact(UnaryOperator<Contact.Builder> f) {
    return coordination(k -> k.contact(f.apply(Contact.builder().from(base.coordination().orElseThrow().contact()
        .orElseThrow())).build()));
  }

  private static UnaryOperator<ContratLocalDeSante> part(UnaryOperator<PartCofinancement.Builder> f) {
    return coordination(k -> {
      List<PartCofinancement> parts = new ArrayList<>(base.coordination().orElseThrow().cofinancements());
      parts.set(1, f.apply(PartCofinancement.builder().from(parts.get(1))).build());
      return k.cofinancements(parts);
    });
  }

  private static UnaryOperator<ContratLocalDeSante> axe(UnaryOperator<Axe.Builder> f) {
    return c(b -> {
      List<Axe> axes = new ArrayList<>(base.axes());
      axes.set(0, f.apply(Axe.builder().from(axes.get(0))).build());
      return b.axes(axes);
    });
  }

  private static UnaryOperator<ContratLocalDeSante> fiche(UnaryOperator<FicheAction.Builder> f) {
    return axe(a -> {
      List<FicheAction> fiches = new ArrayList<>(base.axes().get(0).fiches());
      fiches.set(0, f.apply(FicheAction.builder().from(fiches.get(0))).build());
      return a.fiches(fiches);
    });
  }

  private static UnaryOperator<ContratLocalDeSante> financement(UnaryOperator<Financement.Builder> f) {
    return fiche(a -> {
      List<Financement> list = new ArrayList<>(base.axes().get(0).fiches().get(0).financements());
      list.set(0, f.apply(Financement.builder().from(list.get(0))).build());
      return a.financements(list);
    });
  }

  private static UnaryOperator<ContratLocalDeSante> avenant(UnaryOperator<Avenant.Builder> f) {
    return c(b -> {
      List<Avenant> list = new ArrayList<>(base.avenants());
      list.set(0, f.apply(Avenant.builder().from(list.get(0))).build());
      return b.avenants(list);
    });
  }

  /** The same contract through an implementation of the interface that is not the generated one. */
  private static ContratLocalDeSante other(ContratLocalDeSante c) {
    return (ContratLocalDeSante) java.lang.reflect.Proxy.newProxyInstance(ContratLocalDeSante.class.getClassLoader(),
        new Class<?>[] {ContratLocalDeSante.class}, (proxy, method, args) -> method.invoke(c, args));
  }

  // ---- views of the plan and of the engine's metadata, one line per constraint or cascade

  private static List<String> planView(ConstraintPrecheck precheck, Class<?> type) {
    List<String> lines = new ArrayList<>();
    for (ConstraintPrecheck.Planned p : precheck.plan()) {
      if (p.type() == type) {
        StringBuilder sb = new StringBuilder(place(p.property(), p.element()));
        for (int i = 0; i < p.constraint().size(); i++) {
          sb.append(i == 0 ? " " : " / ").append(render(p.constraint().get(i)));
        }
        lines.add(sb.toString());
      }
    }
    for (ConstraintPrecheck.Cascade c : precheck.cascades()) {
      if (c.type() == type) {
        lines.add(place(c.property(), c.element()) + " @Valid");
      }
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  private static List<String> engineView(BeanDescriptor bean) {
    List<String> lines = new ArrayList<>();
    for (ConstraintDescriptor<?> d : bean.getConstraintDescriptors()) {
      describe(place("", -1), d, lines);
    }
    for (PropertyDescriptor p : bean.getConstrainedProperties()) {
      for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
        describe(place(p.getPropertyName(), -1), d, lines);
      }
      if (p.isCascaded()) {
        lines.add(place(p.getPropertyName(), -1) + " @Valid");
      }
      for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
        String where = place(p.getPropertyName(), e.getTypeArgumentIndex());
        for (ConstraintDescriptor<?> d : e.getConstraintDescriptors()) {
          describe(where, d, lines);
        }
        if (e.isCascaded()) {
          lines.add(where + " @Valid");
        }
        if (!e.getConstrainedContainerElementTypes().isEmpty()) {
          lines.add(where + " nested container elements");
        }
      }
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  /** One line per constraint and per composing constraint, each after the constraints it comes from. */
  private static void describe(String prefix, ConstraintDescriptor<?> d, List<String> lines) {
    String line = prefix + (prefix.endsWith(")") ? " / " : " ") + render(d.getAnnotation());
    lines.add(line);
    if (overridesAttributes(d.getAnnotation().annotationType())) {
      return; // decided by the engine as a whole: the plan does not look inside
    }
    for (ConstraintDescriptor<?> composing : d.getComposingConstraints()) {
      describe(line, composing, lines);
    }
  }

  private static boolean overridesAttributes(Class<? extends Annotation> type) {
    return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(OverridesAttribute.class));
  }

  private static String place(String property, int element) {
    return element < 0 ? property : property + "<" + element + ">";
  }

  /** A planned constraint as its simple name and attributes, sorted, as {@link #render(Annotation)}. */
  private static String render(ConstraintTable.Constraint c) {
    List<String> attributes = new ArrayList<>();
    for (Map.Entry<String, Object> e : c.attributes().entrySet()) {
      attributes.add(e.getKey() + "=" + e.getValue());
    }
    attributes.sort(Comparator.naturalOrder());
    return c.type().getSimpleName() + "(" + String.join(", ", attributes) + ")";
  }

  /** An annotation as its simple name and attributes, sorted, without groups and payload. */
  private static String render(Annotation a) {
    List<String> attributes = new ArrayList<>();
    for (Method m : a.annotationType().getDeclaredMethods()) {
      if (!Set.of("message", "groups", "payload").contains(m.getName())) {
        try {
          Object v = m.invoke(a);
          attributes.add(m.getName() + "=" + (v instanceof Object[] array ? Arrays.toString(array) : v));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    attributes.sort(Comparator.naturalOrder());
    return a.annotationType().getSimpleName() + "(" + String.join(", ", attributes) + ")";
  }

  /** Every type the engine reaches from a root through cascades, by declared type. */
  private static Set<Class<?>> reachable(Validator engine, Class<?> root) {
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (PropertyDescriptor p : engine.getConstraintsForClass(type).getConstrainedProperties()) {
        if (p.isCascaded()) {
          todo.push(p.getElementClass());
        }
        for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
          if (e.isCascaded()) {
            todo.push(e.getElementClass());
          }
        }
      }
    }
    return seen;
  }

  // ---- a probe type with constraints the check leaves to the engine

  /** Two to five letters from a to y: a composed constraint with a validator of its own. */
  @Constraint(validatedBy = NoZ.Validator.class)
  @Size(min = 2, max = 5)
  @Target({ElementType.METHOD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface NoZ {
    String message() default "no z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Refuses any z. */
    final class Validator implements ConstraintValidator<NoZ, CharSequence> {
      @Override
      public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().indexOf('z') < 0;
      }
    }
  }

  /** At most {@link #max()} characters, through an overridden attribute of {@code @Size}. */
  @Constraint(validatedBy = {})
  @Size
  @Target({ElementType.METHOD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Short {
    String message() default "too long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default 1;
  }

  /** A bean with a constraint the check decides. */
  static final class Patterned {
    private final String plain;
    private final String caseless;

    Patterned(String plain, String caseless) {
      this.plain = plain;
      this.caseless = caseless;
    }

    public @jakarta.validation.constraints.Pattern(regexp = "^[a-z]+$") String plain() {
      return plain;
    }

    public @jakarta.validation.constraints.Pattern(regexp = "^[a-z]+$",
        flags = jakarta.validation.constraints.Pattern.Flag.CASE_INSENSITIVE) String caseless() {
      return caseless;
    }

    @Override
    public String toString() {
      return plain + " " + caseless;
    }
  }

  static final class Leaf {
    private final String name;

    Leaf(String name) {
      this.name = name;
    }

    public @Size(max = 3) String name() {
      return name;
    }
  }

  /** The same bean without its constraint. */
  static final class Bare {
    public String name() {
      return "abcd";
    }
  }

  /** A bean with constraints the check leaves to the engine. */
  static final class Undecided {
    private final LocalDate date;
    private final String overridden;

    Undecided(LocalDate date, String overridden) {
      this.date = date;
      this.overridden = overridden;
    }

    public Optional<@Past LocalDate> date() {
      return Optional.ofNullable(date);
    }

    public @AssertTrue boolean ok() {
      return true;
    }

    public @Short String overridden() {
      return overridden;
    }
  }

  /** A bean whose one constrained accessor fails. */
  static final class Throwing {
    public @NotNull String value() {
      throw new IllegalStateException("accessor failure");
    }
  }

  /** A bean with constraints the check decides, and an optional part it leaves to the engine. */
  static final class Probe {
    private final String composed;
    private final Leaf leaf;
    private final List<Integer> counts;
    private final Undecided undecided;

    Probe(String composed, Leaf leaf, List<Integer> counts, Undecided undecided) {
      this.composed = composed;
      this.leaf = leaf;
      this.counts = counts;
      this.undecided = undecided;
    }

    public @NotNull @NoZ String composed() {
      return composed;
    }

    public @Valid @NotNull Leaf leaf() {
      return leaf;
    }

    public List<@Max(3) Integer> counts() {
      return counts;
    }

    public @Valid Undecided undecided() {
      return undecided;
    }

    @Override
    public String toString() {
      return composed + " " + (leaf == null ? null : leaf.name()) + " " + counts + " " + (undecided != null);
    }
  }
}
