#!/usr/bin/env bash
# Builds MCUQ and runs every test (unit, headless OSGi, UI under Xvfb, QEMU/toolchain tests).
# On a fresh Debian machine it installs what it needs when run as root.
set -uo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
source releng/scripts/java-env.sh
PACKAGES="gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm xvfb dbus-x11 libgtk-3-0"

missing_tools() {
  command -v arm-none-eabi-gcc >/dev/null || return 0
  [ -f "$(arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -print-file-name=libc.a)" ] || return 0
  command -v qemu-system-arm >/dev/null || return 0
  command -v xvfb-run >/dev/null || return 0
  command -v dbus-launch >/dev/null || return 0
  ldconfig -p | grep -q 'libgtk-3\.so\.0' || return 0
  return 1
}

install_tools() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing tools. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $PACKAGES" >&2
    exit 1
  fi
  echo "test.sh: installing $PACKAGES ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
}

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

if missing_tools; then install_tools; fi
mcuq_select_jdk || exit 1
export OMP_NUM_THREADS=1
start=$(date +%s)
xvfb-run -a -s "-screen 0 1600x1200x24" ./mvnw -B clean verify "$@"
status=$?
echo "test.sh: build and tests took $(( $(date +%s) - start )) s (exit $status)"
[ $status -eq 0 ] || report_failures
exit $status
