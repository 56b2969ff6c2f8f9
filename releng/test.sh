#!/usr/bin/env bash
# Builds MCUQ and runs every test (unit, headless OSGi, UI under Xvfb, QEMU/toolchain tests).
# On a fresh Debian machine it installs what it needs when run as root.
set -uo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
source releng/scripts/java-env.sh
source releng/scripts/board-tools.sh

report_failures() {
  echo "==== failing test reports ===="
  grep -l -E '<(failure|error)' $(find . -path '*/target/surefire-reports/*.xml' 2>/dev/null) 2>/dev/null |
    while read -r report; do
      echo "---- ${report%.xml}.txt"
      cat "${report%.xml}.txt" 2>/dev/null || cat "$report"
    done
  for log in $(find . -path '*/target/work/data/.metadata/.log' 2>/dev/null); do
    echo "==== workbench log $log ===="
    tail -n 200 "$log"
  done
}

if mcuq_board_tools_missing || mcuq_ui_tools_missing; then
  mcuq_install_packages test.sh $MCUQ_BOARD_PACKAGES $MCUQ_UI_PACKAGES || exit 1
fi
mcuq_select_jdk || exit 1
export OMP_NUM_THREADS=1
start=$(date +%s)
xvfb-run -a -s "-screen 0 1600x1200x24" ./mvnw -B clean verify "$@"
status=$?
echo "test.sh: build and tests took $(( $(date +%s) - start )) s (exit $status)"
[ $status -eq 0 ] || report_failures
exit $status
