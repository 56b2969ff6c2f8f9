#!/usr/bin/env bash
# Retrains the LeNet-5 MNIST example and rewrites examples/lenet5-mnist/ (model zip + 1k test subset).
# Usage: releng/scripts/train-example.sh [--epochs N] [--seed S]
# MNIST is read from $MCUQ_SHARED_DIR/data/mnist (default: ../shared next to the repository).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/java-env.sh"
mcuq_select_jdk
SHARED="${MCUQ_SHARED_DIR:-$ROOT/../shared}"
TRAIN="$ROOT/bundles/org.mcuq.train"

cd "$ROOT"
./mvnw -q -f bundles/org.mcuq.data/pom.xml install -DskipTests
./mvnw -q -f bundles/org.mcuq.train/pom.xml compile dependency:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile="$TRAIN/target/classpath.txt"

# One OpenMP thread is faster than the default on the small build machines, and deterministic.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$TRAIN/target/classes:$(cat "$TRAIN/target/classpath.txt")" \
  org.mcuq.train.TrainLeNet5 --mnist "$SHARED/data/mnist" --out "$ROOT/examples/lenet5-mnist" "$@"
