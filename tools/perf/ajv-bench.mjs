#!/usr/bin/env node
// Times ajv 8 (the one installed in tools/ajv by `npm ci`, strict, draft 2020-12, all errors, as
// the schema tests use it) on JSON files: JSON.parse of the text plus validate, per file.
//
//   node ajv-bench.mjs SCHEMA.json FILE...
//
// The schema is compiled once. For each file, a number of warm-up samples, then measured samples
// (WARMUP and SAMPLES in the environment, default 5 and 10), each repeating the operation for
// SAMPLE_MS milliseconds (default 1000). The score is the mean of the samples in µs per operation,
// the error the half-width of its 99.9 % confidence interval (Student's t), as JMH reports them.
// Two operations are timed apart: "parse" is JSON.parse of the text (decoded once beforehand) and
// validate, what the comparison is held to; "fromBytes" is the same from the file's bytes, decoding
// UTF-8 included, what ClsValidator.validate(byte[]) is given.
//
// Prints a JSON array, one object per file: {file, size, fiches, parse: {score, error, samples},
// fromBytes: {score, error, samples}}, µs. Exits 1 when a document is not valid (the comparison is about valid documents).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(new URL("../ajv/package.json", import.meta.url));
const Ajv2020 = require("ajv/dist/2020.js").default;

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  process.stderr.write("usage: node ajv-bench.mjs SCHEMA.json FILE...\n");
  process.exit(2);
}
const warmup = Number(process.env.WARMUP ?? 5);
const samples = Number(process.env.SAMPLES ?? 10);
const sampleNs = BigInt(Number(process.env.SAMPLE_MS ?? 1000) * 1e6);

const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  .compile(JSON.parse(readFileSync(schemaPath, "utf8")));

// Student's t at 0.9995 (two-sided 99.9 %) by degrees of freedom, as JMH's error.
const T = [636.619, 31.599, 12.924, 8.61, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.437, 4.318,
  4.221, 4.14, 4.073, 4.015, 3.965, 3.922, 3.883, 3.85, 3.819, 3.792, 3.768, 3.745, 3.725, 3.707,
  3.69, 3.674, 3.659, 3.646];
const t9995 = (df) => (df <= T.length ? T[df - 1] : df <= 40 ? 3.551 : df <= 60 ? 3.46 : df <= 120 ? 3.373 : 3.291);

// One sample: the operation repeated until SAMPLE_MS has passed; µs per operation.
function sample(op) {
  let n = 0;
  let ok = true;
  const start = process.hrtime.bigint();
  let elapsed;
  do {
    ok = op() && ok;
    n++;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < sampleNs);
  if (!ok) {
    throw new Error("not valid: " + JSON.stringify(validate.errors));
  }
  return Number(elapsed) / 1e3 / n;
}

function measure(op) {
  for (let i = 0; i < warmup; i++) {
    sample(op);
  }
  const values = Array.from({ length: samples }, () => sample(op));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  const error = values.length > 1 ? t9995(values.length - 1) * Math.sqrt(variance / values.length) : NaN;
  return { score: mean, error, samples: values.length };
}

const results = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const text = bytes.toString("utf8");
  const document = JSON.parse(text);
  if (!validate(document)) {
    process.stderr.write(`${file} is not valid for ajv: ${JSON.stringify(validate.errors)}\n`);
    process.exit(1);
  }
  const fiches = (document.axes ?? []).reduce((n, axe) => n + (axe.fiches ?? []).length, 0);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  results.push({
    file,
    size: bytes.length,
    fiches,
    parse: measure(() => validate(JSON.parse(text))),
    fromBytes: measure(() => validate(JSON.parse(decoder.decode(bytes)))),
  });
}
process.stdout.write(JSON.stringify(results, null, 1) + "\n");
