/**
 * The words without which a Kubernetes document (or the Helm values that render into one)
 * cannot matter, so that such a document is skipped before it is parsed: an ordinary
 * Deployment, Service or ConfigMap costs one regular-expression scan.
 *
 * - `sysctl`: pod `sysctls:`, `sysctl -w`/`-p`/`--system`, sysctl.d paths, kubelet
 *   `allowedUnsafeSysctls`, Helm `controller.sysctls`;
 * - `/proc/sys`: writes through procfs (`echo 1 > /proc/sys/...`);
 * - the cluster-fact words below.
 */
const POD_WORDS = String.raw`sysctl|\/proc\/sys`;

/**
 * The words without which a document cannot state a cluster fact (pipeline/cluster-facts.ts):
 * - `node-port-range` or `nodePortRange`: kube-apiserver `--service-node-port-range`, kubeadm
 *   `extraArgs`, kops `serviceNodePortRange`;
 * - `kube-proxy`, `kubeproxy` or `proxy-mode`: the kube-proxy ConfigMap and DaemonSet,
 *   `KubeProxyConfiguration`, kind's `kubeProxyMode`, `--proxy-mode`;
 * - `protectKernelDefaults` or `protect-kernel-defaults`, `allowed-unsafe-sysctls`,
 *   `KubeletConfiguration`: kubelet configuration (one without allowed unsafe sysctls still says
 *   that none are allowed);
 * - `kubeadm.k8s.io`: kubeadm configurations (the cluster's Kubernetes version).
 */
const CLUSTER_FACT_WORDS = String.raw`node-?port-?range|kube-?proxy|proxy-mode|protect-?kernel-?defaults|allowed-?unsafe-?sysctls|KubeletConfiguration|kubeadm\.k8s\.io`;

export const CLUSTER_FACT_TRIGGER = new RegExp(CLUSTER_FACT_WORDS, 'i');

const DOCUMENT_TRIGGER = new RegExp(`${POD_WORDS}|${CLUSTER_FACT_WORDS}`, 'i');

/** Can this document (or file) yield anything for the Kubernetes or Helm values sources? */
export function mayMatter(text: string): boolean {
  return DOCUMENT_TRIGGER.test(text);
}
