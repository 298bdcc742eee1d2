#!/bin/bash
# A user-data shell script runs once per instance, like runcmd.
set -euo pipefail
echo 600 | tee /proc/sys/net/ipv4/tcp_keepalive_time
