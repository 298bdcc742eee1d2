/**
 * The problems the generator plants, what each looks like, and which rules must report it
 * (at the line and column of the key). Rule ids for sources that are not in the core yet
 * follow the rule catalogue in the project's domain reference (§F.3, §F.4); when a source
 * lands under other ids, this table is the one place to change.
 *
 * `source` is the kind of file the problem lives in: the benchmark asks the build under test
 * whether it understands that kind before it expects the finding (see check.mjs).
 * `spectralRule` is the rule of bench/spectral/ruleset.yaml that looks for the same problem.
 */
export const PLANTS = {
  // tcp-tw-recycle-enabled's message notes the key's removal: it supersedes sysctl-removed-key.
  'tw-recycle': {
    source: 'sysctl-conf',
    rules: ['tcp-tw-recycle-enabled'],
    what: 'net.ipv4.tcp_tw_recycle = 1 in a sysctl.d drop-in',
  },
  'port-range-nodeport': {
    source: 'sysctl-conf',
    rules: ['ports-ephemeral-overlaps-nodeport'],
    what: 'ip_local_port_range = 1024 65535 on a Kubernetes image (covers 30000-32767)',
  },
  'syn-retries-1': {
    source: 'sysctl-conf',
    rules: ['tcp-syn-retries-extreme'],
    what: 'net.ipv4.tcp_syn_retries = 1',
  },
  'conntrack-time-wait-10': {
    source: 'sysctl-conf',
    rules: ['conntrack-time-wait-too-short'],
    what: 'net.netfilter.nf_conntrack_tcp_timeout_time_wait = 10',
  },
  'quoted-value': {
    source: 'sysctl-conf',
    rules: ['sysctl-quoted-value'],
    what: 'net.core.somaxconn = "4096" (the quotes reach the kernel)',
  },
  'inline-comment': {
    source: 'sysctl-conf',
    rules: ['sysctl-inline-comment'],
    what: 'net.ipv4.tcp_fin_timeout = 30 # ... (no inline comments in sysctl files)',
  },
  'pod-sysctls-hostnetwork': {
    source: 'k8s-manifest',
    rules: ['k8s-pod-sysctl-host-namespace'],
    what: 'pod securityContext.sysctls (net.*) with hostNetwork: true (kubelet rejects the pod)',
    spectralRule: 'pod-sysctl-hostnetwork',
  },
  'init-sysctl-w-hostnetwork': {
    source: 'k8s-manifest',
    rules: ['k8s-container-sysctl-write-node'],
    what: 'privileged init container running sysctl -w in a hostNetwork pod (changes the node)',
    spectralRule: 'container-sysctl-write-hostns',
  },
  'cloud-init-tw-recycle': {
    source: 'cloud-init',
    rules: ['tcp-tw-recycle-enabled'],
    what: 'cloud-init write_files of a sysctl.d file with net.ipv4.tcp_tw_recycle = 1',
    spectralRule: 'tcp-tw-recycle-enabled',
  },
  'helm-ingress-sysctls-hostnetwork': {
    source: 'helm-values',
    rules: ['k8s-pod-sysctl-host-namespace'],
    what: 'ingress-nginx values (umbrella chart) with controller.hostNetwork and controller.sysctls',
    spectralRule: 'helm-controller-sysctls-hostnetwork',
  },
};

/** File kinds the generator writes, for the source-support probe and the report. */
export const SOURCE_KINDS = ['sysctl-conf', 'k8s-manifest', 'cloud-init', 'helm-values', 'kube-proxy', 'kubeadm'];
