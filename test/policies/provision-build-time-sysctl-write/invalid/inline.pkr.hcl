source "amazon-ebs" "worker" {
  region = "eu-west-1"
}

build {
  sources = ["source.amazon-ebs.worker"]

  # Raises the limit on the build machine only: instances boot with the default.
  provisioner "shell" {
    inline = [
      "sudo sysctl -w vm.max_map_count=262144",
      "echo 1 | sudo tee /proc/sys/net/ipv4/ip_forward",
    ]
  }
}
