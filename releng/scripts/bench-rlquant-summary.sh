#!/usr/bin/env bash
# Prints RLQuant against random search from quantize reports (one per seed), as a markdown table: test accuracy
# after the final fine-tune, bits per parameter / per activation value, the policy, and from the episode logs the
# best reward and the mean reward of the second half of the episodes (after the agent's warm-up).
# Usage: releng/scripts/bench-rlquant-summary.sh work/bench-rlquant/seed-*/report.md
set -euo pipefail
row() { grep -m1 "^| $2 |" "$1" | awk -F'|' '{gsub(/ /, "", $3); gsub(/ /, "", $6); gsub(/ /, "", $7); gsub(/^ +| +$/, "", $12); printf "%s | %s/%s | %s", $3, $6, $7, $12}'; }
rewards() {
  awk -F'\t' '!/^#/ {n++; r[n]=$3; if (n==1 || $3>best) best=$3}
    END {for (i=int(n/2)+1; i<=n; i++) {s+=r[i]; m++}; printf "%.3f | %.3f", best, s/m}' "$1"
}
seconds() { grep -m1 "^Search (seed" "$1" | sed -E "s/.* ([0-9]+) $2 episodes in ([0-9:]+).*/\2/"; }
echo "| seed | RLQuant test acc | W/A bits | RLQuant policy | random test acc | W/A bits | random policy |" \
  "RLQuant best reward | mean reward, 2nd half | random best reward | mean reward, 2nd half | RLQuant / random time |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for report in "$@"; do
  dir=$(dirname "$report")
  seed=$(grep -m1 "^Search (seed" "$report" | sed -E 's/^Search \(seed ([0-9]+)\).*/\1/')
  echo "| $seed | $(row "$report" RLQuant) | $(row "$report" "random search") |" \
    "$(rewards "$dir/search/rlquant-episodes.tsv") | $(rewards "$dir/search/random-episodes.tsv") |" \
    "$(seconds "$report" RLQuant) / $(seconds "$report" random-search) |"
done
