#!/usr/bin/env bash
# Prints RLQuant against random search from quantize reports (one per seed), as a markdown table.
# Usage: releng/scripts/bench-rlquant-summary.sh work/bench-rlquant/seed-*/report.md
set -euo pipefail
row() { grep -m1 "^| $2 |" "$1" | awk -F'|' '{gsub(/ /, "", $3); gsub(/ /, "", $6); gsub(/ /, "", $7); gsub(/^ +| +$/, "", $12); printf "%s | %s/%s | %s", $3, $6, $7, $12}'; }
search() { grep -m1 "^Search (seed" "$1"; }
echo "| seed | RLQuant test acc | W/A bits | RLQuant policy | random test acc | W/A bits | random policy | search |"
echo "|---|---|---|---|---|---|---|---|"
for report in "$@"; do
  seed=$(search "$report" | sed -E 's/^Search \(seed ([0-9]+)\).*/\1/')
  echo "| $seed | $(row "$report" RLQuant) | $(row "$report" "random search") | $(search "$report" | sed -E 's/^Search \(seed [0-9]+\): //') |"
done
