#!/bin/sh
# apply the new route settings now; nothing to persist
sysctl -w net.ipv4.route.flush=1
echo 3 > /proc/sys/vm/drop_caches
