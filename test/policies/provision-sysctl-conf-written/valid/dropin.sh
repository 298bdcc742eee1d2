#!/bin/bash
cat > /etc/sysctl.d/90-tune.conf <<'EOF2'
vm.swappiness = 1
EOF2
sysctl -p /etc/sysctl.d/90-tune.conf
