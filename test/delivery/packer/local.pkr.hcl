# The flow of docs/packer/sysctl-lint.pkr.hcl on the local machine, for the Packer test:
# null builder without a communicator, so shell-local stands in for the guest `shell` step and
# the two `file` downloads (communicator "none" has neither): collect-sysctl.sh runs against a
# fake guest root and writes straight into the download directory; a fake `sysctl` on PATH
# prints the guest kernel's values. The lint step is exactly the documented one.

variable "scripts" {
  type = string
}

variable "guest_root" {
  type = string
}

variable "report_dir" {
  type = string
}

variable "sysctl_lint_args" {
  type    = list(string)
  default = []
}

source "null" "local" {
  communicator = "none"
}

build {
  sources = ["source.null.local"]

  provisioner "shell-local" {
    environment_vars = ["SYSCTL_LINT_ROOT=${var.guest_root}", "SYSCTL_LINT_OUT=${var.report_dir}"]
    inline           = ["sh '${var.scripts}/collect-sysctl.sh'"]
  }

  provisioner "shell-local" {
    inline = ["sh '${var.scripts}/lint-collected.sh' '${var.report_dir}' ${join(" ", var.sysctl_lint_args)}"]
  }

  # Runs only when the lint step passed: Packer stops at the first failing provisioner.
  provisioner "shell-local" {
    inline = ["touch '${var.report_dir}/build-finished'"]
  }
}
