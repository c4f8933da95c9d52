#!/usr/bin/env node
// Prints the side-by-side table of tools/perf/ajv-vs-cls.sh from the two result files of one run:
//
//   node ajv-vs-cls-table.mjs AJV.json JMH.json
//   node ajv-vs-cls-table.mjs --median DIR ROUNDS      (the rounds of one run, DIR/ajv-R.json, DIR/jmh-R.json)
//
// AJV.json is the output of ajv-bench.mjs, JMH.json JMH's `-rf json` result of
// FileValidationBenchmark on the same files: `validate`, the full validation, and `structure`, its
// structural pass alone (what ajv does: no business rule), when the run has it. Rows are matched
// by file; times in µs per document,
// "±" the half-width of the 99.9 % confidence interval. Targets: cls faster than ajv at 30 fiches;
// when the run has 30 and 300 fiches, cls's cost per fiche grows by at most 10 % from one to the other.
import { readFileSync } from "node:fs";

if (process.argv[2] === "--median") {
  medians(process.argv[3], Number(process.argv[4]));
  process.exit(0);
}

const [ajvPath, jmhPath] = process.argv.slice(2);
const ajv = JSON.parse(readFileSync(ajvPath, "utf8"));
const cls = clsByFile(jmhPath);
const structure = clsByFile(jmhPath, "structure");

// One benchmark's results by file.
function clsByFile(path, benchmark = "validate") {
  return new Map(JSON.parse(readFileSync(path, "utf8"))
    .filter((r) => r.benchmark.endsWith(`.${benchmark}`))
    .map((r) => [r.params.file, r.primaryMetric]));
}

// The rounds of one run (DIR/ajv-R.json and DIR/jmh-R.json, R from 1): each size's ratio in each
// round, then their median, the figure of the run.
function medians(dir, rounds) {
  const bySize = new Map();
  for (let r = 1; r <= rounds; r++) {
    const c = clsByFile(`${dir}/jmh-${r}.json`);
    const st = clsByFile(`${dir}/jmh-${r}.json`, "structure");
    for (const a of JSON.parse(readFileSync(`${dir}/ajv-${r}.json`, "utf8"))) {
      const row = bySize.get(a.fiches) ?? [];
      row.push({ ajv: a.parse.score, cls: c.get(a.file).score, structure: st.get(a.file)?.score });
      bySize.set(a.fiches, row);
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log(`| fiches | each round: ajv µs / cls µs = cls / ajv | median of cls / ajv | median of structural pass alone / ajv |`);
  console.log(`|---:|---|---:|---:|`);
  if (bySize.has(30) && bySize.has(300)) {
    const growth = bySize.get(300).map((x, r) => (x.cls / 300) / (bySize.get(30)[r].cls / 30) - 1);
    const m = median(growth);
    console.log(`target (cost per fiche from 30 to 300 fiches grows by at most 10 %), median of ${rounds} rounds: `
      + `${(m * 100).toFixed(1)} % (rounds: ${growth.map((g) => (g * 100).toFixed(1)).join(", ")}), ${m <= 0.1 ? "met" : "not met"}`);
    console.log();
  }
  for (const [fiches, row] of bySize) {
    const ratios = row.map((x) => x.cls / x.ajv);
    const structural = row.every((x) => x.structure !== undefined)
      ? median(row.map((x) => x.structure / x.ajv)).toFixed(2) : "not run";
    console.log(`| ${fiches} | ${row.map((x) => `${x.ajv.toFixed(1)} / ${x.cls.toFixed(1)} = ${(x.cls / x.ajv).toFixed(2)}`).join("; ")} | `
      + `${median(ratios).toFixed(2)} | ${structural} |`);
    if (fiches === 30) {
      console.log();
      console.log(`target (cls faster than ajv at 30 fiches), median of ${rounds} rounds: ${median(ratios).toFixed(2)}, `
        + `${median(ratios) < 1 ? "met" : "not met"}`);
    }
  }
}

const fmt = (score, error) => `${score.toFixed(1)} ± ${Number.isFinite(error) ? error.toFixed(1) : "?"}`;
const lines = [
  "| fiches | bytes | ajv: JSON.parse + validate, µs | cls: validate(byte[]), µs | cls / ajv | ajv from the bytes (UTF-8 decoding included), µs | cls / ajv from the bytes | cls per fiche, µs | cls: structural pass alone, µs | structural pass / ajv |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
];
let target;
const perFiche = new Map();
for (const a of ajv) {
  const c = cls.get(a.file);
  if (!c) {
    throw new Error(`no JMH result for ${a.file}`);
  }
  if (c.scoreUnit !== "us/op") {
    throw new Error(`JMH unit ${c.scoreUnit}, us/op expected`);
  }
  const ratio = c.score / a.parse.score;
  lines.push(`| ${a.fiches} | ${a.size} | ${fmt(a.parse.score, a.parse.error)} | ${fmt(c.score, c.scoreError)} | `
    + `${ratio.toFixed(2)} | ${fmt(a.fromBytes.score, a.fromBytes.error)} | ${(c.score / a.fromBytes.score).toFixed(2)} | `
    + `${(c.score / a.fiches).toFixed(2)} | `
    + (structure.has(a.file)
      ? `${fmt(structure.get(a.file).score, structure.get(a.file).scoreError)} | ${(structure.get(a.file).score / a.parse.score).toFixed(2)} |`
      : "not run | |"));
  perFiche.set(a.fiches, c.score / a.fiches);
  if (a.fiches === 30) {
    target = ratio;
  }
}
console.log(lines.join("\n"));
console.log();
console.log(target === undefined
  ? "target (cls faster than ajv at 30 fiches): no 30-fiche file in this run"
  : `target (cls faster than ajv at 30 fiches): cls / ajv = ${target.toFixed(2)}, ${target < 1 ? "met" : "not met"}`);
if (perFiche.has(30) && perFiche.has(300)) {
  const growth = perFiche.get(300) / perFiche.get(30) - 1;
  console.log(`target (cost per fiche from 30 to 300 fiches grows by at most 10 %): ${(growth * 100).toFixed(1)} %, `
    + `${growth <= 0.1 ? "met" : "not met"}`);
}
