#!/usr/bin/env bash
# @fileoverview Builds the tree-sitter CLI 0.20.7 offline on Debian 12, for `grammar/` regeneration.
#
# Why: the npm `tree-sitter-cli` package downloads a binary from GitHub at install time, which this
# project's machines cannot reach. Debian ships the CLI's full source (orig tarball) and every Rust
# crate it needs as librust-*-dev packages, so cargo can build it against a directory source.
# The CLI's web `playground` subcommand is replaced by a stub (its crates are not in Debian).
# Generated parsers are ABI 14, which web-tree-sitter 0.25+ loads.
#
# usage: scripts/build-tree-sitter-cli.sh [OUT_DIR]    (default .tools/bin; skips if already built)
# env:   SKIP_APT=1 to skip apt; TS_BUILD_DIR scratch dir (default /tmp/cfwasm-ts-cli)
set -euo pipefail

out=${1:-.tools/bin}
version=0.20.7
scratch=${TS_BUILD_DIR:-/tmp/cfwasm-ts-cli}

if [[ -x "$out/tree-sitter" ]] && "$out/tree-sitter" --version 2>/dev/null | grep -q "$version"; then
  echo "tree-sitter $version already at $out/tree-sitter"; exit 0
fi

# Crates the CLI depends on; Debian splits crate features into `+feature` packages.
crates=(anyhow lazy-static regex regex-syntax rustc-hash semver serde serde-derive serde-json
  smallbitvec indexmap log thiserror toml ansi-term atty clap-2 difference dirs glob html-escape
  walkdir which cc libloading once-cell memchr)
features=(regex+default regex-syntax+default serde+derive serde+default serde-json+preserve-order
  serde-json+default indexmap+default log+std clap-2+default once-cell+default memchr+default
  difference+default which+default atty+default ansi-term+default cc+default dirs+default
  html-escape+default walkdir+default glob+default toml+default smallbitvec+default
  rustc-hash+default anyhow+default lazy-static+default log+default)

if [[ -z "${SKIP_APT:-}" ]]; then
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache showsrc tree-sitter 2>/dev/null | grep -q "^Version: $version"; then
    # `apt-get source` needs a deb-src entry, which the stock images lack.
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      > /etc/apt/sources.list.d/cfwasm-bookworm-src.sources
    apt-get update -qq
  fi
  pkgs=()
  for c in "${crates[@]}" "${features[@]}"; do pkgs+=("librust-$c-dev"); done
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  command -v cargo >/dev/null || apt-get install -y -qq --no-install-recommends cargo >/dev/null
fi

rm -rf "$scratch"; mkdir -p "$scratch"
out_abs=$(mkdir -p "$out" && cd "$out" && pwd)
cd "$scratch"
apt-get source --download-only "tree-sitter=${version}-1" >/dev/null 2>&1 || apt-get source --download-only tree-sitter >/dev/null
tar xJf "tree-sitter_${version}.orig.tar.xz"
cd "tree-sitter-${version}"

rm -f Cargo.lock   # pins crates.io versions; Debian's registry has its own
sed -i -e '/^tiny_http = /d' -e '/^webbrowser = /d' -e 's/^dirs = "3.0"/dirs = "4"/' \
  -e '/^\[dev-dependencies\]/,/^\[build-dependencies\]/{/^\[build-dependencies\]/!d}' cli/Cargo.toml
sed -i 's/^dirs = "3.0"/dirs = "4"/' cli/loader/Cargo.toml cli/config/Cargo.toml
cat > cli/src/playground.rs <<'RS'
// The web playground is not built offline (its crates are not packaged by Debian).
use std::path::Path;
pub fn serve(_grammar_path: &Path, _open_in_browser: bool) {
    eprintln!("playground: not available in this offline build");
    std::process::exit(1);
}
RS
printf '\n[profile.release]\nstrip = true\n' >> Cargo.toml
mkdir -p .cargo
printf '[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n[net]\noffline = true\n' > .cargo/config.toml

cargo build --release -q -p tree-sitter-cli
install -m 0755 target/release/tree-sitter "$out_abs/tree-sitter"
"$out_abs/tree-sitter" --version
