#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the test suite runs, when they are missing:
#   chromium    the HTML report's and JUnit viewer's browser tests (never a downloaded browser)
#   pre-commit  the pre-commit hook's test, with the real program
#   neovim      the editor test (a real language-server client)
#   git         the pre-commit hook's test and the git-based tests
# As root it runs apt-get update and apt-get install for what is missing; otherwise it prints the exact command
# and exits 1. Nothing missing: it says so and exits 0. Node.js >= 20 and npm are checked, not installed.
set -euo pipefail

# program on the PATH -> the Debian package that provides it
programs=(chromium pre-commit nvim git)
packages=(chromium pre-commit neovim git)

missing=()
for i in "${!programs[@]}"; do
  command -v "${programs[$i]}" >/dev/null 2>&1 || missing+=("${packages[$i]}")
done

node_ok=1
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  node_ok=0
elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  node_ok=0
fi
if [ "$node_ok" = 0 ]; then
  echo "install-test-deps: orglint needs Node.js 20 or later and npm on the PATH (found: $(node --version 2>/dev/null || echo none)); install them first" >&2
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-deps: every package the tests need is installed (chromium, pre-commit, neovim, git)"
  [ "$node_ok" = 1 ] || exit 1
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: missing ${missing[*]}, and this is not a Debian/Ubuntu machine (no apt-get): install them with your package manager" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: missing ${missing[*]}; run as root, or:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for i in "${!programs[@]}"; do
  command -v "${programs[$i]}" >/dev/null 2>&1 || { echo "install-test-deps: ${packages[$i]} was installed but ${programs[$i]} is not on the PATH" >&2; exit 1; }
done
[ "$node_ok" = 1 ] || exit 1
echo "install-test-deps: done"
