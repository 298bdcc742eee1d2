#!/bin/sh
# Runs in the guest (the `shell` provisioner of sysctl-lint.pkr.hcl, as root) and saves what
# sysctl-lint needs to judge the image on the build host: the running kernel's values and
# every sysctl and modules-load file. Nothing is installed in the image.
#
#   SYSCTL_LINT_OUT   where to write sysctl-a.txt and sysctl-files.tgz (default /tmp/sysctl-lint)
#   SYSCTL_LINT_ROOT  root filesystem to collect the files from (default /)
set -eu
out="${SYSCTL_LINT_OUT:-/tmp/sysctl-lint}"
root="${SYSCTL_LINT_ROOT:-/}"
mkdir -p "$out"

# Keys the kernel refuses to show (write-only, root-only) are skipped; errors go to stderr.
if command -v sysctl >/dev/null 2>&1; then
  sysctl -a > "$out/sysctl-a.txt" 2>/dev/null || true
else
  echo "collect-sysctl: no sysctl command in the guest: only the files will be linted" >&2
  : > "$out/sysctl-a.txt"
fi

# Every directory systemd-sysctl and procps read, and the module lists loaded before them.
# On merged-/usr systems /lib is a link to /usr/lib: collecting both would show every file twice.
set --
for p in etc/sysctl.conf etc/sysctl.d run/sysctl.d usr/local/lib/sysctl.d usr/lib/sysctl.d lib/sysctl.d \
         etc/modules etc/modules-load.d run/modules-load.d usr/local/lib/modules-load.d usr/lib/modules-load.d lib/modules-load.d; do
  case "$p" in lib/*) [ -L "$root/lib" ] && continue ;; esac
  if [ -e "$root/$p" ] || [ -L "$root/$p" ]; then set -- "$@" "$p"; fi
done
tar -C "$root" -czf "$out/sysctl-files.tgz" -T /dev/null "$@"
