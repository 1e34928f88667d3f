#!/usr/bin/env bash
# @fileoverview Regenerates grammar/src (tree-sitter generate) and the grammar wasm from
# grammar/grammar.js. With --check, regenerates into a scratch copy and fails if the committed
# files differ (CI proves that what is committed is what grammar.js produces).
#
# usage: scripts/generate-grammar.sh [--check]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ts=${TREE_SITTER:-$root/.tools/bin/tree-sitter}
[[ -x $ts ]] || { echo "generate-grammar: $ts missing; run scripts/build-tree-sitter-cli.sh" >&2; exit 1; }

if [[ ${1:-} == --check ]]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp -r "$root/grammar" "$scratch/grammar"
  (cd "$scratch/grammar" && "$ts" generate --no-bindings)
  mkdir -p "$scratch/scripts" && cp "$root/scripts/build-grammar-wasm.sh" "$scratch/scripts/"
  bash "$scratch/scripts/build-grammar-wasm.sh" "$scratch/grammar/tree-sitter-cfengine.wasm" >/dev/null
  status=0
  for f in src/parser.c src/grammar.json src/node-types.json src/tree_sitter/parser.h tree-sitter-cfengine.wasm; do
    if ! cmp -s "$root/grammar/$f" "$scratch/grammar/$f"; then
      echo "grammar/$f is not what grammar.js generates: run scripts/generate-grammar.sh and commit" >&2
      status=1
    fi
  done
  [[ $status == 0 ]] && echo "grammar: generated files are up to date"
  exit $status
fi

(cd "$root/grammar" && "$ts" generate --no-bindings)
bash "$root/scripts/build-grammar-wasm.sh"
