#!/usr/bin/env bash
# Runs PetitionKit's benchmarks and the docxtemplater comparison side by side on this machine.
#   bench/run.sh                      everything: side-by-side loop (3 rounds), then BenchmarkDotNet with --job short
#   bench/run.sh --side-by-side-only  just the PetitionKit vs docxtemplater loop
#   bench/run.sh --whole-process-only just the whole-process table (petitionkit commands vs one-file node scripts)
#   bench/run.sh --filter '*Complaint*' --job short   any arguments are passed to BenchmarkDotNet instead of the defaults
# Environment: ROUNDS (default 3) and DOCS (renders per round, default 500); RUNS (whole-process runs of each
# command, default 7) and BATCH (data files in the batch rows, default 500). Results go to artifacts/bench/.
# Never part of the test run: the machine is shared, so timings are noisy; read docs/performance.md for how to read them.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rounds=${ROUNDS:-3}
docs=${DOCS:-500}
out=artifacts/bench
templates=$out/templates
project=tests/PetitionKit.Benchmarks
mkdir -p "$out"

echo "== Machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "memory: $(free -h | awk '/^Mem:/ {print $2}'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet: $(dotnet --version); node: $(node --version)"

echo "== Build"
dotnet build -c Release "$project" -v quiet -nologo | tail -n 3
dotnet run -c Release --no-build --project "$project" -- --write-templates "$templates"
if [ ! -d bench/docxtemplater/node_modules ]; then
  (cd bench/docxtemplater && npm ci --no-audit --no-fund)
fi

if [ "${1:-}" = "--whole-process-only" ]; then
  bash bench/whole-process.sh "$templates"
  exit 0
fi

echo "== Side by side: $docs documents per round, $rounds rounds (same template and data in both syntaxes)"
node bench/docxtemplater/render.js "$templates" 40 >/dev/null # writes docxtemplater's draft for the check below
if command -v python3 >/dev/null 2>&1; then
  python3 - "$templates" <<'PY'
import html, re, sys, zipfile
def paragraphs(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    # A form number's hyphen is Word's non-breaking hyphen (w:noBreakHyphen) in PetitionKit's draft: read it as "-".
    runs = lambda p: "".join("-" if m.group(1) is None else m.group(1) for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:noBreakHyphen\s*/>", p))
    return [html.unescape(runs(p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]
a = paragraphs(sys.argv[1] + "/complaint.petitionkit.draft.docx")
# PetitionKit ends every draft with its review checklist section (a section break, then the title): compare the rest.
title = "Attorney review checklist — remove before filing"
if title in a:
    a = a[:a.index(title) - 1]
b = paragraphs(sys.argv[1] + "/complaint.docxtemplater.draft.docx")
print(f"check: {len(a)} and {len(b)} body paragraphs; text {'identical' if a == b else 'DIFFERENT'}")
sys.exit(0 if a == b else 1)
PY
fi
for round in $(seq 1 "$rounds"); do
  echo "-- round $round (load average $(cut -d' ' -f1 /proc/loadavg))"
  dotnet run -c Release --no-build --project "$project" -- --time-loop "$docs"
  node bench/docxtemplater/render.js "$templates" "$docs"
done

if [ "${1:-}" = "--side-by-side-only" ]; then
  exit 0
fi

bash bench/whole-process.sh "$templates"

echo "== BenchmarkDotNet"
if [ $# -eq 0 ]; then
  set -- --filter '*' --job short
fi
dotnet run -c Release --no-build --project "$project" -- --artifacts "$out/bdn" "$@"
