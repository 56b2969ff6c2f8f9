#!/usr/bin/env bash
# RLQuant benchmark: the full search on LeNet-5 with all of MNIST (60,000 training, 10,000 test images from
# ../shared/data/mnist), against uniform W8A8/W4A4 and random search with the same number of episodes.
# Prints the quantize report (accuracy on the 10k test set, mean bits, search times, RLQuant vs random) and keeps
# it in work/bench-rlquant/report.md. Usage: releng/scripts/bench-rlquant.sh [EPISODES] [extra quantize options]
set -euo pipefail
cd "$(dirname "$0")/../.."
EPISODES="${1:-100}"
shift || true
SHARED="${MCUQ_SHARED_DIR:-../shared}"
OUT="work/bench-rlquant"
rm -rf "$OUT"
./mcuq quantize examples/lenet5-mnist/lenet5-mnist.zip --data "$SHARED/data/mnist" --board qemu-m4 \
  --ram-budget "${RAM_KB:-2}" --flash-budget "${FLASH_KB:-36}" --episodes "$EPISODES" --final-epochs "${FINAL_EPOCHS:-3}" \
  --out "$OUT" "$@"
