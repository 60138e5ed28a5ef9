// The default docxtemplater parser reads one property name; the benchmark templates use dotted paths
// ({petitioner.name}), so this parser walks them, own properties only, and nothing else: about the least work a parser
// can do. Shared by render.js (the in-process timing) and once.js (the whole-process runs).
"use strict";

function dottedParser(tag) {
  const parts = tag === "." ? [] : tag.split(".");
  return {
    get(scope) {
      let value = scope;
      for (const part of parts) {
        if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, part)) {
          return undefined;
        }
        value = value[part];
      }
      return value;
    },
  };
}

module.exports = { dottedParser };
