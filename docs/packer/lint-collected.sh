#!/bin/sh
# Runs on the build host (the `shell-local` provisioner of sysctl-lint.pkr.hcl): lints what
# collect-sysctl.sh saved in the guest and the `file` provisioner downloaded into DIR, as one
# root filesystem together with the running kernel's values (drift included). sysctl-lint's
# exit code is this script's: non-zero fails the Packer build.
#
#   lint-collected.sh DIR [sysctl-lint options...]
#   SYSCTL_LINT   the sysctl-lint executable (default: sysctl-lint on PATH)
set -eu
if [ "$#" -lt 1 ]; then
  echo "usage: lint-collected.sh DIR [sysctl-lint options...]" >&2
  exit 2
fi
dir="$1"
shift
rm -rf "$dir/rootfs"
mkdir -p "$dir/rootfs"
tar -C "$dir/rootfs" -xzf "$dir/sysctl-files.tgz"
if [ -s "$dir/sysctl-a.txt" ]; then
  set -- "$@" --live-snapshot "$dir/sysctl-a.txt"
else
  echo "lint-collected: $dir/sysctl-a.txt is empty: linting the files only" >&2
fi
exec "${SYSCTL_LINT:-sysctl-lint}" --root "$dir/rootfs" "$@"
