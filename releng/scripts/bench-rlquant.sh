#!/usr/bin/env bash
# RLQuant benchmark: the full search on LeNet-5 with all of MNIST (60,000 training, 10,000 test images from
# ../shared/data/mnist), against uniform W8A8/W4A4 and random search with the same number of episodes, once per
# seed in SEEDS (default 1). Each seed's quantize report lands in work/bench-rlquant/seed-S/report.md; the end
# prints RLQuant against random search for every seed (releng/scripts/bench-rlquant-summary.sh).
# Usage: [SEEDS="1 2 3"] releng/scripts/bench-rlquant.sh [EPISODES] [extra quantize options]
set -euo pipefail
cd "$(dirname "$0")/../.."
EPISODES="${1:-100}"
shift || true
SHARED="${MCUQ_SHARED_DIR:-../shared}"
ROOT="work/bench-rlquant"
for SEED in ${SEEDS:-1}; do
  OUT="$ROOT/seed-$SEED"
  rm -rf "$OUT"
  mkdir -p "$ROOT"
  ./mcuq quantize examples/lenet5-mnist/lenet5-mnist.zip --data "$SHARED/data/mnist" --board qemu-m4 \
    --ram-budget "${RAM_KB:-2}" --flash-budget "${FLASH_KB:-36}" --episodes "$EPISODES" \
    --final-epochs "${FINAL_EPOCHS:-3}" --seed "$SEED" --out "$OUT" "$@"
done
releng/scripts/bench-rlquant-summary.sh "$ROOT"/seed-*/report.md
