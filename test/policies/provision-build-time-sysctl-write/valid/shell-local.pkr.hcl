source "amazon-ebs" "worker" {
  region = "eu-west-1"
}

build {
  sources = ["source.amazon-ebs.worker"]

  # Runs on the machine that runs Packer, not in the image.
  provisioner "shell-local" {
    inline = ["sysctl -w vm.max_map_count=262144"]
  }
}
