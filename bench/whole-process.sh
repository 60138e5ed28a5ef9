#!/usr/bin/env bash
# Whole-process side by side: each command is a fresh process, as for a script or another language's app that shells
# out per draft, or a web app's first request. The commands run in turn, RUNS times (default 7), so load that comes
# and goes falls on all of them alike; each run's wall time and peak resident memory come from /usr/bin/time, and the
# load average is recorded beside each run. Prints medians, the load range and the ratios.
# Usage: bench/whole-process.sh TEMPLATE_DIR   (from the benchmark program's --write-templates; bench/run.sh calls it)
set -euo pipefail
cd "$(dirname "$0")/.."
templates=${1:?usage: bench/whole-process.sh TEMPLATE_DIR}
runs=${RUNS:-7}
batch=${BATCH:-500}
out=artifacts/bench/whole-process
cli=${PETITIONKIT_CLI_DIR:-$out/cli}
mkdir -p "$out"

if [ -z "${PETITIONKIT_CLI_DIR:-}" ]; then
  bash bench/cli-publish.sh "$cli"
fi
petitionkit=$cli/packed/PetitionKit.Cli
r2r=$cli/ready-to-run/PetitionKit.Cli
[ -x "$petitionkit" ] && [ -x "$r2r" ] || { echo "no $petitionkit or $r2r"; exit 1; }
if [ ! -d bench/docxtemplater/node_modules ]; then
  (cd bench/docxtemplater && npm ci --no-audit --no-fund)
fi

# BATCH data files: the benchmark's data, each with its own petitioner name so no two drafts are the same.
data=$out/batch-data
rm -rf "$data" && mkdir -p "$data"
node -e '
  const fs = require("fs");
  const [source, dir, count] = process.argv.slice(1);
  const data = JSON.parse(fs.readFileSync(source, "utf8"));
  const name = data.petitioner.name;
  for (let i = 1; i <= Number(count); i++) {
    data.petitioner.name = `${name} ${i}`;
    fs.writeFileSync(`${dir}/r${String(i).padStart(4, "0")}.json`, JSON.stringify(data));
  }' "$templates/complaint.json" "$data" "$batch"

petition=samples/petitions/okafor-family-i485.json
render="render --template $templates/complaint.petitionkit.docx --data $templates/complaint.json --as-of 2026-06-03 --out $out/render"
draft="draft --petition $petition --as-of 2026-06-03 --out $out/draft"
rows=(
  "petitionkit render|$petitionkit $render.docx"
  "petitionkit render, ReadyToRun|$r2r $render-r2r.docx"
  "docxtemplater, one-file node script|node bench/docxtemplater/once.js $templates/complaint.docxtemplater.docx $templates/complaint.json $out/docxtemplater.docx"
  "petitionkit draft (built-in template, okafor sample)|$petitionkit $draft.docx"
  "petitionkit draft, ReadyToRun|$r2r $draft-r2r.docx"
  "petitionkit --version|$petitionkit --version"
  "petitionkit batch, $batch data files|$petitionkit batch --template $templates/complaint.petitionkit.docx --data-dir $data --out-dir $out/batch --as-of 2026-06-03"
  "docxtemplater, $batch files in one node process|node bench/docxtemplater/once.js $templates/complaint.docxtemplater.docx --data-dir $data --out-dir $out/batch-docxtemplater"
)

results=$out/results.tsv
: >"$results"
echo "== Whole process: ${#rows[@]} commands, $runs runs each in turn (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq 1 "$runs"); do
  for row in "${rows[@]}"; do
    label=${row%%|*}
    command=${row#*|}
    rm -rf "$out/batch" "$out/batch-docxtemplater"
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086 # the command line is split on spaces on purpose; no path here has one
    if ! /usr/bin/time -f '%e %M' -o "$out/time.txt" $command >"$out/stdout.txt" 2>"$out/stderr.txt"; then
      echo "FAILED: $command"; cat "$out/stderr.txt"; exit 1
    fi
    read -r wall rss <"$out/time.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$label" "$wall" "$rss" "$load" >>"$results"
  done
  echo "-- run $run done (load average $(cut -d' ' -f1 /proc/loadavg))"
done

# Ahead-of-time code changes how fast the program starts, never what it writes.
for name in render draft; do
  cmp -s "$out/$name.docx" "$out/$name-r2r.docx" && echo "$name: the ReadyToRun build's draft is byte-identical" \
    || { echo "$name: the ReadyToRun build's draft DIFFERS"; exit 1; }
done

python3 - "$results" "$batch" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    run, label, wall, rss, load = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append((float(wall), int(rss), float(load)))
batch = int(sys.argv[2])
print("| command | median wall | range | median peak memory | load average |")
print("| --- | ---: | ---: | ---: | ---: |")
medians = {}
for label, values in rows.items():
    walls = [v[0] for v in values]
    loads = [v[2] for v in values]
    medians[label] = statistics.median(walls)
    per = f" ({medians[label] / batch * 1000:.1f} ms a draft)" if "batch" in label or " files in " in label else ""
    print(f"| {label} | {medians[label]:.2f} s{per} | {min(walls):.2f}–{max(walls):.2f} s | "
          f"{statistics.median(v[1] for v in values) / 1024:.0f} MB | {min(loads):.2f}–{max(loads):.2f} |")
labels = list(medians)
def ratio(a, b):
    # Above 1: PetitionKit is that many times faster than docxtemplater, whole process, ratio of medians.
    print(f"{labels[a]}: {medians[labels[b]] / medians[labels[a]]:.2f}× docxtemplater's speed ({labels[b]})")
for one in (0, 1, 3, 4):
    ratio(one, 2)
ratio(6, 7)
PY
