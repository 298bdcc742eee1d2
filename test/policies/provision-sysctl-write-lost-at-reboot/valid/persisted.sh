#!/bin/sh
cat > /etc/sysctl.d/90-es.conf <<'EOF2'
vm.max_map_count = 262144
EOF2
sysctl -w vm.max_map_count=262144
