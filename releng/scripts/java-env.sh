# Sourced by MCUQ's scripts: selects a JDK 21+ for Maven/Tycho and the product.
# Order: JAVA_HOME if it is 21+, else the newest JDK 21+ under /usr/lib/jvm.
mcuq_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
mcuq_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(mcuq_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(mcuq_java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "mcuq: no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' where available, and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
