#!/bin/bash
set -euo pipefail
modprobe br_netfilter
echo 1 > /proc/sys/net/ipv4/ip_forward
sysctl -w net.bridge.bridge-nf-call-iptables=1
cat > /etc/sysctl.d/90-k8s.conf <<'EOF2'
net.bridge.bridge-nf-call-ip6tables = 1
EOF2
sysctl --system
