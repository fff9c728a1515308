#!/usr/bin/env bash
# The README as a new user meets it: its first command on a clean clone, then its CI recipe
# (the `run:` lines of the workflow, read from README.md and run as written) in a bulletin
# repository made from seeds/, with the tool installed globally into a scratch prefix.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*" >&2; }

step "a clean clone of the committed tree, in tools/zone-extract of a bulletin repository"
repo="$work/bulletins"
mkdir -p "$repo/tools" "$repo/issues/2024-09"
git clone --quiet "$root" "$repo/tools/zone-extract"
cp "$root"/seeds/*.txt "$repo/issues/2024-09/"
cp "$root/fixtures/check/seeds-accepted.yaml" "$repo/accepted-findings.yaml"
printf 'zones: [高平经济技术开发区, 长治高新技术产业开发区]\n' > "$repo/expect.yaml"

step "the recipe's run: lines, from README.md"
recipe="$(awk '/^name: bulletin/ { on = 1 } on && /^```/ { exit } on && /^ *- run: / { sub(/^ *- run: /, ""); print }' "$root/README.md")"
if [ "$(printf '%s\n' "$recipe" | wc -l)" -lt 3 ]; then
  echo "smoke: no CI recipe in README.md" >&2
  exit 1
fi
export RUNNER_TEMP="$work/runner" npm_config_prefix="$work/global" PATH="$work/global/bin:$PATH"
mkdir -p "$RUNNER_TEMP"
cd "$repo"
run() { (set -x; bash -euo pipefail -c "$1"); }
run "$(printf '%s\n' "$recipe" | head -1)"
# the README's first command in the clone; its output of the issue is the accepted baseline
(cd tools/zone-extract && npx zone-extract seeds/ | node -e 'JSON.parse(require("fs").readFileSync(0, "utf8"))')
node tools/zone-extract/bin/zone-extract.js --format jsonl issues/ > accepted.jsonl
printf '%s\n' "$recipe" | tail -n +2 | while IFS= read -r line; do run "$line"; done

step "the installed tool and library, outside any checkout"
[ "$(command -v zone-extract)" = "$work/global/bin/zone-extract" ]
zone-extract --version
zone-extract --format jsonl issues/ | cmp - accepted.jsonl
zone-extract schema | node -e 'if (JSON.parse(require("fs").readFileSync(0, "utf8")).type !== "object") process.exit(1)'
(cd "$work/global/lib" && node --input-type=module -e "
  const { extract } = await import('zone-extract');
  if (extract('高平经开区现入驻企业95户。')[0]?.value !== 95) process.exit(1);")
echo "smoke: the README's commands and CI recipe pass" >&2
