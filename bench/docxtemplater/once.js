// One document from a fresh node process, the way a script or another language's app shelling out would make it:
// read the template and the data, render, write the .docx. The whole-process row of bench/run.sh times this file.
// Usage: node once.js TEMPLATE.docx DATA.json OUT.docx
//        node once.js TEMPLATE.docx --data-dir DIR --out-dir DIR   one process, one draft per *.json file in DIR
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const { dottedParser } = require("./dotted-parser");

function render(template, dataPath, outPath) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, parser: dottedParser });
  doc.render(JSON.parse(fs.readFileSync(dataPath, "utf8")));
  fs.writeFileSync(outPath, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
}

const args = process.argv.slice(2);
if (args.length === 3) {
  render(fs.readFileSync(args[0]), args[1], args[2]);
} else if (args.length === 5 && args[1] === "--data-dir" && args[3] === "--out-dir") {
  const template = fs.readFileSync(args[0]);
  fs.mkdirSync(args[4], { recursive: true });
  const files = fs.readdirSync(args[2]).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    render(template, path.join(args[2], file), path.join(args[4], file.replace(/\.json$/, ".docx")));
  }
} else {
  console.error("usage: node once.js TEMPLATE.docx DATA.json OUT.docx | node once.js TEMPLATE.docx --data-dir DIR --out-dir DIR");
  process.exit(2);
}
