#!/bin/sh
set -e
# Persisted: reaches the image.
echo 'net.ipv4.tcp_fin_timeout = 30' | sudo tee /etc/sysctl.d/90-image.conf
sudo sysctl -w net.ipv4.tcp_fin_timeout=30
# Not persisted: the build machine only.
sudo sysctl -w fs.inotify.max_user_watches=524288
