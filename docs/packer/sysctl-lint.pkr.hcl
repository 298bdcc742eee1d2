# Lint a Packer-built image's sysctl configuration and its running kernel's values, without
# installing anything in the image: collect in the guest, lint on the build host.
#
#   packer build -var ssh_host=203.0.113.10 docs/packer/sysctl-lint.pkr.hcl
#
# HCL2 that Packer 1.6.6 (Debian bookworm) and later read: no `packer {}` block and no
# `required_plugins`, which 1.6.6 does not know. The build host needs sysctl-lint on PATH
# (npm install -g sysctl-lint, or set SYSCTL_LINT to its path) and Node.js 18.18 or later.

variable "ssh_host" {
  type        = string
  description = "Address of the machine to audit (stands in for the machine your builder creates)"
}

variable "ssh_username" {
  type    = string
  default = "root"
}

variable "ssh_private_key_file" {
  type    = string
  default = "~/.ssh/id_ed25519"
}

variable "report_dir" {
  type        = string
  default     = "build/sysctl-lint"
  description = "Where the collected files land on the build host"
}

variable "sysctl_lint_args" {
  type        = list(string)
  default     = ["--node-role", "kubernetes"]
  description = "Extra sysctl-lint options (context: --kernel is taken from the guest)"
}

# The null builder connects to an existing machine. In a real template this is your image
# builder (amazon-ebs, qemu, vsphere-iso, ...): keep the provisioners below at the end of its
# build block. With the docker builder, `sysctl -a` shows the build host's kernel for keys
# that are not namespaced: lint the files, but do not trust the live values there.
source "null" "image" {
  ssh_host             = var.ssh_host
  ssh_username         = var.ssh_username
  ssh_private_key_file = var.ssh_private_key_file
}

build {
  sources = ["source.null.image"]

  # ... the provisioners that configure the image ...

  provisioner "shell-local" {
    inline = ["mkdir -p '${var.report_dir}'"]
  }

  # In the guest: `sysctl -a` and a tarball of every sysctl.d / modules-load.d directory.
  provisioner "shell" {
    script           = "${path.root}/collect-sysctl.sh"
    environment_vars = ["SYSCTL_LINT_OUT=/tmp/sysctl-lint"]
    # As root (ssh_username = "root", containers) without sudo; through sudo otherwise.
    execute_command  = "chmod +x {{ .Path }}; if [ \"$(id -u)\" -eq 0 ]; then env {{ .Vars }} {{ .Path }}; else sudo env {{ .Vars }} {{ .Path }}; fi"
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/sysctl-lint/sysctl-a.txt"
    destination = "${var.report_dir}/sysctl-a.txt"
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/sysctl-lint/sysctl-files.tgz"
    destination = "${var.report_dir}/sysctl-files.tgz"
  }

  # On the build host: a non-zero exit (findings at or above --fail-level) fails the build.
  provisioner "shell-local" {
    inline = ["sh '${path.root}/lint-collected.sh' '${var.report_dir}' ${join(" ", var.sysctl_lint_args)}"]
  }
}
