#!/usr/bin/env bash
# @fileoverview Compiles grammar/src/parser.c + scanner.c into grammar/tree-sitter-cfengine.wasm,
# a side module that web-tree-sitter loads, with Debian's clang-14 + lld-14 (no emscripten).
#
# Why the emscripten triple: web-tree-sitter expects an Emscripten-style position-independent side
# module (dylink.0 section). clang 14 ignores -fPIC for plain wasm32 triples, but with the
# emscripten triple and `wasm-ld --shared --experimental-pic` it emits exactly that. wasi-libc
# supplies only the C headers; nothing is linked (undefined symbols come from web-tree-sitter).
#
# usage: scripts/build-grammar-wasm.sh [OUT.wasm]
# needs: apt-get install clang-14 lld-14 wasi-libc
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/grammar/tree-sitter-cfengine.wasm}
ld=/usr/lib/llvm-14/bin/wasm-ld
command -v clang-14 >/dev/null && [[ -x $ld ]] && [[ -f /usr/include/wasm32-wasi/stdlib.h ]] ||
  { echo "build-grammar-wasm: needs clang-14 lld-14 wasi-libc (apt-get install them)" >&2; exit 1; }
cd "$root/grammar/src"
clang-14 --target=wasm32-unknown-emscripten -fuse-ld="$ld" -isystem /usr/include/wasm32-wasi \
  -fPIC -O2 -fno-exceptions -fvisibility=hidden -nostdlib \
  -Wl,--shared -Wl,--experimental-pic -Wl,--export=tree_sitter_cfengine \
  -Wl,--allow-undefined -Wl,--no-entry -I . -o "$out" parser.c scanner.c
echo "built $out ($(stat -c %s "$out") bytes)"
