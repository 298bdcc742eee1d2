/**
 * The cheap test that decides whether a YAML or JSON file can matter before it is parsed.
 *
 * Trigger rule: a document is parsed only if its text contains (case-insensitively) one of
 * - `sysctl` — pod `sysctls:`, `sysctl -w`/`-p`/`--system`, sysctl.d paths, kubelet
 *   `allowedUnsafeSysctls`, Helm `controller.sysctls`;
 * - `/proc/sys` — writes through procfs (`echo 1 > /proc/sys/...`);
 * - `node-port-range` or `nodePortRange` — kube-apiserver `--service-node-port-range`,
 *   kubeadm `extraArgs`, kops `serviceNodePortRange`;
 * - `kube-proxy`, `kubeproxy` or `proxy-mode` — the kube-proxy ConfigMap and DaemonSet,
 *   `KubeProxyConfiguration`, kind's `kubeProxyMode`, `--proxy-mode`;
 * - `protectKernelDefaults` or `protect-kernel-defaults`, `KubeletConfiguration` — kubelet
 *   configuration (one without allowed unsafe sysctls still says that none are allowed);
 * - `kubeadm.k8s.io` — kubeadm configurations (the cluster's Kubernetes version).
 * Everything the YAML sources report is anchored on one of these words, so a document without
 * any of them yields nothing and is skipped: an ordinary Deployment, Service or ConfigMap
 * costs one regular-expression scan.
 */
const YAML_TRIGGER = /sysctl|\/proc\/sys|node-?port-?range|kube-?proxy|proxy-mode|protect-?kernel-?defaults|KubeletConfiguration|kubeadm\.k8s\.io/i;

export function mayMatter(text: string): boolean {
  return YAML_TRIGGER.test(text);
}
