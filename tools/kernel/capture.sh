#!/bin/sh
# Records kernel traces into test/kernel/traces (dev-only, needs root, python3-scapy,
# iptables and iproute2 from Debian). Each scenario runs in its own fresh network namespace,
# so the host's sysctls, firewall and sockets are never touched and no TIME_WAIT of one
# scenario meets the next. Usage: tools/kernel/capture.sh [scenario ...] (default: all).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$#" -eq 0 ]; then
  set -- $(cd "$here" && /usr/bin/python3 -c 'from scenarios import SCENARIOS; print(" ".join(SCENARIOS))')
fi
# At most 8 at a time; each one is bounded by capture.py's SCENARIO_LIMIT_S.
printf '%s\n' "$@" | xargs -P 8 -I NAME unshare -n /usr/bin/python3 "$here/capture.py" NAME
