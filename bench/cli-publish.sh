#!/usr/bin/env bash
# Publishes the petitionkit tool twice for bench/whole-process.sh: DIR/packed as the tool package carries it (portable,
# framework-dependent IL), and DIR/ready-to-run for this machine's platform with the code compiled ahead of time
# (ReadyToRun), as an application that ships or shells out to the command can publish it.
# Usage: bench/cli-publish.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/cli-publish.sh DIR}
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/PetitionKit.Cli -c Release -f net10.0 -o "$dir/packed" -v quiet -nologo | tail -n 3
dotnet publish src/PetitionKit.Cli -c Release -f net10.0 -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$dir/ready-to-run" -v quiet -nologo | tail -n 3
