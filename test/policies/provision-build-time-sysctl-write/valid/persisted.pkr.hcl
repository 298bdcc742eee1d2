source "amazon-ebs" "worker" {
  region = "eu-west-1"
}

build {
  sources = ["source.amazon-ebs.worker"]

  provisioner "shell" {
    inline = [
      "echo 'vm.max_map_count = 262144' | sudo tee /etc/sysctl.d/90-image.conf",
      "sudo sysctl -w vm.max_map_count=262144",
      "sudo sysctl --system",
    ]
  }
}
