#!/usr/bin/env node
// Validates JSON documents against the CLS JSON Schema with ajv 8 (draft 2020-12, strict mode).
//
//   node validate.mjs SCHEMA.json DOCUMENT.json...
//   node validate.mjs SCHEMA.json... -- DOCUMENT.json...
//
// With several schemas (one per format version, cls/1.0, cls/1.1…), each document is checked
// against the schema of the version its formatVersion declares, the last schema when it declares
// none of theirs.
// Prints one JSON object per document, on its own line, in the order given:
//   {"document": PATH, "valid": true|false, "errors": [{"instancePath", "keyword", "schemaPath", "params"}]}
// or {"document": PATH, "error": MESSAGE} when the document is not readable JSON.
// Exit status: 0 when every document could be checked (valid or not), 1 when one could not be read,
// 2 when a schema does not compile in strict mode or the command line is wrong.
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const schemaPaths = separator >= 0 ? args.slice(0, separator) : args.slice(0, 1);
const documents = separator >= 0 ? args.slice(separator + 1) : args.slice(1);
if (schemaPaths.length === 0) {
  process.stderr.write("usage: node validate.mjs SCHEMA.json... -- DOCUMENT.json...\n");
  process.exit(2);
}

// The validating function of each schema, by the format version its $id names.
const byVersion = new Map();
let newest;
// strict: true turns every strict option on (unknown keywords or formats, ignored keywords,
// required properties not declared, ambiguous types, non-finite numbers). A union of types is
// allowed: a value written either as an object or, in short, as a string says so with one.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
for (const schemaPath of schemaPaths) {
  try {
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
    newest = ajv.compile(schema);
    const version = /\/cls\/([0-9]+\.[0-9]+)\//.exec(schema.$id ?? "");
    if (version) {
      byVersion.set(version[1], newest);
    }
  } catch (e) {
    process.stderr.write(`schema ${schemaPath} rejected by ajv (strict mode): ${e.message}\n`);
    process.exit(2);
  }
}

let unreadable = false;
for (const document of documents) {
  let verdict;
  try {
    const data = JSON.parse(readFileSync(document, "utf8"));
    const validate = byVersion.get(data?.formatVersion) ?? newest;
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
