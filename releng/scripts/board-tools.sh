# Sourced by releng/test.sh and ./mcuq: finds the programs MCUQ's builds, boards and tests need and, as root on
# Debian, installs the missing ones with apt-get (otherwise prints the install line).
MCUQ_BOARD_PACKAGES="gcc libc6-dev gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm"
MCUQ_UI_PACKAGES="xvfb dbus-x11 libgtk-3-0"

mcuq_board_tools_missing() {
  command -v gcc >/dev/null || return 0
  command -v arm-none-eabi-gcc >/dev/null || return 0
  [ -f "$(arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -print-file-name=libc.a)" ] || return 0
  command -v qemu-system-arm >/dev/null || return 0
  return 1
}

mcuq_ui_tools_missing() {
  command -v xvfb-run >/dev/null || return 0
  command -v dbus-launch >/dev/null || return 0
  ldconfig -p | grep -q 'libgtk-3\.so\.0' || return 0
  return 1
}

# mcuq_install_packages WHO PACKAGES...: installs as root, else prints the command and returns 1.
mcuq_install_packages() {
  local who="$1"
  shift
  if [ "$(id -u)" -ne 0 ]; then
    echo "$who: missing tools. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $*" >&2
    return 1
  fi
  echo "$who: installing $* ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
