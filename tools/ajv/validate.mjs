#!/usr/bin/env node
// Validates JSON documents against the CLS JSON Schema with ajv 8 (draft 2020-12, strict mode).
//
//   node validate.mjs SCHEMA.json DOCUMENT.json...
//
// Prints one JSON object per document, on its own line, in the order given:
//   {"document": PATH, "valid": true|false, "errors": [{"instancePath", "keyword", "schemaPath", "params"}]}
// or {"document": PATH, "error": MESSAGE} when the document is not readable JSON.
// Exit status: 0 when every document could be checked (valid or not), 1 when one could not be read,
// 2 when the schema does not compile in strict mode or the command line is wrong.
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";

const [schemaPath, ...documents] = process.argv.slice(2);
if (!schemaPath) {
  process.stderr.write("usage: node validate.mjs SCHEMA.json DOCUMENT.json...\n");
  process.exit(2);
}

let validate;
try {
  // strict: true turns every strict option on (unknown keywords or formats, ignored keywords,
  // required properties not declared, ambiguous types, non-finite numbers).
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (e) {
  process.stderr.write(`schema ${schemaPath} rejected by ajv (strict mode): ${e.message}\n`);
  process.exit(2);
}

let unreadable = false;
for (const document of documents) {
  let verdict;
  try {
    const data = JSON.parse(readFileSync(document, "utf8"));
    const valid = validate(data);
    verdict = {
      document,
      valid,
      errors: (validate.errors ?? []).map((e) => ({
        instancePath: e.instancePath,
        keyword: e.keyword,
        schemaPath: e.schemaPath,
        params: e.params,
      })),
    };
  } catch (e) {
    unreadable = true;
    verdict = { document, error: e.message };
  }
  process.stdout.write(JSON.stringify(verdict) + "\n");
}
process.exit(unreadable ? 1 : 0);
