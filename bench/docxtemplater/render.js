// Renders the PetitionKit benchmark complaint with docxtemplater N times and reports ms per document, timed the way
// tests/PetitionKit.Benchmarks (--time-loop) times PetitionKit: two seconds of warm-up, then five batches; median, best and worst.
// Usage: node render.js TEMPLATE_DIR [N]   (TEMPLATE_DIR from: dotnet run ... -- --write-templates TEMPLATE_DIR)
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const { dottedParser } = require("./dotted-parser");

const dir = process.argv[2];
const count = Number(process.argv[3] || "500");
if (!dir) {
  console.error("usage: node render.js TEMPLATE_DIR [N]");
  process.exit(2);
}

const template = fs.readFileSync(path.join(dir, "complaint.docxtemplater.docx"));
const data = JSON.parse(fs.readFileSync(path.join(dir, "complaint.json"), "utf8"));
const missing = [];

// One document as an application makes it: read the package, compile the template, render, zip with deflate
// (PetitionKit's writer deflates too). docxtemplater cannot reuse a compiled template: render() consumes it.
function renderOnce() {
  const zip = new PizZip(template);
  const doc = new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: true,
    parser: dottedParser,
    nullGetter(part) {
      missing.push(part.value);
      return "";
    },
  });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

function rezipOnce(draft) {
  return new PizZip(draft).generate({ type: "nodebuffer", compression: "DEFLATE" });
}

function time(label, fn, perBatch) {
  // Two seconds of warm-up, so V8 has optimised the hot code before any batch is timed (as the .NET loop does).
  const warmUpEnd = process.hrtime.bigint() + 2000000000n;
  while (process.hrtime.bigint() < warmUpEnd) fn();
  const results = [];
  for (let b = 0; b < 5; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    results.push(Number(process.hrtime.bigint() - start) / 1e6 / perBatch);
  }
  results.sort((a, b) => a - b);
  console.log(
    `${label}: median ${results[2].toFixed(3)} ms/doc, best ${results[0].toFixed(3)}, worst ${results[4].toFixed(3)} (5 batches of ${perBatch})`
  );
}

const draft = renderOnce();
if (missing.length > 0) {
  console.error(`docxtemplater found no value for: ${[...new Set(missing)].join(", ")}`);
  process.exit(1);
}
fs.writeFileSync(path.join(dir, "complaint.docxtemplater.draft.docx"), draft);
const perBatch = Math.max(1, Math.floor(count / 5));
time("docxtemplater load+compile+render+zip", renderOnce, perBatch);
time("docxtemplater floor: re-zip the draft", () => rezipOnce(draft), perBatch);
