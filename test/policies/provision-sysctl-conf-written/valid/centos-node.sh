#!/bin/bash
# RHEL and its derivatives keep /etc/sysctl.d/99-sysctl.conf -> ../sysctl.conf.
yum install -y kubelet kubeadm
cat >> /etc/sysctl.conf <<EOF2
net.bridge.bridge-nf-call-iptables = 1
EOF2
sysctl -p
