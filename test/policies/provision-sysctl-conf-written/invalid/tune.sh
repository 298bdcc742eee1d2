#!/bin/bash
cat >> /etc/sysctl.conf <<EOF2
vm.swappiness = 1
net.core.somaxconn = 4096
EOF2
sysctl -p
