#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__SYSCTL_LINT_BUILTINS__>
var define_SYSCTL_LINT_BUILTINS_default;
var init_define_SYSCTL_LINT_BUILTINS = __esm({
  "<define:__SYSCTL_LINT_BUILTINS__>"() {
    define_SYSCTL_LINT_BUILTINS_default = { policies: [{ policy: { id: "conntrack-close-wait-below-kube-proxy", title: "Conntrack CLOSE_WAIT timeout stays at kube-proxy's hour", severity: "warning", tags: ["conntrack", "kubernetes"], scope: ["node"], appliesWhen: { nodeRole: ["kubernetes", "unknown"] }, check: { setting: ["net.netfilter.nf_conntrack_tcp_timeout_close_wait", "net.ipv4.netfilter.ip_conntrack_tcp_timeout_close_wait"], valueType: "integer", violation: { lt: 3600 } }, cases: [{ when: { nodeRole: ["unknown"] }, severity: "info", message: "{{key}} = {{value}} s is below the 3600 s kube-proxy sets; on a Kubernetes node, half-closed connections through a Service lose their NAT state (node role {{nodeRoleSource}})" }], message: "{{key}} = {{value}} s is below the 3600 s kube-proxy sets; once sysctl files are re-applied, half-closed connections through a Service lose their NAT state and their FINs leave un-NATed", rationale: "kube-proxy raises `nf_conntrack_tcp_timeout_close_wait` to one hour (kubernetes#32551): if the\nCLOSE_WAIT entry expires first, FINs from the local socket are no longer NATed correctly and a\nnew connection reusing the tuple may be rejected by the peer. kube-proxy writes its value at\nstart-up, but anything that re-applies sysctl files later (`sysctl --system` in package hooks,\n`systemctl restart systemd-sysctl`, TuneD) puts the lower value back.\n", fix: "Remove the override and let kube-proxy manage it (KubeProxyConfiguration\n`conntrack.tcpCloseWaitTimeout`).\n", references: [{ title: "kube-proxy conntrack defaults (KubeProxyConntrackConfiguration)", url: "https://kubernetes.io/docs/reference/config-api/kube-proxy-config.v1alpha1/" }, { title: "kubernetes#32551", url: "https://github.com/kubernetes/kubernetes/issues/32551" }] }, source: "policies/conntrack/conntrack-close-wait-below-kube-proxy.yaml", builtin: true }, { policy: { id: "conntrack-established-below-keepalive", title: "Conntrack keeps idle established connections longer than TCP keepalive probes them", severity: "warning", tags: ["conntrack", "timeouts"], scope: ["node"], check: { setting: ["net.netfilter.nf_conntrack_tcp_timeout_established", "net.ipv4.netfilter.ip_conntrack_tcp_timeout_established"], valueType: "integer", violation: { anyOf: [{ lt: { setting: "net.ipv4.tcp_keepalive_time", default: 7200 } }, { lt: 7200 }] } }, cases: [{ value: { not: { lt: { setting: "net.ipv4.tcp_keepalive_time", default: 7200 } } }, when: { nodeRole: ["kubernetes"] }, message: "{{key}} = {{value}} s is shorter than the 7200 s TCP keepalive that pods keep in their own network namespace: idle pod connections through Services lose their conntrack entry and are dropped or reset" }, { value: { not: { lt: { setting: "net.ipv4.tcp_keepalive_time", default: 7200 } } }, severity: "off" }], message: "{{key}} = {{value}} s is shorter than tcp_keepalive_time = {{operand}}: idle but healthy connections lose their conntrack entry and are dropped or reset", rationale: "An established connection that stays idle longer than\n`nf_conntrack_tcp_timeout_established` (default 432000 s; kube-proxy sets 86400 s) loses its\nconntrack entry. The next packet is INVALID or, behind NAT, goes to the wrong place: the\nconnection hangs or is reset. Keepalive probes only keep the entry alive if they are sent\nbefore it expires, i.e. when `tcp_keepalive_time` is shorter than the conntrack timeout.\n", fix: "Raise the conntrack timeout above `net.ipv4.tcp_keepalive_time` (or remove the override and\nlet kube-proxy set 86400 s).\n", references: [{ title: "nf_conntrack sysctl documentation", url: "https://docs.kernel.org/networking/nf_conntrack-sysctl.html" }, { title: "ip-sysctl, tcp_keepalive_time", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/conntrack/conntrack-established-below-keepalive.yaml", builtin: true }, { policy: { id: "conntrack-time-wait-too-short", title: "Conntrack keeps TIME_WAIT entries at least as long as TCP does", severity: "warning", tags: ["conntrack", "nat"], scope: ["node"], check: { setting: ["net.netfilter.nf_conntrack_tcp_timeout_time_wait", "net.ipv4.netfilter.ip_conntrack_tcp_timeout_time_wait"], valueType: "integer", violation: { lt: 60 } }, message: "{{key}} = {{value}} s is shorter than the 60 s TCP TIME_WAIT: NAT can hand the same tuple to a new connection while an endpoint still holds the old one", rationale: "A TCP endpoint keeps a closed connection in TIME_WAIT for 60 s (TCP_TIMEWAIT_LEN, not\ntunable). The conntrack entry that NATs it (Kubernetes Service DNAT, SNAT/masquerade) expires\nafter `nf_conntrack_tcp_timeout_time_wait` (default 120 s). When conntrack forgets first, a new\nconnection can be given the same NAT tuple while the peer is still in TIME_WAIT, and its SYN\nis answered with an ACK or RST instead of a SYN-ACK: sporadic connection failures under churn.\n", fix: "Remove the override (default 120), or keep it at 60 or more.\n", references: [{ title: "nf_conntrack sysctl documentation", url: "https://docs.kernel.org/networking/nf_conntrack-sysctl.html" }] }, source: "policies/conntrack/conntrack-time-wait-too-short.yaml", builtin: true }, { policy: { id: "ipvs-conn-reuse-mode", title: "IPVS conn_reuse_mode fits the kernel", severity: "warning", tags: ["ipvs", "kubernetes"], scope: ["node"], appliesWhen: { kubeProxyMode: ["ipvs", "unknown"] }, check: { setting: "net.ipv4.vs.conn_reuse_mode", valueType: "integer", violation: { anyOf: [{ equals: 0 }, { allOf: [{ notEquals: 0 }, { not: { invalid: true } }] }] } }, cases: [{ when: { kernel: { lt: "4.1" } }, severity: "off" }, { when: { kernel: { lt: "5.9" } }, value: { equals: 0 }, severity: "off" }, { when: { kernel: { known: false } }, value: { equals: 0 }, message: "{{key}} = 0 sends new connections that reuse a source port to the old, possibly removed backend (kernel version unknown: assuming 5.9 or later, where kube-proxy leaves this value alone)" }, { value: { equals: 0 }, message: "{{key}} = 0 on Linux {{kernel}}: new connections that reuse a source port stick to the old real server, even when it was removed or is terminating; kube-proxy leaves the value alone on 5.9+" }, { when: { kernel: { gte: "5.9" } }, severity: "off" }, { when: { kernel: { known: false } }, severity: "info", message: "{{key}} = {{value}}: on kernels before 5.9 (without the stable backport) IPVS with conntrack drops the first SYN of a reused connection, adding 1 s latency (kernel version unknown)" }], message: "{{key}} = {{value}} on Linux {{kernel}}: IPVS with conntrack drops the first SYN of a connection that reuses a source port, adding 1 s latency (fixed in 5.9 and some stable kernels); kube-proxy sets 0 here unless a later sysctl --system puts this back", rationale: "`conn_reuse_mode` decides what IPVS does with a SYN that reuses the port of a connection in\nTIME_WAIT. With 1 (the kernel default) and `net.ipv4.vs.conntrack = 1`, which kube-proxy sets,\nkernels before 5.9 drop the first SYN so the old conntrack entry can expire: every such\nconnection waits for the 1 s SYN retransmit (kubernetes#70747, #90854). Linux 5.9 fixed this\n(f0a5e4d7a594, backported to some stable kernels). With 0, the new connection is sent to the\nreal server the old one used, even if it was removed or is terminating: errors and imbalance\nunder connection churn (kubernetes#81775, #99162). kube-proxy in IPVS mode sets 0 on 4.1-5.8\nand leaves the value alone on 5.9 and later, so an image that forces 0 on a modern kernel, or\nre-applies 1 on an old one after kube-proxy started, brings the problem back.\n", fix: "On 5.9 or later (or a kernel with the backport), remove the override and keep the default 1.\nOn older kernels, leave the value to kube-proxy and do not re-apply sysctl files after it\nstarts.\n", references: [{ title: "IPVS sysctl documentation", url: "https://docs.kernel.org/networking/ipvs-sysctl.html" }, { title: "ipvs: allow connection reuse for unconfirmed conntrack (Linux 5.9)", url: "https://github.com/torvalds/linux/commit/f0a5e4d7a594e0fe237d3dfafb069bb82f80f42f" }, { title: "kube-proxy leaves conn_reuse_mode alone on 5.9+ (kubernetes#102122)", url: "https://github.com/kubernetes/kubernetes/pull/102122" }, { title: "1 s delays with IPVS (kubernetes#70747)", url: "https://github.com/kubernetes/kubernetes/issues/70747" }] }, source: "policies/ipvs/ipvs-conn-reuse-mode.yaml", builtin: true }, { policy: { id: "k8s-ip-forward-disabled", title: "IPv4 forwarding is on for Kubernetes nodes", severity: "error", tags: ["kubernetes"], scope: ["node"], appliesWhen: { nodeRole: ["kubernetes"] }, check: { setting: "net.ipv4.ip_forward", valueType: "integer", violation: { equals: 0 } }, message: "{{key}} = 0 on a Kubernetes node ({{nodeRoleSource}}): pod and Service traffic is not forwarded and kubeadm preflight fails", rationale: "Pods and Services rely on the node routing packets between interfaces. kubeadm's preflight\ncheck fails on `/proc/sys/net/ipv4/ip_forward` not being 1, and CNIs that set it at runtime\nlose it again when sysctl files are re-applied (TuneD reapply, `sysctl --system`).\n", fix: "Set `net.ipv4.ip_forward = 1`.\n", references: [{ title: "kubeadm container runtime prerequisites", url: "https://kubernetes.io/docs/setup/production-environment/container-runtimes/" }] }, source: "policies/k8s/k8s-ip-forward-disabled.yaml", builtin: true }, { policy: { id: "ports-ephemeral-overlaps-nodeport", title: "The node's ephemeral port range stays clear of the NodePort range", severity: "error", tags: ["kubernetes", "ports"], scope: ["node"], appliesWhen: { nodeRole: ["kubernetes", "unknown"] }, check: { setting: "net.ipv4.ip_local_port_range", valueType: "portRange", violation: { overlaps: { range: { context: "nodePortRange" }, excludeSetting: "net.ipv4.ip_local_reserved_ports" } } }, cases: [{ when: { kubernetesVersion: { lt: "1.21.13" } }, severity: "warning", message: "Ephemeral ports {{value}} overlap the NodePort range {{nodePortRange}} ({{nodePortRangeSource}}) in {{overlap}}; kube-proxy {{kubernetesVersion}} still holds NodePort sockets, but from 1.21.13, 1.22.10, 1.23.7 and 1.24 on it no longer does and host connections start failing" }, { when: { kubernetesVersion: { gte: "1.22.0", lt: "1.22.10" } }, severity: "warning", message: "Ephemeral ports {{value}} overlap the NodePort range {{nodePortRange}} ({{nodePortRangeSource}}) in {{overlap}}; kube-proxy {{kubernetesVersion}} still holds NodePort sockets, but from 1.21.13, 1.22.10, 1.23.7 and 1.24 on it no longer does and host connections start failing" }, { when: { kubernetesVersion: { gte: "1.23.0", lt: "1.23.7" } }, severity: "warning", message: "Ephemeral ports {{value}} overlap the NodePort range {{nodePortRange}} ({{nodePortRangeSource}}) in {{overlap}}; kube-proxy {{kubernetesVersion}} still holds NodePort sockets, but from 1.21.13, 1.22.10, 1.23.7 and 1.24 on it no longer does and host connections start failing" }, { when: { nodeRole: ["unknown"] }, severity: "warning", message: "Ephemeral ports {{value}} overlap the NodePort range {{nodePortRange}} ({{nodePortRangeSource}}) in {{overlap}}, not covered by net.ipv4.ip_local_reserved_ports; on a Kubernetes node host connections can take a NodePort as source port and fail (node role {{nodeRoleSource}})" }], message: "Ephemeral ports {{value}} overlap the NodePort range {{nodePortRange}} ({{nodePortRangeSource}}) in {{overlap}}, not covered by net.ipv4.ip_local_reserved_ports; host connections can take a NodePort as source port and fail at random", rationale: 'kube-proxy used to `listen()` on every allocated NodePort, which kept the kernel from picking\nthose ports as source ports. kubernetes/kubernetes#108496 removed that "port opener" in 1.24\nand it was cherry-picked to 1.21, 1.22 and 1.23 patch releases (April 2022). Since then a\nprocess in the node\'s network namespace (kubelet, containerd, hostNetwork pods, kube-proxy\nitself) can get an active NodePort as its ephemeral source port; replies are then DNATed to a\nService backend and the connection fails intermittently. The kube-apiserver flag help is\nexplicit: the NodePort range "must not overlap with the ephemeral port range on nodes".\nPod network namespaces have their own range and are not affected.\n', fix: "Keep the default `net.ipv4.ip_local_port_range = 32768 60999`, or reserve the NodePort range:\n`net.ipv4.ip_local_reserved_ports = 30000-32767` (what Cilium does, and proposed for the EKS\nAMI), or move the cluster's `--service-node-port-range`.\n", references: [{ title: "kube-proxy: remove port opener (kubernetes#108496)", url: "https://github.com/kubernetes/kubernetes/pull/108496" }, { title: "kube-apiserver --service-node-port-range", url: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/" }, { title: "NodePort and ephemeral range collision (kubernetes#111682)", url: "https://github.com/kubernetes/kubernetes/issues/111682" }, { title: "ip-sysctl, ip_local_port_range and ip_local_reserved_ports", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/ports/ports-ephemeral-overlaps-nodeport.yaml", builtin: true }, { policy: { id: "ports-local-port-range-invalid", title: "ip_local_port_range is a valid low-high pair", severity: "error", tags: ["ports", "values"], scope: ["node", "pod"], check: { setting: "net.ipv4.ip_local_port_range", valueType: "portRange", violation: { anyOf: [{ invalid: true }, { low: { lt: { setting: "net.ipv4.ip_unprivileged_port_start", default: 1024, appliedBefore: true } } }] } }, cases: [{ value: { invalid: true }, message: "{{key}} = {{value}} is rejected by the kernel (EINVAL): {{reason}}; the old range stays in force" }, { when: { kernel: { lt: "4.11" } }, severity: "off" }, { message: "{{key}} = {{value}} starts below ip_unprivileged_port_start = {{operand}} at the time it is written; since Linux 4.11 the kernel rejects the write (EINVAL) and keeps the old range" }], message: "{{key}} = {{value}} is rejected by the kernel (EINVAL); the old range stays in force", rationale: "The kernel accepts one or two integers from 1 to 65535 with low <= high (a single number\nchanges only the low end), and since 4.11 a low end no smaller than\n`net.ipv4.ip_unprivileged_port_start` (default 1024) as it is at the moment of the write. Any\nother write is rejected as a whole with `EINVAL`, so the node silently keeps its previous range.\nsystemd-sysctl writes keys in the order they last changed and procps line by line, so lowering\n`ip_unprivileged_port_start` only helps if it is written first.\n", fix: "Write two numbers, low then high, without quotes: `net.ipv4.ip_local_port_range = 32768 60999`.\nTo start below 1024, lower `net.ipv4.ip_unprivileged_port_start` in an earlier line or file.\n", references: [{ title: "ip-sysctl, ip_local_port_range", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/ports/ports-local-port-range-invalid.yaml", builtin: true }, { policy: { id: "ports-local-port-range-parity", title: "ip_local_port_range ends have different parity", severity: "info", tags: ["ports"], scope: ["node", "pod"], check: { setting: "net.ipv4.ip_local_port_range", valueType: "portRange", violation: { sameParity: true } }, message: '{{key}} = {{value}}: both ends have the same parity; the kernel logs "ip_local_port_range: prefer different parity for start/end values"', rationale: "Since Linux 4.2, connect() prefers ports of one parity and leaves the other half to bind(0).\nWith both ends of the same parity the split is uneven and the kernel logs a warning on every\nwrite (`1024 65000` from old ingress-nginx docs does this; `1024 65535` does not).\n", fix: "Make the range size even, e.g. `32768 60999` or `1024 65535`.\n", references: [{ title: "ip-sysctl, ip_local_port_range", url: "https://docs.kernel.org/networking/ip-sysctl.html" }, { title: "tcp/dccp: try to not exhaust ip_local_port_range in connect()", url: "https://github.com/torvalds/linux/commit/07f4c90062f8fc7c8c26f8f95324cbe8fa3145a5" }] }, source: "policies/ports/ports-local-port-range-parity.yaml", builtin: true }, { policy: { id: "ports-reserved-ports-invalid", title: "ip_local_reserved_ports is a valid list", severity: "error", tags: ["ports", "values"], scope: ["node", "pod"], check: { setting: "net.ipv4.ip_local_reserved_ports", valueType: "portList", violation: { invalid: true } }, message: "{{key}} = {{value}} is not a comma-separated list of ports and ranges ({{reason}}); the kernel rejects the write", rationale: "The kernel expects a comma-separated list of ports and inclusive ranges, such as\n`30000-32767,10250`. Spaces between items, reversed ranges or ports above 65535 make the write\nfail, and every write replaces the whole list.\n", fix: "Write one comma-separated list, e.g. `net.ipv4.ip_local_reserved_ports = 30000-32767`.\n", references: [{ title: "ip-sysctl, ip_local_reserved_ports", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/ports/ports-reserved-ports-invalid.yaml", builtin: true }, { policy: { id: "sysctl-applier-divergence", title: "systemd-sysctl and sysctl --system end with the same value", severity: "warning", tags: ["precedence"], check: { setting: "**", target: "divergent" }, message: "{{key}} ends as {{value}} under sysctl --system (procps) but {{otherValue}} under {{otherApplier}} at boot", rationale: "systemd-sysctl (at boot) never reads /etc/sysctl.conf, while procps `sysctl --system` reads it\nlast, after every sysctl.d file. On distributions that link /etc/sysctl.d/99-sysctl.conf to\n/etc/sysctl.conf, a file sorting after it overrides /etc/sysctl.conf at boot, but any later\n`sysctl --system` (package hooks, provisioning scripts) puts the /etc/sysctl.conf value back.\nThe node then changes behaviour long after boot.\n", fix: "Set the key in one sysctl.d file only, and remove it from /etc/sysctl.conf.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }, { title: "procps sysctl(8)", url: "https://man7.org/linux/man-pages/man8/sysctl.8.html" }] }, source: "policies/sysctl/sysctl-applier-divergence.yaml", builtin: true }, { policy: { id: "sysctl-empty-value", title: "Every assignment has a value", severity: "warning", tags: ["syntax"], scope: ["node", "pod"], check: { syntax: ["empty-value"] }, message: '"{{text}}" has no value; the kernel rejects an empty write for numeric keys', rationale: "An empty value is written as an empty string. Numeric sysctls reject it with `EINVAL`, so the\nkey keeps its previous value, and the applier reports an error (systemd-sysctl exits non-zero).\n", fix: "Give the value, or delete the line to keep the kernel default.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-empty-value.yaml", builtin: true }, { policy: { id: "sysctl-etc-sysctl-conf-ignored", title: "Settings in /etc/sysctl.conf are applied at boot", severity: "warning", tags: ["precedence"], appliesWhen: { completeRoot: true, applier: ["systemd"] }, check: { file: "sysctl-conf-ignored" }, message: "{{file}} is not read by systemd-sysctl and no sysctl.d file links to it; its settings apply only when something runs sysctl --system or sysctl -p", rationale: 'systemd-sysctl (since v207) does not read /etc/sysctl.conf. Debian up to 12, Ubuntu and RHEL\nship a compatibility link /etc/sysctl.d/99-sysctl.conf -> ../sysctl.conf; Debian 13 dropped it\n("/etc/sysctl.conf is no longer honored"). In an image without that link, /etc/sysctl.conf is\ndead at boot.\n', fix: "Move the settings to /etc/sysctl.d/NN-name.conf.\n", references: [{ title: "systemd issue 8360", url: "https://github.com/systemd/systemd/issues/8360" }, { title: "Debian 13 release notes (via dev-sec/ansible-collection-hardening 905)", url: "https://github.com/dev-sec/ansible-collection-hardening/issues/905" }] }, source: "policies/sysctl/sysctl-etc-sysctl-conf-ignored.yaml", builtin: true }, { policy: { id: "sysctl-inline-comment", title: "Comments sit on lines of their own", severity: "warning", tags: ["syntax"], scope: ["node", "pod"], check: { setting: "**", target: "assignments", violation: { matches: "\\s[#;]" } }, cases: [{ value: { matches: "^[-+]?\\d+(\\s+[-+]?\\d+)*\\s+[#;]" }, severity: "info", message: '{{key}}: "{{value}}" carries an inline comment; the kernel happens to ignore it after the numbers, but sysctl files have no inline comments' }], message: '{{key}}: "{{value}}" is sent to the kernel as the value; sysctl files have no inline comments', rationale: "Only lines whose first non-blank character is `#` or `;` are comments. Text after a value,\n`# like this`, is part of the value: procps and systemd-sysctl write it to /proc/sys. Numeric\nvector keys happen to stop after the numbers they expect, but string keys (core_pattern,\ncongestion control, qdiscs) take the comment literally and others fail with `EINVAL`.\n", fix: "Move the comment to the line above the setting.\n", references: [{ title: "procps sysctl.conf(5)", url: "https://man7.org/linux/man-pages/man5/sysctl.conf.5.html" }, { title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-inline-comment.yaml", builtin: true }, { policy: { id: "sysctl-line-not-assignment", title: "Every line is a comment or a key = value assignment", severity: "warning", tags: ["syntax"], scope: ["node", "pod"], check: { syntax: ["not-assignment", "empty-key"] }, message: 'Line is not an assignment: "{{text}}"; systemd-sysctl and procps skip it', rationale: "systemd-sysctl logs `Line is not an assignment, ignoring` and procps prints `invalid syntax,\ncontinuing...`, so whatever the line meant to set is never applied. systemd releases up to\nabout v232 (CentOS 7's v219, for example) failed the whole `systemd-sysctl.service` on such a\nline. Lines starting with `-` and holding no `=` are glob exclusions and are not reported.\n", fix: "Write the setting as `key = value`, or turn the line into a comment with `#`.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }, { title: "procps sysctl.conf(5)", url: "https://man7.org/linux/man-pages/man5/sysctl.conf.5.html" }, { title: "systemd issue 22165 (old systemd fails the unit)", url: "https://github.com/systemd/systemd/issues/22165" }] }, source: "policies/sysctl/sysctl-line-not-assignment.yaml", builtin: true }, { policy: { id: "sysctl-live-drift", title: "The running kernel has the values the files set", severity: "warning", tags: ["drift", "live"], check: { setting: "**", target: "drift" }, message: "{{key}} = {{value}} in the files, but the running kernel has {{liveValue}} ({{liveSource}})", rationale: "A value in force according to the sysctl files that the running kernel does not have means the\nfiles were never applied as written: the write failed (a value the kernel rejects, a key whose\nmodule was not loaded yet when systemd-sysctl ran), a later writer changed it (a CNI plugin,\nkube-proxy, tuned, a provisioning script, `sysctl -w` by hand), or the files changed after\nboot. The image then behaves differently from what its configuration says, and the next\nreboot or `sysctl --system` changes it again.\n\nValues are compared as the kernel reads them: integers numerically (`010` is 8, `0x10` is 16),\nvectors field by field whatever the whitespace, strings as text. When systemd-sysctl and\nprocps end with different values, a live value equal to either is not drift.\n", fix: "Find who changed the value (`journalctl -u systemd-sysctl`, the CNI and kube-proxy\nconfiguration, provisioning scripts) and make the files say what the node should run with,\nor stop the other writer. To apply the files again, run `systemctl restart systemd-sysctl`\n(or `sysctl --system`).\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }, { title: "procps sysctl(8)", url: "https://man7.org/linux/man-pages/man8/sysctl.8.html" }, { title: "Documentation for /proc/sys (kernel admin guide)", url: "https://docs.kernel.org/admin-guide/sysctl/index.html" }] }, source: "policies/sysctl/sysctl-live-drift.yaml", builtin: true }, { policy: { id: "sysctl-masked-file", title: "Masked sysctl.d files are intended", severity: "info", tags: ["precedence"], check: { file: "masked" }, message: "{{file}} is never read: {{maskedBy}} has the same name in a higher-priority directory", rationale: "Among sysctl.d files with the same name, only the one in the highest-priority directory\n(/etc, then /run, /usr/local/lib, /usr/lib, /lib) is read; a symlink to /dev/null masks the\nname entirely. Vendor defaults are often masked on purpose, but a masked file that somebody\nedits has no effect at all.\n", fix: "Edit the file that takes precedence, or rename the file so both are read.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-masked-file.yaml", builtin: true }, { policy: { id: "sysctl-module-key-not-loaded", title: "Keys of loadable modules have their module loaded at boot", severity: "warning", tags: ["boot"], check: { setting: ["net.ipv4.vs.**", "net.netfilter.nf_conntrack_*", "net.netfilter.nf_conntrack_*.**", "net.nf_conntrack_max", "net.bridge.**"], violation: { moduleNotLoaded: true } }, cases: [{ when: { completeRoot: false, modulesKnown: false }, severity: "info", message: "{{key}} exists only once the {{module}} module is loaded, and no modules-load.d file lists {{module}} next to {{node}}; unless it is loaded before systemd-sysctl runs, the line is skipped at boot" }], message: "{{key}} exists only once the {{module}} module is loaded, but modules-load.d does not load {{module}} in {{node}}; systemd-sysctl skips the line at boot", rationale: "`net.ipv4.vs.*` (ip_vs), `net.netfilter.nf_conntrack_*` (nf_conntrack) and `net.bridge.*`\n(br_netfilter) only appear in /proc/sys once their module is loaded. systemd-sysctl runs early,\nafter systemd-modules-load and before sysinit.target; if the module is not listed in\nmodules-load.d, the key does not exist yet and systemd-sysctl logs the error and moves on. The\nsetting silently never applies, or applies only after something re-runs sysctl --system.\nsysctl.d(5) documents exactly this case for br_netfilter.\n", fix: "List the module in /etc/modules-load.d/NAME.conf (for example `br_netfilter`), or add a udev\nrule that re-applies the key when the module loads.\n", references: [{ title: "sysctl.d(5), examples", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }, { title: "modules-load.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/modules-load.d.html" }] }, source: "policies/sysctl/sysctl-module-key-not-loaded.yaml", builtin: true }, { policy: { id: "sysctl-not-dotconf", title: "Files in sysctl.d end in .conf", severity: "warning", tags: ["precedence"], check: { file: "not-dotconf" }, message: "{{file}} is ignored: systemd-sysctl and sysctl --system only read *.conf files in sysctl.d directories", rationale: "Both appliers only read files whose name ends in `.conf` from sysctl.d directories; a\n`99-tuning.cfg`, `k8s.conf.bak` or `tuning` file there is silently ignored.\n", fix: "Rename the file to end in `.conf`, or move it out of the sysctl.d directory.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-not-dotconf.yaml", builtin: true }, { policy: { id: "sysctl-overridden-setting", title: "Each key is set in one place", severity: "info", tags: ["precedence"], scope: ["node", "pod"], check: { setting: "**", target: "overridden" }, message: "{{key}} = {{value}} overrides earlier assignments ({{overriddenValues}}) under {{applier}}", rationale: "When a key is set more than once, the applier keeps the last value in its order: files sorted\nby name across /etc, /run, /usr/local/lib and /usr/lib sysctl.d directories, then (procps\nonly) /etc/sysctl.conf. The earlier lines are dead configuration that misleads readers, and\nwith procps every intermediate value is briefly applied. The related locations show what was\noverridden.\n", fix: "Keep one assignment per key, in the file that is meant to own it.\n", references: [{ title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-overridden-setting.yaml", builtin: true }, { policy: { id: "sysctl-quoted-value", title: "Values are written without quotes", severity: "error", tags: ["syntax"], scope: ["node", "pod"], check: { setting: "**", target: "assignments", violation: { matches: `^(["'])[\\s\\S]*\\1$` } }, cases: [{ value: { not: { matches: `^["'][\\s\\d]*["']$` } }, severity: "warning", message: "{{key}} = {{value}}: the quotes are part of the value the kernel receives" }], message: "{{key}} = {{value}}: the quotes are written to the kernel, which rejects them (EINVAL) and keeps the old value", rationale: 'Neither procps nor systemd-sysctl removes quotes: the characters between `=` and the end of\nthe line are written to /proc/sys as they are. A numeric key such as\n`net.ipv4.ip_local_port_range = "1024 65535"` fails with `EINVAL`, so the range the file\npromises is never set. The procps man page says it plainly: there is no need to quote values,\neven lists.\n', fix: "Remove the quotes: `net.ipv4.ip_local_port_range = 1024 65535`.\n", references: [{ title: "procps sysctl.conf(5)", url: "https://man7.org/linux/man-pages/man5/sysctl.conf.5.html" }, { title: "sysctl.d(5)", url: "https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html" }] }, source: "policies/sysctl/sysctl-quoted-value.yaml", builtin: true }, { policy: { id: "sysctl-removed-key", title: "Keys still exist in the target kernel", severity: "warning", tags: ["keys"], scope: ["node", "pod"], check: { setting: "**", violation: { keyStatus: "removed" } }, cases: [{ when: { kernel: { known: false } }, severity: "info", message: '{{key}} was removed in {{removedIn}} (kernel version unknown): on newer kernels procps fails with "cannot stat" and the setting does nothing' }], message: '{{key}} does not exist on Linux {{kernel}} (removed in {{removedIn}}); procps fails with "cannot stat" and the setting does nothing', rationale: "Keys removed from the kernel stay in tuning guides and old images for years. On a kernel\nwithout the key, procps `sysctl -p`/`--system` prints `cannot stat` and exits 1 (a leading `-`\ndoes not help: only `sysctl -e` ignores unknown keys), which fails provisioning steps that\ncheck the exit code; systemd-sysctl logs an error.\n", fix: "Delete the line, or guard it by kernel version in the image build.\n", references: [{ title: "tcp: remove tcp_tw_recycle (Linux 4.12)", url: "https://github.com/torvalds/linux/commit/4396e46187ca5070219b81773c4e65088dac50cc" }, { title: "procps sysctl(8)", url: "https://man7.org/linux/man-pages/man8/sysctl.8.html" }] }, source: "policies/sysctl/sysctl-removed-key.yaml", builtin: true }, { policy: { id: "sysctl-template-not-evaluated", title: "Template directives are noted, not guessed", severity: "info", tags: ["template"], scope: ["node", "pod"], check: { syntax: ["template-directive"], oncePerFile: true }, message: 'Template directive "{{text}}" is not evaluated: every setting in the file is linted as if each branch applied', rationale: "Jinja (`{% if %}`), Go templates and Terraform (`%{ if }`) change which lines end up in the\nrendered file. sysctl-lint does not render templates; it lints every assignment it can read and\nskips values that contain template expressions, so a conditional block may be reported even if\nthe rendered file leaves it out.\n", fix: "Lint the rendered file where possible (for example in the image build), or suppress findings\nthat a template condition rules out.\n", references: [{ title: "Jinja template designer documentation", url: "https://jinja.palletsprojects.com/en/stable/templates/" }] }, source: "policies/sysctl/sysctl-template-not-evaluated.yaml", builtin: true }, { policy: { id: "sysctl-unknown-key", title: "Keys exist in the kernel documentation", severity: "info", tags: ["keys"], scope: ["node", "pod"], check: { setting: "**", violation: { keyStatus: "unknown" } }, message: '{{key}} is not a key the kernel documents; procps fails on it ("cannot stat") and systemd-sysctl logs an error', rationale: "A misspelt or invented key is never applied. procps `sysctl -p` prints\n`cannot stat /proc/sys/...` and exits 1 (even with a leading `-`); systemd-sysctl logs the\nmissing key. The key list comes from the kernel documentation; out-of-tree modules and\ndistribution patches can add keys it does not know, which is why this is informational.\n", fix: "Check the spelling against the kernel documentation, or remove the line.\n", references: [{ title: "Documentation for /proc/sys/net/ (ip-sysctl)", url: "https://docs.kernel.org/networking/ip-sysctl.html" }, { title: "Documentation for /proc/sys/kernel/", url: "https://docs.kernel.org/admin-guide/sysctl/kernel.html" }, { title: "Documentation for /proc/sys/vm/", url: "https://docs.kernel.org/admin-guide/sysctl/vm.html" }] }, source: "policies/sysctl/sysctl-unknown-key.yaml", builtin: true }, { policy: { id: "tcp-syn-retries-extreme", title: "tcp_syn_retries leaves room for a lost SYN and still fails in reasonable time", severity: "warning", tags: ["values", "timeouts"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_syn_retries", valueType: "integer", violation: { anyOf: [{ equals: 1 }, { equals: 2 }, { allOf: [{ gt: 10 }, { lte: 127 }] }] } }, cases: [{ value: { equals: 2 }, severity: "info", message: "{{key}} = 2: connect() gives up after about 7 s; two lost SYNs in a row fail the connection" }, { value: { gt: 10 }, message: "{{key}} = {{value}}: connect() to an unreachable peer blocks for many minutes (the default 6 already waits 127 s)" }], message: "{{key}} = 1: connect() gives up after about 3 s, so a single lost SYN (or a SYN dropped by a busy peer) fails the connection", rationale: "With a 1 s initial retransmission timeout, `tcp_syn_retries = n` makes connect() give up after\n2^(n+1) - 1 seconds while the timeout stays under 120 s: 1 gives 3 s, 2 gives 7 s, the default 6\ngives 127 s. A value of 1 turns a single lost SYN into a failed connection (and SYN drops are\ncommon under conntrack or IPVS pressure); very large values make dead peers hang callers for\ntens of minutes.\n", fix: "Keep values from 3 to 6 on nodes, and use application-level connect timeouts for fast failure.\n", references: [{ title: "ip-sysctl, tcp_syn_retries", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-syn-retries-extreme.yaml", builtin: true }, { policy: { id: "tcp-syn-retries-out-of-range", title: "tcp_syn_retries is between 1 and 127", severity: "error", tags: ["values"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_syn_retries", valueType: "integer", violation: { anyOf: [{ invalid: true }, { lt: 1 }, { gt: 127 }] } }, cases: [{ value: { invalid: true }, message: "{{key}} = {{value}} is {{reason}}; the kernel rejects it (EINVAL) and keeps the previous value" }], message: "{{key}} = {{value}} is outside 1..127; the kernel rejects it (EINVAL) and keeps the previous value", rationale: "The kernel accepts 1 to 127 (MAX_TCP_SYNCNT) for `tcp_syn_retries`; 0 or larger values are\nrejected with `EINVAL`, so the intended timeout never takes effect.\n", fix: "Use a value from 1 to 127; the default is 6 (connect() gives up after 127 s).\n", references: [{ title: "ip-sysctl, tcp_syn_retries", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-syn-retries-out-of-range.yaml", builtin: true }, { policy: { id: "tcp-synack-retries-extreme", title: "tcp_synack_retries leaves room for a lost SYN-ACK", severity: "warning", tags: ["values", "timeouts"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_synack_retries", valueType: "integer", violation: { anyOf: [{ lte: 1 }, { equals: 2 }, { allOf: [{ gt: 10 }, { lte: 255 }] }] } }, cases: [{ value: { equals: 2 }, severity: "info", message: "{{key}} = 2: a passive open gives up after about 7 s; two lost SYN-ACKs in a row drop the connection" }, { value: { gt: 10 }, message: "{{key}} = {{value}}: half-open connections occupy the SYN queue for many minutes (the default is 5)" }], message: "{{key}} = {{value}}: a single lost SYN-ACK aborts the passive open (about 3 s or less); clients on lossy paths fail to connect", rationale: "`tcp_synack_retries` bounds how often a listener retransmits its SYN-ACK (default 5: last\nretransmission at 31 s, given up at 63 s). With 0 or 1, one lost SYN-ACK ends the handshake, and\nthe client's retransmitted SYN may arrive after the request was already dropped. Anti-DDoS\nguides set it low; SYN cookies (`tcp_syncookies = 1`) are the safer defence.\n", fix: "Keep 2 to 5, and rely on `net.ipv4.tcp_syncookies = 1` against SYN floods.\n", references: [{ title: "ip-sysctl, tcp_synack_retries", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-synack-retries-extreme.yaml", builtin: true }, { policy: { id: "tcp-synack-retries-out-of-range", title: "tcp_synack_retries is between 0 and 255", severity: "error", tags: ["values"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_synack_retries", valueType: "integer", violation: { anyOf: [{ invalid: true }, { lt: 0 }, { gt: 255 }] } }, cases: [{ value: { invalid: true }, message: "{{key}} = {{value}} is {{reason}}; the kernel rejects it (EINVAL) and keeps the previous value" }], message: "{{key}} = {{value}} is outside 0..255; the kernel rejects it", rationale: '`tcp_synack_retries` "should not be higher than 255" and current kernels store it in 8 bits,\nrejecting larger or negative values with `EINVAL`.\n', fix: "Use a value from 0 to 255 (in practice 2 to 5); the default is 5 (the passive open gives up after 63 s).\n", references: [{ title: "ip-sysctl, tcp_synack_retries", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-synack-retries-out-of-range.yaml", builtin: true }, { policy: { id: "tcp-timestamps-disabled", title: "TCP timestamps stay on", severity: "info", tags: ["values"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_timestamps", valueType: "integer", violation: { equals: 0 } }, message: "{{key}} = 0 disables PAWS and RTT measurement and makes tcp_tw_reuse ineffective; it is usually a workaround for tcp_tw_recycle", rationale: "Turning timestamps off removes protection against wrapped sequence numbers (PAWS) on fast\nlinks, worsens RTT estimation and disables `tcp_tw_reuse`. It is commonly set to hide the\ntcp_tw_recycle NAT symptom instead of turning tcp_tw_recycle off.\n", fix: "Keep `net.ipv4.tcp_timestamps = 1` and remove tcp_tw_recycle instead.\n", references: [{ title: "ip-sysctl, tcp_timestamps", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-timestamps-disabled.yaml", builtin: true }, { policy: { id: "tcp-tw-recycle-enabled", title: "tcp_tw_recycle stays off", severity: "error", tags: ["nat", "kubernetes"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_tw_recycle", valueType: "integer", violation: { notEquals: 0 } }, cases: [{ when: { kernel: { gte: "4.12" } }, severity: "warning", message: '{{key}} = {{value}} has no effect on Linux {{kernel}} (removed in 4.12) and makes procps fail with "cannot stat"; on an older kernel it drops SYNs from clients behind NAT' }, { when: { kernel: { gte: "4.10" } }, message: "{{key}} = {{value}} on Linux {{kernel}}: random per-connection timestamp offsets (4.10) make it drop SYNs from every peer, not only clients behind NAT" }, { when: { kernel: { known: false } }, message: "{{key}} = {{value}} silently drops SYNs from clients behind NAT/SNAT (kernel version unknown: the key exists up to Linux 4.11; on 4.10-4.11 it breaks even without NAT)" }], message: "{{key}} = {{value}} silently drops SYNs from clients behind NAT/SNAT on Linux {{kernel}} (PAWSPassive); up to 4.10 it is global and hits every pod too", rationale: 'With `tcp_tw_recycle` on, a listening host remembers the last TCP timestamp per peer IP and\ndrops SYNs whose timestamp is older. Clients behind one NAT address (ip-masq-agent, SNAT on\negress, LVS FULLNAT, cloud load balancers) have unrelated clocks, so their SYNs are dropped\nsilently; `netstat -s` shows "passive connections rejected because of time stamp"\n(TcpExt PAWSPassive). From 4.10 timestamps carry a random per-connection offset, which breaks it\neven without NAT; up to 4.10 the knob is global, so a node setting also breaks every pod acting\nas a server. Linux 4.12 removed the key. "Performance tuning" guides (Greenplum\'s among them)\nstill recommend it.\n', fix: 'Delete the line (or set 0). Do not "fix" the symptom with `tcp_timestamps = 0`, which disables\nPAWS and makes `tcp_tw_reuse` ineffective.\n', references: [{ title: "Vincent Bernat, Coping with the TCP TIME-WAIT state on busy Linux servers", url: "https://vincent.bernat.ch/en/blog/2014-tcp-time-wait-state-linux" }, { title: "tcp: remove tcp_tw_recycle (Linux 4.12)", url: "https://github.com/torvalds/linux/commit/4396e46187ca5070219b81773c4e65088dac50cc" }, { title: "tcp: randomize tcp timestamp offsets for each connection (Linux 4.10)", url: "https://github.com/torvalds/linux/commit/95a22caee396cef0bb2ca8fafdd82966a49367bb" }] }, source: "policies/tcp/tcp-tw-recycle-enabled.yaml", builtin: true }, { policy: { id: "tcp-tw-reuse-global", title: "tcp_tw_reuse stays at its loopback-only default", severity: "info", tags: ["values"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_tw_reuse", valueType: "integer", violation: { equals: 1 } }, message: "{{key}} = 1 reuses TIME_WAIT sockets for every outgoing connection; it needs TCP timestamps on both ends and does nothing for servers (the default 2 covers loopback)", rationale: "`tcp_tw_reuse = 1` lets outgoing connect() calls reuse a TIME_WAIT 4-tuple after one second,\nrelying on TCP timestamps to reject stale segments. It does not help servers (TIME_WAIT on the\naccepting side) and is unsafe without timestamps. The kernel default `2` (loopback only) is not\na risk and is never reported.\n", fix: "Keep the default unless client-side ephemeral port exhaustion is measured.\n", references: [{ title: "ip-sysctl, tcp_tw_reuse", url: "https://docs.kernel.org/networking/ip-sysctl.html" }, { title: "Vincent Bernat, Coping with the TCP TIME-WAIT state on busy Linux servers", url: "https://vincent.bernat.ch/en/blog/2014-tcp-time-wait-state-linux" }] }, source: "policies/tcp/tcp-tw-reuse-global.yaml", builtin: true }, { policy: { id: "tcp-tw-reuse-invalid", title: "tcp_tw_reuse is 0, 1 or 2", severity: "error", tags: ["values"], scope: ["node", "pod"], check: { setting: "net.ipv4.tcp_tw_reuse", valueType: "integer", violation: { notOneOf: [0, 1, 2] } }, message: "{{key}} = {{value}} is not a valid value (0 off, 1 on, 2 loopback only, the default); the kernel rejects it", rationale: "`tcp_tw_reuse` accepts 0 (off), 1 (reuse TIME_WAIT sockets for new outgoing connections) and 2\n(loopback only, the kernel default since 2018). Anything else is rejected with `EINVAL`.\n", fix: "Remove the line to keep the default (2), or use 1 when client-side port exhaustion is proven.\n", references: [{ title: "ip-sysctl, tcp_tw_reuse", url: "https://docs.kernel.org/networking/ip-sysctl.html" }] }, source: "policies/tcp/tcp-tw-reuse-invalid.yaml", builtin: true }], lists: { kernelKeys: { complete: ["net.core", "net.ipv4", "net.ipv6", "net.netfilter", "net.ipv4.vs", "net.bridge", "net.unix", "vm", "fs", "kernel"], dynamic: [{ pattern: "net.ipv4.conf.*.*", names: ["accept_local", "accept_redirects", "accept_source_route", "arp_accept", "arp_announce", "arp_evict_nocarrier", "arp_filter", "arp_ignore", "arp_notify", "bc_forwarding", "bootp_relay", "disable_policy", "disable_xfrm", "drop_gratuitous_arp", "drop_unicast_in_l2_multicast", "force_igmp_version", "forwarding", "igmpv2_unsolicited_report_interval", "igmpv3_unsolicited_report_interval", "ignore_routes_with_linkdown", "log_martians", "mc_forwarding", "medium_id", "promote_secondaries", "proxy_arp", "proxy_arp_pvlan", "route_localnet", "rp_filter", "secure_redirects", "send_redirects", "shared_media", "src_valid_mark", "tag"] }, { pattern: "net.ipv6.conf.*.*", names: ["accept_dad", "accept_ra", "accept_ra_defrtr", "accept_ra_from_local", "accept_ra_min_hop_limit", "accept_ra_mtu", "accept_ra_pinfo", "accept_ra_rt_info_max_plen", "accept_ra_rt_info_min_plen", "accept_ra_rtr_pref", "accept_redirects", "accept_source_route", "accept_untracked_na", "addr_gen_mode", "autoconf", "dad_transmits", "disable_ipv6", "disable_policy", "drop_unicast_in_l2_multicast", "drop_unsolicited_na", "enhanced_dad", "force_mld_version", "force_tllao", "forwarding", "hop_limit", "ignore_routes_with_linkdown", "ioam6_enabled", "ioam6_id", "ioam6_id_wide", "keep_addr_on_down", "max_addresses", "max_desync_factor", "mc_forwarding", "mldv1_unsolicited_report_interval", "mldv2_unsolicited_report_interval", "mtu", "ndisc_evict_nocarrier", "ndisc_notify", "ndisc_tclass", "optimistic_dad", "proxy_ndp", "ra_defrtr_metric", "regen_max_retry", "router_probe_interval", "router_solicitation_delay", "router_solicitation_interval", "router_solicitation_max_interval", "router_solicitations", "rpl_seg_enabled", "seg6_enabled", "seg6_require_hmac", "stable_secret", "suppress_frag_ndisc", "temp_prefered_lft", "temp_valid_lft", "use_oif_addrs_only", "use_optimistic", "use_tempaddr"] }, { pattern: "net.ipv4.neigh.*.*", names: ["anycast_delay", "app_solicit", "base_reachable_time", "base_reachable_time_ms", "delay_first_probe_time", "gc_interval", "gc_stale_time", "gc_thresh1", "gc_thresh2", "gc_thresh3", "interval_probe_time_ms", "locktime", "mcast_resolicit", "mcast_solicit", "proxy_delay", "proxy_qlen", "retrans_time", "retrans_time_ms", "ucast_solicit", "unres_qlen", "unres_qlen_bytes"] }, { pattern: "net.ipv6.neigh.*.*", names: ["anycast_delay", "app_solicit", "base_reachable_time", "base_reachable_time_ms", "delay_first_probe_time", "gc_interval", "gc_stale_time", "gc_thresh1", "gc_thresh2", "gc_thresh3", "interval_probe_time_ms", "locktime", "mcast_resolicit", "mcast_solicit", "proxy_delay", "proxy_qlen", "retrans_time", "retrans_time_ms", "ucast_solicit", "unres_qlen", "unres_qlen_bytes"] }], keys: { "fs.aio-max-nr": {}, "fs.aio-nr": {}, "fs.dentry-state": {}, "fs.dir-notify-enable": {}, "fs.dquot-max": { removed: "unknown" }, "fs.dquot-nr": { removed: "unknown" }, "fs.epoll.max_user_watches": {}, "fs.fanotify.max_queued_events": {}, "fs.fanotify.max_user_groups": {}, "fs.fanotify.max_user_marks": {}, "fs.file-max": {}, "fs.file-nr": {}, "fs.inode-max": { removed: "unknown" }, "fs.inode-nr": {}, "fs.inode-state": {}, "fs.inotify.max_queued_events": {}, "fs.inotify.max_user_instances": {}, "fs.inotify.max_user_watches": {}, "fs.lease-break-time": {}, "fs.leases-enable": {}, "fs.mount-max": {}, "fs.mqueue.msg_default": {}, "fs.mqueue.msg_max": {}, "fs.mqueue.msgsize_default": {}, "fs.mqueue.msgsize_max": {}, "fs.mqueue.queues_max": {}, "fs.nr_open": {}, "fs.overflowgid": {}, "fs.overflowuid": {}, "fs.pipe-max-size": {}, "fs.pipe-user-pages-hard": {}, "fs.pipe-user-pages-soft": {}, "fs.protected_fifos": {}, "fs.protected_hardlinks": {}, "fs.protected_regular": {}, "fs.protected_symlinks": {}, "fs.quota.allocated_dquots": {}, "fs.quota.cache_hits": {}, "fs.quota.drops": {}, "fs.quota.free_dquots": {}, "fs.quota.lookups": {}, "fs.quota.reads": {}, "fs.quota.syncs": {}, "fs.quota.warnings": {}, "fs.quota.writes": {}, "fs.suid_dumpable": {}, "fs.super-max": { removed: "unknown" }, "fs.super-nr": { removed: "unknown" }, "kernel.acct": {}, "kernel.acpi_video_flags": {}, "kernel.apparmor_restrict_unprivileged_userns": { upstream: false }, "kernel.auto_msgmni": { note: "no effect; reading returns 0" }, "kernel.bootloader_type": {}, "kernel.bootloader_version": {}, "kernel.bpf_stats_enabled": {}, "kernel.cad_pid": {}, "kernel.cap_last_cap": {}, "kernel.core_pattern": {}, "kernel.core_pipe_limit": {}, "kernel.core_uses_pid": {}, "kernel.ctrl-alt-del": {}, "kernel.dmesg_restrict": {}, "kernel.domainname": {}, "kernel.exec-shield": { upstream: false }, "kernel.firmware_config.force_sysfs_fallback": {}, "kernel.firmware_config.ignore_sysfs_fallback": {}, "kernel.ftrace_dump_on_oops": {}, "kernel.ftrace_enabled": {}, "kernel.hardlockup_all_cpu_backtrace": {}, "kernel.hardlockup_panic": {}, "kernel.hostname": {}, "kernel.hotplug": {}, "kernel.hung_task_all_cpu_backtrace": {}, "kernel.hung_task_check_count": {}, "kernel.hung_task_check_interval_secs": {}, "kernel.hung_task_panic": {}, "kernel.hung_task_timeout_secs": {}, "kernel.hung_task_warnings": {}, "kernel.hyperv_record_panic_msg": {}, "kernel.ignore-unaligned-usertrap": {}, "kernel.io_uring_disabled": { added: "6.6" }, "kernel.io_uring_group": { added: "6.6" }, "kernel.kexec_load_disabled": {}, "kernel.keys.gc_delay": {}, "kernel.keys.maxbytes": {}, "kernel.keys.maxkeys": {}, "kernel.keys.persistent_keyring_expiry": { added: "3.13" }, "kernel.keys.root_maxbytes": {}, "kernel.keys.root_maxkeys": {}, "kernel.kptr_restrict": {}, "kernel.max_lock_depth": {}, "kernel.modprobe": {}, "kernel.modules_disabled": {}, "kernel.msg_next_id": {}, "kernel.msgmax": {}, "kernel.msgmnb": {}, "kernel.msgmni": {}, "kernel.ngroups_max": {}, "kernel.nmi_watchdog": {}, "kernel.ns_last_pid": {}, "kernel.numa_balancing": {}, "kernel.numa_balancing_scan_delay_ms": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/numa_balancing/" }, "kernel.numa_balancing_scan_period_max_ms": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/numa_balancing/" }, "kernel.numa_balancing_scan_period_min_ms": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/numa_balancing/" }, "kernel.numa_balancing_scan_size_mb": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/numa_balancing/" }, "kernel.oops_all_cpu_backtrace": {}, "kernel.oops_limit": {}, "kernel.osrelease": {}, "kernel.ostype": {}, "kernel.overflowgid": {}, "kernel.overflowuid": {}, "kernel.panic": {}, "kernel.panic_on_io_nmi": {}, "kernel.panic_on_oops": {}, "kernel.panic_on_rcu_stall": {}, "kernel.panic_on_stackoverflow": {}, "kernel.panic_on_unrecovered_nmi": {}, "kernel.panic_on_warn": {}, "kernel.panic_print": {}, "kernel.perf_cpu_time_max_percent": {}, "kernel.perf_event_max_contexts_per_stack": {}, "kernel.perf_event_max_sample_rate": {}, "kernel.perf_event_max_stack": {}, "kernel.perf_event_mlock_kb": {}, "kernel.perf_event_paranoid": {}, "kernel.pid_max": {}, "kernel.poweroff_cmd": {}, "kernel.powersave-nap": {}, "kernel.printk": {}, "kernel.printk_delay": {}, "kernel.printk_devkmsg": {}, "kernel.printk_ratelimit": {}, "kernel.printk_ratelimit_burst": {}, "kernel.pty.max": {}, "kernel.pty.nr": {}, "kernel.pty.reserve": {}, "kernel.random.boot_id": {}, "kernel.random.entropy_avail": {}, "kernel.random.poolsize": {}, "kernel.random.urandom_min_reseed_secs": { note: "obsolete" }, "kernel.random.uuid": {}, "kernel.random.write_wakeup_threshold": {}, "kernel.randomize_va_space": {}, "kernel.real-root-dev": {}, "kernel.reboot-cmd": {}, "kernel.sched_autogroup_enabled": {}, "kernel.sched_cfs_bandwidth_slice_us": {}, "kernel.sched_energy_aware": {}, "kernel.sched_latency_ns": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.sched_migration_cost_ns": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.sched_min_granularity_ns": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.sched_nr_migrate": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.sched_rr_timeslice_ms": {}, "kernel.sched_rt_period_us": {}, "kernel.sched_rt_runtime_us": {}, "kernel.sched_schedstats": {}, "kernel.sched_tunable_scaling": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.sched_util_clamp_max": {}, "kernel.sched_util_clamp_min": {}, "kernel.sched_util_clamp_min_rt_default": {}, "kernel.sched_wakeup_granularity_ns": { removed: "5.13", note: "moved to /sys/kernel/debug/sched/" }, "kernel.seccomp.actions_avail": {}, "kernel.seccomp.actions_logged": {}, "kernel.sem": {}, "kernel.sem_next_id": {}, "kernel.sg-big-buff": {}, "kernel.shm_next_id": {}, "kernel.shm_rmid_forced": {}, "kernel.shmall": {}, "kernel.shmmax": {}, "kernel.shmmni": {}, "kernel.soft_watchdog": {}, "kernel.softlockup_all_cpu_backtrace": {}, "kernel.softlockup_panic": {}, "kernel.split_lock_mitigate": {}, "kernel.stack_erasing": {}, "kernel.stack_tracer_enabled": {}, "kernel.stop-a": {}, "kernel.sysctl_writes_strict": {}, "kernel.sysrq": {}, "kernel.tainted": {}, "kernel.threads-max": {}, "kernel.timer_migration": {}, "kernel.traceoff_on_warning": {}, "kernel.tracepoint_printk": {}, "kernel.unaligned-dump-stack": {}, "kernel.unaligned-trap": {}, "kernel.unknown_nmi_panic": {}, "kernel.unprivileged_bpf_disabled": {}, "kernel.unprivileged_userns_clone": { upstream: false }, "kernel.usermodehelper.bset": {}, "kernel.usermodehelper.inheritable": {}, "kernel.version": {}, "kernel.warn_limit": {}, "kernel.watchdog": {}, "kernel.watchdog_cpumask": {}, "kernel.watchdog_thresh": {}, "kernel.yama.ptrace_scope": {}, "net.appletalk.aarp-expiry-time": {}, "net.appletalk.aarp-resolve-time": {}, "net.appletalk.aarp-retransmit-limit": {}, "net.appletalk.aarp-tick-time": {}, "net.bridge.bridge-nf-call-arptables": {}, "net.bridge.bridge-nf-call-ip6tables": {}, "net.bridge.bridge-nf-call-iptables": {}, "net.bridge.bridge-nf-filter-pppoe-tagged": {}, "net.bridge.bridge-nf-filter-vlan-tagged": {}, "net.bridge.bridge-nf-pass-vlan-input-dev": {}, "net.core.bpf_jit_enable": {}, "net.core.bpf_jit_harden": {}, "net.core.bpf_jit_kallsyms": {}, "net.core.bpf_jit_limit": {}, "net.core.busy_poll": {}, "net.core.busy_read": {}, "net.core.default_qdisc": {}, "net.core.dev_weight": {}, "net.core.dev_weight_rx_bias": {}, "net.core.dev_weight_tx_bias": {}, "net.core.devconf_inherit_init_net": {}, "net.core.fb_tunnels_only_for_init_net": {}, "net.core.flow_limit_cpu_bitmap": {}, "net.core.flow_limit_table_len": {}, "net.core.gro_normal_batch": {}, "net.core.high_order_alloc_disable": {}, "net.core.max_skb_frags": {}, "net.core.mem_pcpu_rsv": {}, "net.core.message_burst": {}, "net.core.message_cost": {}, "net.core.netdev_budget": {}, "net.core.netdev_budget_usecs": {}, "net.core.netdev_max_backlog": {}, "net.core.netdev_rss_key": {}, "net.core.netdev_tstamp_prequeue": {}, "net.core.netdev_unregister_timeout_secs": {}, "net.core.optmem_max": {}, "net.core.rmem_default": {}, "net.core.rmem_max": {}, "net.core.rps_default_mask": {}, "net.core.rps_sock_flow_entries": {}, "net.core.skb_defer_max": {}, "net.core.somaxconn": {}, "net.core.tstamp_allow_data": {}, "net.core.txrehash": {}, "net.core.warnings": { note: "unused" }, "net.core.wmem_default": {}, "net.core.wmem_max": {}, "net.core.xfrm_acq_expires": {}, "net.core.xfrm_aevent_etime": {}, "net.core.xfrm_aevent_rseqth": {}, "net.core.xfrm_larval_drop": {}, "net.ipv4.cipso_cache_bucket_size": {}, "net.ipv4.cipso_cache_enable": {}, "net.ipv4.cipso_rbm_optfmt": {}, "net.ipv4.cipso_rbm_strictvalid": {}, "net.ipv4.fib_multipath_hash_fields": {}, "net.ipv4.fib_multipath_hash_policy": {}, "net.ipv4.fib_multipath_use_neigh": {}, "net.ipv4.fib_notify_on_flag_change": {}, "net.ipv4.fib_sync_mem": {}, "net.ipv4.fwmark_reflect": {}, "net.ipv4.icmp_echo_enable_probe": {}, "net.ipv4.icmp_echo_ignore_all": {}, "net.ipv4.icmp_echo_ignore_broadcasts": {}, "net.ipv4.icmp_errors_use_inbound_ifaddr": {}, "net.ipv4.icmp_ignore_bogus_error_responses": {}, "net.ipv4.icmp_msgs_burst": {}, "net.ipv4.icmp_msgs_per_sec": {}, "net.ipv4.icmp_ratelimit": {}, "net.ipv4.icmp_ratemask": {}, "net.ipv4.igmp_link_local_mcast_reports": {}, "net.ipv4.igmp_max_memberships": {}, "net.ipv4.igmp_max_msf": {}, "net.ipv4.igmp_qrv": {}, "net.ipv4.inet_peer_gc_maxtime": { removed: "unknown" }, "net.ipv4.inet_peer_gc_mintime": { removed: "unknown" }, "net.ipv4.inet_peer_maxttl": {}, "net.ipv4.inet_peer_minttl": {}, "net.ipv4.inet_peer_threshold": {}, "net.ipv4.ip_autobind_reuse": {}, "net.ipv4.ip_conntrack_max": { removed: "unknown" }, "net.ipv4.ip_default_ttl": {}, "net.ipv4.ip_dynaddr": {}, "net.ipv4.ip_early_demux": {}, "net.ipv4.ip_forward": {}, "net.ipv4.ip_forward_update_priority": {}, "net.ipv4.ip_forward_use_pmtu": {}, "net.ipv4.ip_local_port_range": {}, "net.ipv4.ip_local_reserved_ports": {}, "net.ipv4.ip_no_pmtu_disc": {}, "net.ipv4.ip_nonlocal_bind": {}, "net.ipv4.ip_unprivileged_port_start": { added: "4.11" }, "net.ipv4.ipfrag_high_thresh": {}, "net.ipv4.ipfrag_low_thresh": { note: "obsolete since 4.17" }, "net.ipv4.ipfrag_max_dist": {}, "net.ipv4.ipfrag_time": {}, "net.ipv4.netfilter.ip_conntrack_buckets": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_checksum": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_count": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_generic_timeout": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_icmp_timeout": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_log_invalid": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_max": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_be_liberal": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_loose": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_max_retrans": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_close": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_close_wait": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_established": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_fin_wait": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_last_ack": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_max_retrans": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_syn_recv": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_syn_sent": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_tcp_timeout_time_wait": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_udp_timeout": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.netfilter.ip_conntrack_udp_timeout_stream": { removed: "unknown", note: "legacy ip_conntrack name" }, "net.ipv4.nexthop_compat_mode": {}, "net.ipv4.ping_group_range": {}, "net.ipv4.raw_l3mdev_accept": {}, "net.ipv4.route.error_burst": {}, "net.ipv4.route.error_cost": {}, "net.ipv4.route.flush": {}, "net.ipv4.route.gc_elasticity": {}, "net.ipv4.route.gc_interval": {}, "net.ipv4.route.gc_min_interval": {}, "net.ipv4.route.gc_min_interval_ms": {}, "net.ipv4.route.gc_thresh": {}, "net.ipv4.route.gc_timeout": {}, "net.ipv4.route.max_delay": { removed: "unknown" }, "net.ipv4.route.max_size": { note: "deprecated for IPv4 since 3.6 (route cache removed)" }, "net.ipv4.route.min_adv_mss": {}, "net.ipv4.route.min_delay": { removed: "unknown" }, "net.ipv4.route.min_pmtu": {}, "net.ipv4.route.mtu_expires": {}, "net.ipv4.route.redirect_load": {}, "net.ipv4.route.redirect_number": {}, "net.ipv4.route.redirect_silence": {}, "net.ipv4.rt_cache_rebuild_count": { removed: "unknown" }, "net.ipv4.tcp_abc": { removed: "3.9" }, "net.ipv4.tcp_abort_on_overflow": {}, "net.ipv4.tcp_adv_win_scale": {}, "net.ipv4.tcp_allowed_congestion_control": {}, "net.ipv4.tcp_app_win": {}, "net.ipv4.tcp_autocorking": { added: "3.14" }, "net.ipv4.tcp_available_congestion_control": {}, "net.ipv4.tcp_available_ulp": {}, "net.ipv4.tcp_base_mss": {}, "net.ipv4.tcp_bic": { removed: "2.6.13" }, "net.ipv4.tcp_bic_fast_convergence": { removed: "2.6.13" }, "net.ipv4.tcp_bic_low_window": { removed: "2.6.13" }, "net.ipv4.tcp_challenge_ack_limit": {}, "net.ipv4.tcp_child_ehash_entries": {}, "net.ipv4.tcp_comp_sack_delay_ns": {}, "net.ipv4.tcp_comp_sack_nr": {}, "net.ipv4.tcp_comp_sack_slack_ns": {}, "net.ipv4.tcp_congestion_control": {}, "net.ipv4.tcp_cookie_size": { removed: "3.10" }, "net.ipv4.tcp_dma_copybreak": { removed: "unknown" }, "net.ipv4.tcp_dsack": {}, "net.ipv4.tcp_early_demux": {}, "net.ipv4.tcp_early_retrans": {}, "net.ipv4.tcp_ecn": {}, "net.ipv4.tcp_ecn_fallback": { added: "4.1" }, "net.ipv4.tcp_ehash_entries": {}, "net.ipv4.tcp_fack": { note: "legacy option, no effect" }, "net.ipv4.tcp_fastopen": {}, "net.ipv4.tcp_fastopen_blackhole_timeout_sec": {}, "net.ipv4.tcp_fastopen_key": {}, "net.ipv4.tcp_fin_timeout": {}, "net.ipv4.tcp_frto": {}, "net.ipv4.tcp_frto_response": { removed: "unknown" }, "net.ipv4.tcp_fwmark_accept": {}, "net.ipv4.tcp_invalid_ratelimit": {}, "net.ipv4.tcp_keepalive_intvl": {}, "net.ipv4.tcp_keepalive_probes": {}, "net.ipv4.tcp_keepalive_time": {}, "net.ipv4.tcp_l3mdev_accept": {}, "net.ipv4.tcp_limit_output_bytes": {}, "net.ipv4.tcp_low_latency": { note: "no effect since 4.14; key kept" }, "net.ipv4.tcp_max_orphans": {}, "net.ipv4.tcp_max_reordering": {}, "net.ipv4.tcp_max_ssthresh": { removed: "unknown" }, "net.ipv4.tcp_max_syn_backlog": {}, "net.ipv4.tcp_max_tw_buckets": {}, "net.ipv4.tcp_mem": {}, "net.ipv4.tcp_migrate_req": {}, "net.ipv4.tcp_min_rtt_wlen": {}, "net.ipv4.tcp_min_snd_mss": {}, "net.ipv4.tcp_min_tso_segs": {}, "net.ipv4.tcp_moderate_rcvbuf": {}, "net.ipv4.tcp_mtu_probe_floor": {}, "net.ipv4.tcp_mtu_probing": {}, "net.ipv4.tcp_no_metrics_save": {}, "net.ipv4.tcp_no_ssthresh_metrics_save": {}, "net.ipv4.tcp_notsent_lowat": {}, "net.ipv4.tcp_orphan_retries": {}, "net.ipv4.tcp_pacing_ca_ratio": {}, "net.ipv4.tcp_pacing_ss_ratio": {}, "net.ipv4.tcp_pingpong_thresh": {}, "net.ipv4.tcp_plb_cong_thresh": {}, "net.ipv4.tcp_plb_enabled": {}, "net.ipv4.tcp_plb_idle_rehash_rounds": {}, "net.ipv4.tcp_plb_rehash_rounds": {}, "net.ipv4.tcp_plb_suspend_rto_sec": {}, "net.ipv4.tcp_probe_interval": {}, "net.ipv4.tcp_probe_threshold": {}, "net.ipv4.tcp_recovery": {}, "net.ipv4.tcp_reflect_tos": {}, "net.ipv4.tcp_reordering": {}, "net.ipv4.tcp_retrans_collapse": {}, "net.ipv4.tcp_retries1": {}, "net.ipv4.tcp_retries2": {}, "net.ipv4.tcp_rfc1337": {}, "net.ipv4.tcp_rmem": {}, "net.ipv4.tcp_sack": {}, "net.ipv4.tcp_shrink_window": {}, "net.ipv4.tcp_slow_start_after_idle": {}, "net.ipv4.tcp_stdurg": {}, "net.ipv4.tcp_syn_linear_timeouts": {}, "net.ipv4.tcp_syn_retries": {}, "net.ipv4.tcp_synack_retries": {}, "net.ipv4.tcp_syncookies": {}, "net.ipv4.tcp_thin_dupack": { removed: "unknown" }, "net.ipv4.tcp_thin_linear_timeouts": {}, "net.ipv4.tcp_timestamps": {}, "net.ipv4.tcp_tso_rtt_log": { added: "5.18" }, "net.ipv4.tcp_tso_win_divisor": {}, "net.ipv4.tcp_tw_recycle": { removed: "4.12" }, "net.ipv4.tcp_tw_reuse": {}, "net.ipv4.tcp_vegas_cong_avoid": { removed: "2.6.13" }, "net.ipv4.tcp_westwood": { removed: "2.6.13" }, "net.ipv4.tcp_window_scaling": {}, "net.ipv4.tcp_wmem": {}, "net.ipv4.tcp_workaround_signed_windows": {}, "net.ipv4.udp_child_hash_entries": {}, "net.ipv4.udp_early_demux": {}, "net.ipv4.udp_hash_entries": {}, "net.ipv4.udp_l3mdev_accept": {}, "net.ipv4.udp_mem": {}, "net.ipv4.udp_rmem_min": {}, "net.ipv4.udp_wmem_min": {}, "net.ipv4.vs.am_droprate": {}, "net.ipv4.vs.amemthresh": {}, "net.ipv4.vs.backup_only": {}, "net.ipv4.vs.cache_bypass": {}, "net.ipv4.vs.conn_reuse_mode": { added: "4.1" }, "net.ipv4.vs.conntrack": {}, "net.ipv4.vs.debug_level": {}, "net.ipv4.vs.drop_entry": {}, "net.ipv4.vs.drop_packet": {}, "net.ipv4.vs.est_cpulist": {}, "net.ipv4.vs.est_nice": {}, "net.ipv4.vs.expire_nodest_conn": {}, "net.ipv4.vs.expire_quiescent_template": {}, "net.ipv4.vs.ignore_tunneled": {}, "net.ipv4.vs.nat_icmp_send": {}, "net.ipv4.vs.pmtu_disc": {}, "net.ipv4.vs.run_estimation": {}, "net.ipv4.vs.schedule_icmp": {}, "net.ipv4.vs.secure_tcp": {}, "net.ipv4.vs.sloppy_sctp": {}, "net.ipv4.vs.sloppy_tcp": {}, "net.ipv4.vs.snat_reroute": {}, "net.ipv4.vs.sync_persist_mode": {}, "net.ipv4.vs.sync_ports": {}, "net.ipv4.vs.sync_qlen_max": {}, "net.ipv4.vs.sync_refresh_period": {}, "net.ipv4.vs.sync_retries": {}, "net.ipv4.vs.sync_sock_size": {}, "net.ipv4.vs.sync_threshold": {}, "net.ipv4.vs.sync_version": {}, "net.ipv4.xfrm4_gc_thresh": { note: "obsolete since 4.14" }, "net.ipv6.anycast_src_echo_reply": {}, "net.ipv6.auto_flowlabels": {}, "net.ipv6.bindv6only": {}, "net.ipv6.calipso_cache_bucket_size": {}, "net.ipv6.calipso_cache_enable": {}, "net.ipv6.fib_multipath_hash_fields": {}, "net.ipv6.fib_multipath_hash_policy": {}, "net.ipv6.fib_notify_on_flag_change": {}, "net.ipv6.flowlabel_consistency": {}, "net.ipv6.flowlabel_reflect": {}, "net.ipv6.flowlabel_state_ranges": {}, "net.ipv6.fwmark_reflect": {}, "net.ipv6.icmp.echo_ignore_all": {}, "net.ipv6.icmp.echo_ignore_anycast": {}, "net.ipv6.icmp.echo_ignore_multicast": {}, "net.ipv6.icmp.ratelimit": {}, "net.ipv6.icmp.ratemask": {}, "net.ipv6.idgen_delay": {}, "net.ipv6.idgen_retries": {}, "net.ipv6.ioam6_id": {}, "net.ipv6.ioam6_id_wide": {}, "net.ipv6.ip6frag_high_thresh": {}, "net.ipv6.ip6frag_low_thresh": {}, "net.ipv6.ip6frag_time": {}, "net.ipv6.ip_nonlocal_bind": {}, "net.ipv6.max_dst_opts_length": {}, "net.ipv6.max_dst_opts_number": {}, "net.ipv6.max_hbh_length": {}, "net.ipv6.max_hbh_opts_number": {}, "net.ipv6.mld_max_msf": {}, "net.ipv6.mld_qrv": {}, "net.ipv6.route.flush": {}, "net.ipv6.route.gc_elasticity": {}, "net.ipv6.route.gc_interval": {}, "net.ipv6.route.gc_min_interval": {}, "net.ipv6.route.gc_min_interval_ms": {}, "net.ipv6.route.gc_thresh": {}, "net.ipv6.route.gc_timeout": {}, "net.ipv6.route.max_size": {}, "net.ipv6.route.min_adv_mss": {}, "net.ipv6.route.mtu_expires": {}, "net.ipv6.route.skip_notify_on_dev_down": {}, "net.ipv6.seg6_flowlabel": {}, "net.ipv6.xfrm6_gc_thresh": { note: "obsolete since 4.14" }, "net.netfilter.nf_conntrack_acct": {}, "net.netfilter.nf_conntrack_buckets": {}, "net.netfilter.nf_conntrack_checksum": {}, "net.netfilter.nf_conntrack_count": {}, "net.netfilter.nf_conntrack_dccp_loose": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_closereq": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_closing": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_open": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_partopen": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_request": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_respond": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_dccp_timeout_timewait": { note: "CONFIG_NF_CT_PROTO_DCCP only" }, "net.netfilter.nf_conntrack_events": {}, "net.netfilter.nf_conntrack_events_retry_timeout": { removed: "unknown" }, "net.netfilter.nf_conntrack_expect_max": {}, "net.netfilter.nf_conntrack_frag6_high_thresh": {}, "net.netfilter.nf_conntrack_frag6_low_thresh": {}, "net.netfilter.nf_conntrack_frag6_timeout": {}, "net.netfilter.nf_conntrack_generic_timeout": {}, "net.netfilter.nf_conntrack_gre_timeout": {}, "net.netfilter.nf_conntrack_gre_timeout_stream": {}, "net.netfilter.nf_conntrack_helper": { removed: "unknown" }, "net.netfilter.nf_conntrack_icmp_timeout": {}, "net.netfilter.nf_conntrack_icmpv6_timeout": {}, "net.netfilter.nf_conntrack_log_invalid": {}, "net.netfilter.nf_conntrack_max": {}, "net.netfilter.nf_conntrack_sctp_timeout_closed": {}, "net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed": {}, "net.netfilter.nf_conntrack_sctp_timeout_cookie_wait": {}, "net.netfilter.nf_conntrack_sctp_timeout_established": {}, "net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent": {}, "net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent": {}, "net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd": {}, "net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent": {}, "net.netfilter.nf_conntrack_tcp_be_liberal": {}, "net.netfilter.nf_conntrack_tcp_ignore_invalid_rst": {}, "net.netfilter.nf_conntrack_tcp_loose": {}, "net.netfilter.nf_conntrack_tcp_max_retrans": {}, "net.netfilter.nf_conntrack_tcp_timeout_close": {}, "net.netfilter.nf_conntrack_tcp_timeout_close_wait": {}, "net.netfilter.nf_conntrack_tcp_timeout_established": {}, "net.netfilter.nf_conntrack_tcp_timeout_fin_wait": {}, "net.netfilter.nf_conntrack_tcp_timeout_last_ack": {}, "net.netfilter.nf_conntrack_tcp_timeout_max_retrans": {}, "net.netfilter.nf_conntrack_tcp_timeout_syn_recv": {}, "net.netfilter.nf_conntrack_tcp_timeout_syn_sent": {}, "net.netfilter.nf_conntrack_tcp_timeout_time_wait": {}, "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged": {}, "net.netfilter.nf_conntrack_timestamp": {}, "net.netfilter.nf_conntrack_udp_timeout": {}, "net.netfilter.nf_conntrack_udp_timeout_stream": {}, "net.netfilter.nf_flowtable_tcp_timeout": {}, "net.netfilter.nf_flowtable_udp_timeout": {}, "net.netfilter.nf_hooks_lwtunnel": {}, "net.netfilter.nf_log_all_netns": {}, "net.nf_conntrack_max": {}, "net.sctp.addip_enable": {}, "net.sctp.addip_noauth_enable": {}, "net.sctp.addr_scope_policy": {}, "net.sctp.association_max_retrans": {}, "net.sctp.auth_enable": {}, "net.sctp.cookie_hmac_alg": {}, "net.sctp.cookie_preserve_enable": {}, "net.sctp.ecn_enable": {}, "net.sctp.encap_port": {}, "net.sctp.hb_interval": {}, "net.sctp.intl_enable": {}, "net.sctp.max_burst": {}, "net.sctp.max_init_retransmits": {}, "net.sctp.path_max_retrans": {}, "net.sctp.pf_enable": {}, "net.sctp.pf_expose": {}, "net.sctp.pf_retrans": {}, "net.sctp.plpmtud_probe_interval": {}, "net.sctp.prsctp_enable": {}, "net.sctp.ps_retrans": {}, "net.sctp.rcvbuf_policy": {}, "net.sctp.reconf_enable": {}, "net.sctp.rto_initial": {}, "net.sctp.rto_max": {}, "net.sctp.rto_min": {}, "net.sctp.sack_timeout": {}, "net.sctp.sctp_mem": {}, "net.sctp.sctp_rmem": {}, "net.sctp.sctp_wmem": {}, "net.sctp.sndbuf_policy": {}, "net.sctp.udp_port": {}, "net.sctp.valid_cookie_life": {}, "net.tipc.named_timeout": {}, "net.tipc.tipc_rmem": {}, "net.unix.max_dgram_qlen": {}, "vm.admin_reserve_kbytes": {}, "vm.bdflush": { removed: "2.6" }, "vm.block_dump": { removed: "unknown" }, "vm.compact_memory": {}, "vm.compact_unevictable_allowed": {}, "vm.compaction_proactiveness": {}, "vm.dirty_background_bytes": {}, "vm.dirty_background_ratio": {}, "vm.dirty_bytes": {}, "vm.dirty_expire_centisecs": {}, "vm.dirty_ratio": {}, "vm.dirty_writeback_centisecs": {}, "vm.dirtytime_expire_seconds": {}, "vm.drop_caches": {}, "vm.extfrag_threshold": {}, "vm.highmem_is_dirtyable": {}, "vm.hugetlb_optimize_vmemmap": {}, "vm.hugetlb_shm_group": {}, "vm.laptop_mode": {}, "vm.legacy_va_layout": {}, "vm.lowmem_reserve_ratio": {}, "vm.max_map_count": {}, "vm.memory_failure_early_kill": {}, "vm.memory_failure_recovery": {}, "vm.min_free_kbytes": {}, "vm.min_slab_ratio": {}, "vm.min_unmapped_ratio": {}, "vm.mmap_min_addr": {}, "vm.mmap_rnd_bits": {}, "vm.mmap_rnd_compat_bits": {}, "vm.nr_hugepages": {}, "vm.nr_hugepages_mempolicy": {}, "vm.nr_overcommit_hugepages": {}, "vm.nr_trim_pages": { note: "NOMMU kernels only" }, "vm.numa_stat": {}, "vm.numa_zonelist_order": {}, "vm.oom_dump_tasks": {}, "vm.oom_kill_allocating_task": {}, "vm.overcommit_kbytes": {}, "vm.overcommit_memory": {}, "vm.overcommit_ratio": {}, "vm.page-cluster": {}, "vm.page_lock_unfairness": {}, "vm.panic_on_oom": {}, "vm.percpu_pagelist_fraction": { removed: "unknown" }, "vm.percpu_pagelist_high_fraction": {}, "vm.stat_interval": {}, "vm.stat_refresh": {}, "vm.swappiness": {}, "vm.unprivileged_userfaultfd": {}, "vm.user_reserve_kbytes": {}, "vm.vfs_cache_pressure": {}, "vm.watermark_boost_factor": {}, "vm.watermark_scale_factor": {}, "vm.zone_reclaim_mode": {} } }, moduleKeys: { id: "module-keys", description: "Sysctl keys that only exist once a kernel module is loaded. systemd-sysctl runs early at boot (after systemd-modules-load, before sysinit.target); a key whose module is not listed in modules-load.d does not exist yet and the line is skipped with a log message. `loadedWith` names modules (globs) whose loading pulls the module in as a dependency (modprobe resolves modules.dep): every IPVS scheduler needs ip_vs, and distribution kernels build ip_vs and the NAT/conntrack matches against nf_conntrack.", sources: ["https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html", "https://docs.kernel.org/networking/ipvs-sysctl.html", "https://docs.kernel.org/networking/nf_conntrack-sysctl.html"], modules: [{ module: "ip_vs", keys: ["net.ipv4.vs.**"], loadedWith: ["ip_vs_*"] }, { module: "nf_conntrack", keys: ["net.netfilter.nf_conntrack_*", "net.netfilter.nf_conntrack_*.**", "net.nf_conntrack_max"], loadedWith: ["ip_vs", "ip_vs_*", "nf_conntrack_*", "nf_nat", "nf_nat_*", "xt_conntrack", "xt_state", "xt_nat", "xt_MASQUERADE", "iptable_nat", "ip6table_nat", "nft_ct", "nft_nat", "nft_masq", "openvswitch"] }, { module: "br_netfilter", keys: ["net.bridge.bridge-nf-*"] }] } } };
  }
});

// <define:__SYSCTL_LINT_EXAMPLES__>
var define_SYSCTL_LINT_EXAMPLES_default;
var init_define_SYSCTL_LINT_EXAMPLES = __esm({
  "<define:__SYSCTL_LINT_EXAMPLES__>"() {
    define_SYSCTL_LINT_EXAMPLES_default = { "conntrack-close-wait-below-kube-proxy": { invalid: { name: "invalid/just-below-one-hour.sysctl.conf", args: [], files: [{ path: "invalid/just-below-one-hour.sysctl.conf", text: "net.netfilter.nf_conntrack_tcp_timeout_close_wait=3599\n" }], output: "invalid/just-below-one-hour.sysctl.conf\ninvalid/just-below-one-hour.sysctl.conf:1:1 info net.netfilter.nf_conntrack_tcp_timeout_close_wait = 3599 s is below the 3600 s kube-proxy sets; on a Kubernetes node, half-closed connections through a Service lose their NAT state (node role unknown; pass --node-role kubernetes or generic) conntrack-close-wait-below-kube-proxy\n  1 | net.netfilter.nf_conntrack_tcp_timeout_close_wait=3599\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/generic-host.sysctl.conf", args: ["--node-role", "generic"], files: [{ path: "valid/generic-host.sysctl.conf", text: "net.netfilter.nf_conntrack_tcp_timeout_close_wait = 60\n" }] } }, "conntrack-established-below-keepalive": { invalid: { name: "invalid/keepalive-in-other-file", args: [], files: [{ path: "invalid/keepalive-in-other-file/etc/sysctl.d/40-conntrack.conf", text: "# kube-proxy default (24h)\nnet.netfilter.nf_conntrack_tcp_timeout_established = 86400\n" }, { path: "invalid/keepalive-in-other-file/etc/sysctl.d/90-db.conf", text: "# idle DB sessions: first keepalive probe after 2 days\nnet.ipv4.tcp_keepalive_time = 172800\n" }], output: "invalid/keepalive-in-other-file/etc/sysctl.d/40-conntrack.conf\ninvalid/keepalive-in-other-file/etc/sysctl.d/40-conntrack.conf:2:1 warning net.netfilter.nf_conntrack_tcp_timeout_established = 86400 s is shorter than tcp_keepalive_time = 172800 (net.ipv4.tcp_keepalive_time): idle but healthy connections lose their conntrack entry and are dropped or reset conntrack-established-below-keepalive\n  2 | net.netfilter.nf_conntrack_tcp_timeout_established = 86400\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/keepalive-inline-comment.sysctl.conf", args: [], files: [{ path: "valid/keepalive-inline-comment.sysctl.conf", text: "net.ipv4.tcp_keepalive_time = 300 # 5 min\nnet.netfilter.nf_conntrack_tcp_timeout_established = 1200\n" }] } }, "conntrack-time-wait-too-short": { invalid: { name: "invalid/glob-assignment.sysctl.conf", args: [], files: [{ path: "invalid/glob-assignment.sysctl.conf", text: "# shorten every *_wait state at once\nnet.netfilter.nf_conntrack_tcp_timeout_*_wait = 30\n" }], output: "invalid/glob-assignment.sysctl.conf\ninvalid/glob-assignment.sysctl.conf:2:1 warning net.netfilter.nf_conntrack_tcp_timeout_time_wait = 30 s is shorter than the 60 s TCP TIME_WAIT: NAT can hand the same tuple to a new connection while an endpoint still holds the old one conntrack-time-wait-too-short\n  2 | net.netfilter.nf_conntrack_tcp_timeout_*_wait = 30\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/default.sysctl.conf", args: [], files: [{ path: "valid/default.sysctl.conf", text: "net.netfilter.nf_conntrack_tcp_timeout_time_wait = 120\n" }] } }, "ipvs-conn-reuse-mode": { invalid: { name: "invalid/one-kernel-unknown.sysctl.conf", args: [], files: [{ path: "invalid/one-kernel-unknown.sysctl.conf", text: "net.ipv4.vs.conn_reuse_mode = 1\n" }], output: "invalid/one-kernel-unknown.sysctl.conf\ninvalid/one-kernel-unknown.sysctl.conf:1:1 info net.ipv4.vs.conn_reuse_mode = 1: on kernels before 5.9 (without the stable backport) IPVS with conntrack drops the first SYN of a reused connection, adding 1 s latency (kernel version unknown) ipvs-conn-reuse-mode\n  1 | net.ipv4.vs.conn_reuse_mode = 1\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/default-on-fixed-kernel.sysctl.conf", args: ["--kernel", "6.1.0-18-amd64"], files: [{ path: "valid/default-on-fixed-kernel.sysctl.conf", text: "net.ipv4.vs.conn_reuse_mode = 1\n" }] } }, "k8s-ip-forward-disabled": { invalid: { name: "invalid/cis-hardening-on-kubernetes-image", args: [], files: [{ path: "invalid/cis-hardening-on-kubernetes-image/etc/sysctl.d/10-kubernetes.conf", text: "# Kubernetes node prerequisites (kubeadm)\nnet.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\n" }, { path: "invalid/cis-hardening-on-kubernetes-image/etc/sysctl.d/60-cis-hardening.conf", text: "# CIS 3.1.1 Ensure IP forwarding is disabled\nnet.ipv4.ip_forward = 0\nnet.ipv4.conf.all.send_redirects = 0\n" }], output: "invalid/cis-hardening-on-kubernetes-image/etc/sysctl.d/60-cis-hardening.conf\ninvalid/cis-hardening-on-kubernetes-image/etc/sysctl.d/60-cis-hardening.conf:2:1 error net.ipv4.ip_forward = 0 on a Kubernetes node (inferred: net.bridge.bridge-nf-call-iptables = 1 in invalid/cis-hardening-on-kubernetes-image/etc/sysctl.d/10-kubernetes.conf): pod and Service traffic is not forwarded and kubeadm preflight fails k8s-ip-forward-disabled\n  2 | net.ipv4.ip_forward = 0\n    | ^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/forwarding-on.sysctl.conf", args: ["--node-role", "kubernetes"], files: [{ path: "valid/forwarding-on.sysctl.conf", text: "# kubeadm prerequisite\nnet.ipv4.ip_forward = 1\n" }] } }, "ports-ephemeral-overlaps-nodeport": { invalid: { name: "invalid/custom-node-port-range.sysctl.conf", args: ["--node-role", "kubernetes", "--node-port-range", "20000-22767"], files: [{ path: "invalid/custom-node-port-range.sysctl.conf", text: "net.ipv4.ip_local_port_range = 16000 60999\n" }], output: "invalid/custom-node-port-range.sysctl.conf\ninvalid/custom-node-port-range.sysctl.conf:1:1 error Ephemeral ports 16000 60999 overlap the NodePort range 20000-22767 (--node-port-range) in 20000-22767, not covered by net.ipv4.ip_local_reserved_ports; host connections can take a NodePort as source port and fail at random ports-ephemeral-overlaps-nodeport\n  1 | net.ipv4.ip_local_port_range = 16000 60999\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/above-nodeports.sysctl.conf", args: ["--node-role", "kubernetes"], files: [{ path: "valid/above-nodeports.sysctl.conf", text: "net.ipv4.ip_local_port_range = 40000 65535\n" }] } }, "ports-local-port-range-invalid": { invalid: { name: "invalid/above-65535.sysctl.conf", args: [], files: [{ path: "invalid/above-65535.sysctl.conf", text: "net.ipv4.ip_local_port_range = 32768 70000\n" }], output: "invalid/above-65535.sysctl.conf\ninvalid/above-65535.sysctl.conf:1:1 error net.ipv4.ip_local_port_range = 32768 70000 is rejected by the kernel (EINVAL): ports must be between 1 and 65535; the old range stays in force ports-local-port-range-invalid\n  1 | net.ipv4.ip_local_port_range = 32768 70000\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/fixed-by-later-file", args: [], files: [{ path: "valid/fixed-by-later-file/etc/sysctl.d/40-typo.conf", text: "net.ipv4.ip_local_port_range = 60999 32768\n" }, { path: "valid/fixed-by-later-file/etc/sysctl.d/50-fix.conf", text: "net.ipv4.ip_local_port_range = 32768 60999\n" }] } }, "ports-local-port-range-parity": { invalid: { name: "invalid/both-even.sysctl.conf", args: [], files: [{ path: "invalid/both-even.sysctl.conf", text: "# value from the old ingress-nginx sysctl example\nnet.ipv4.ip_local_port_range = 1024 65000\n" }], output: 'invalid/both-even.sysctl.conf\ninvalid/both-even.sysctl.conf:2:1 info net.ipv4.ip_local_port_range = 1024 65000: both ends have the same parity; the kernel logs "ip_local_port_range: prefer different parity for start/end values" ports-local-port-range-parity\n  2 | net.ipv4.ip_local_port_range = 1024 65000\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n' }, valid: { name: "valid/fixed-by-later-file", args: [], files: [{ path: "valid/fixed-by-later-file/etc/sysctl.d/20-ingress.conf", text: "net.ipv4.ip_local_port_range = 1024 65000\n" }, { path: "valid/fixed-by-later-file/etc/sysctl.d/30-parity.conf", text: "net.ipv4.ip_local_port_range = 1024 65535\n" }] } }, "ports-reserved-ports-invalid": { invalid: { name: "invalid/above-65535.sysctl.conf", args: [], files: [{ path: "invalid/above-65535.sysctl.conf", text: "net.ipv4.ip_local_reserved_ports = 30000-32767,70000\n" }], output: "invalid/above-65535.sysctl.conf\ninvalid/above-65535.sysctl.conf:1:1 error net.ipv4.ip_local_reserved_ports = 30000-32767,70000 is not a comma-separated list of ports and ranges (port 70000 is above 65535); the kernel rejects the write ports-reserved-ports-invalid\n  1 | net.ipv4.ip_local_reserved_ports = 30000-32767,70000\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/empty-list-clears.sysctl.conf", args: [], files: [{ path: "valid/empty-list-clears.sysctl.conf", text: "# an empty value clears the list\nnet.ipv4.ip_local_reserved_ports =\n" }] } }, "sysctl-applier-divergence": { invalid: { name: "invalid/later-dropin-after-compat-link", args: [], files: [{ path: "invalid/later-dropin-after-compat-link/etc/sysctl.conf", text: "#\n# /etc/sysctl.conf - Configuration file for setting system variables\n# See /etc/sysctl.d/ for additional system variables.\n#\nnet.ipv4.conf.all.rp_filter = 1\n" }, { path: "invalid/later-dropin-after-compat-link/etc/sysctl.d/99-sysctl.conf", link: "../sysctl.conf" }, { path: "invalid/later-dropin-after-compat-link/etc/sysctl.d/99-zzz-override_cilium.conf", text: "# Disable rp_filter on Cilium interfaces since it may cause mangled packets to be dropped\n-net.ipv4.conf.lxc*.rp_filter = 0\n-net.ipv4.conf.cilium_*.rp_filter = 0\n# The kernel uses max(conf.all, conf.{dev}) as its value, so we need to set .all. to 0 as well.\n# Otherwise it will overrule the device specific settings.\nnet.ipv4.conf.all.rp_filter = 0\n" }], output: "invalid/later-dropin-after-compat-link/etc/sysctl.conf\ninvalid/later-dropin-after-compat-link/etc/sysctl.conf:5:1 warning net.ipv4.conf.all.rp_filter ends as 1 under sysctl --system (procps) but 0 under systemd-sysctl at boot sysctl-applier-divergence\n  5 | net.ipv4.conf.all.rp_filter = 1\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  note: invalid/later-dropin-after-compat-link/etc/sysctl.d/99-zzz-override_cilium.conf:6:1 systemd-sysctl applies 0 from here\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/compat-link-sysctl-conf-last", args: [], files: [{ path: "valid/compat-link-sysctl-conf-last/etc/sysctl.conf", text: "# Uncomment the next line to enable packet forwarding for IPv4\nnet.ipv4.ip_forward=0\n" }, { path: "valid/compat-link-sysctl-conf-last/etc/sysctl.d/10-kubernetes.conf", text: "net.ipv4.ip_forward = 1\n" }, { path: "valid/compat-link-sysctl-conf-last/etc/sysctl.d/99-sysctl.conf", link: "../sysctl.conf" }] } }, "sysctl-empty-value": { invalid: { name: "invalid/ignore-failure-prefix.sysctl.conf", args: [], files: [{ path: "invalid/ignore-failure-prefix.sysctl.conf", text: "-net.netfilter.nf_conntrack_max =\n" }], output: 'invalid/ignore-failure-prefix.sysctl.conf\ninvalid/ignore-failure-prefix.sysctl.conf:1:2 warning "-net.netfilter.nf_conntrack_max =" has no value; the kernel rejects an empty write for numeric keys sysctl-empty-value\n  1 | -net.netfilter.nf_conntrack_max =\n    |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n' }, valid: { name: "valid/glob-exclusion-has-no-value.sysctl.conf", args: [], files: [{ path: "valid/glob-exclusion-has-no-value.sysctl.conf", text: "-net.ipv4.conf.lxc*.rp_filter\n" }] } }, "sysctl-etc-sysctl-conf-ignored": { invalid: { name: "invalid/debian-13-no-compat-link", args: ["--root"], files: [{ path: "invalid/debian-13-no-compat-link/etc/sysctl.conf", text: "# appended by the provisioning playbook\nvm.swappiness = 10\nnet.core.somaxconn = 8192\n" }, { path: "invalid/debian-13-no-compat-link/etc/sysctl.d/10-kubernetes.conf", text: "net.ipv4.ip_forward = 1\n" }, { path: "invalid/debian-13-no-compat-link/usr/lib/sysctl.d/50-default.conf", text: "# Kernel default\nkernel.kptr_restrict = 1\n" }], output: "invalid/debian-13-no-compat-link/etc/sysctl.conf\ninvalid/debian-13-no-compat-link/etc/sysctl.conf:2:1 warning invalid/debian-13-no-compat-link/etc/sysctl.conf is not read by systemd-sysctl and no sysctl.d file links to it; its settings apply only when something runs sysctl --system or sysctl -p sysctl-etc-sysctl-conf-ignored\n  2 | vm.swappiness = 10\n    | ^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/absolute-compat-link", args: ["--root"], files: [{ path: "valid/absolute-compat-link/etc/sysctl.conf", text: "vm.swappiness = 10\n" }, { path: "valid/absolute-compat-link/etc/sysctl.d/99-sysctl.conf", link: "/etc/sysctl.conf" }] } }, "sysctl-inline-comment": { invalid: { name: "invalid/number-then-comment.sysctl.conf", args: [], files: [{ path: "invalid/number-then-comment.sysctl.conf", text: "vm.swappiness = 10 # less swapping\n" }], output: 'invalid/number-then-comment.sysctl.conf\ninvalid/number-then-comment.sysctl.conf:1:1 info vm.swappiness: "10 # less swapping" carries an inline comment; the kernel happens to ignore it after the numbers, but sysctl files have no inline comments sysctl-inline-comment\n  1 | vm.swappiness = 10 # less swapping\n    | ^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n' }, valid: { name: "valid/comment-lines.sysctl.conf", args: [], files: [{ path: "valid/comment-lines.sysctl.conf", text: "# BBR congestion control\n  # indented comment\n	; tab-indented comment\nnet.core.default_qdisc = fq\nnet.ipv4.tcp_congestion_control = bbr\n" }] } }, "sysctl-line-not-assignment": { invalid: { name: "invalid/empty-key.sysctl.conf", args: [], files: [{ path: "invalid/empty-key.sysctl.conf", text: "net.core.somaxconn = 4096\n = 1\n" }], output: 'invalid/empty-key.sysctl.conf\ninvalid/empty-key.sysctl.conf:2:2 warning Line is not an assignment: "= 1"; systemd-sysctl and procps skip it sysctl-line-not-assignment\n  2 |  = 1\n    |  ^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n' }, valid: { name: "valid/glob-exclusions.sysctl.conf", args: [], files: [{ path: "valid/glob-exclusions.sysctl.conf", text: "# 99-zzz-override_cilium.conf\n-net.ipv4.conf.lxc*.rp_filter\n- net.ipv4.conf.cilium_*.rp_filter\nnet.ipv4.conf.all.rp_filter = 0\n" }] } }, "sysctl-live-drift": { invalid: { name: "invalid/proc", args: ["--root", "--live", "--proc-root", "invalid/proc/proc"], files: [{ path: "invalid/proc/etc/sysctl.d/10-node.conf", text: "vm.swappiness = 1\nnet.ipv4.ip_forward = 1\n" }, { path: "invalid/proc/proc/sys/kernel/osrelease", text: "5.15.0-91-generic\n" }, { path: "invalid/proc/proc/sys/net/ipv4/ip_forward", text: "1\n" }, { path: "invalid/proc/proc/sys/vm/swappiness", text: "60\n" }], output: "invalid/proc/etc/sysctl.d/10-node.conf\ninvalid/proc/etc/sysctl.d/10-node.conf:1:1 warning vm.swappiness = 1 in the files, but the running kernel has 60 (invalid/proc/proc/sys) sysctl-live-drift\n  1 | vm.swappiness = 1\n    | ^^^^^^^^^^^^^\n  note: invalid/proc/proc/sys/vm/swappiness:1:1 the running kernel has 60\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/appliers-differ", args: ["--root", "--live-snapshot", "valid/appliers-differ/sysctl-a.txt"], files: [{ path: "valid/appliers-differ/etc/sysctl.conf", text: "vm.swappiness = 10\n" }, { path: "valid/appliers-differ/etc/sysctl.d/99-local.conf", text: "vm.swappiness = 1\n" }, { path: "valid/appliers-differ/sysctl-a.txt", text: "kernel.osrelease = 6.1.0\nvm.swappiness = 1\n" }] } }, "sysctl-masked-file": { invalid: { name: "invalid/etc-overrides-vendor-file", args: [], files: [{ path: "invalid/etc-overrides-vendor-file/etc/sysctl.d/50-default.conf", text: "# local copy: loose reverse-path filtering breaks Calico\nnet.ipv4.conf.default.rp_filter = 1\nnet.ipv4.conf.all.rp_filter = 1\n" }, { path: "invalid/etc-overrides-vendor-file/usr/lib/sysctl.d/50-default.conf", text: "# Source route verification\nnet.ipv4.conf.default.rp_filter = 2\nnet.ipv4.conf.*.rp_filter = 2\n" }], output: "invalid/etc-overrides-vendor-file/usr/lib/sysctl.d/50-default.conf\ninvalid/etc-overrides-vendor-file/usr/lib/sysctl.d/50-default.conf:2:1 info invalid/etc-overrides-vendor-file/usr/lib/sysctl.d/50-default.conf is never read: invalid/etc-overrides-vendor-file/etc/sysctl.d/50-default.conf has the same name in a higher-priority directory sysctl-masked-file\n  2 | net.ipv4.conf.default.rp_filter = 2\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  note: invalid/etc-overrides-vendor-file/etc/sysctl.d/50-default.conf:2:1 the file that takes precedence\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/different-names", args: [], files: [{ path: "valid/different-names/etc/sysctl.d/60-calico.conf", text: "net.ipv4.conf.all.rp_filter = 1\n" }, { path: "valid/different-names/usr/lib/sysctl.d/50-default.conf", text: "net.ipv4.conf.*.rp_filter = 2\n" }] } }, "sysctl-module-key-not-loaded": { invalid: { name: "invalid/complete-root-without-modules-load", args: ["--root"], files: [{ path: "invalid/complete-root-without-modules-load/etc/sysctl.d/70-ipvs.conf", text: "# kube-proxy IPVS mode\nnet.ipv4.vs.conntrack = 1\nnet.ipv4.vs.expire_nodest_conn = 1\n" }], output: "invalid/complete-root-without-modules-load/etc/sysctl.d/70-ipvs.conf\ninvalid/complete-root-without-modules-load/etc/sysctl.d/70-ipvs.conf:2:1 warning net.ipv4.vs.conntrack exists only once the ip_vs module is loaded, but modules-load.d does not load ip_vs in invalid/complete-root-without-modules-load; systemd-sysctl skips the line at boot sysctl-module-key-not-loaded\n  2 | net.ipv4.vs.conntrack = 1\n    | ^^^^^^^^^^^^^^^^^^^^^\ninvalid/complete-root-without-modules-load/etc/sysctl.d/70-ipvs.conf:3:1 warning net.ipv4.vs.expire_nodest_conn exists only once the ip_vs module is loaded, but modules-load.d does not load ip_vs in invalid/complete-root-without-modules-load; systemd-sysctl skips the line at boot sysctl-module-key-not-loaded\n  3 | net.ipv4.vs.expire_nodest_conn = 1\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n2 problems (0 errors, 2 warnings, 0 info)\n" }, valid: { name: "valid/core-keys-only.sysctl.conf", args: [], files: [{ path: "valid/core-keys-only.sysctl.conf", text: "# built-in keys exist at boot\nnet.ipv4.ip_forward = 1\nnet.core.somaxconn = 4096\n" }] } }, "sysctl-not-dotconf": { invalid: { name: "invalid/cfg-extension", args: [], files: [{ path: "invalid/cfg-extension/etc/sysctl.d/10-network.conf", text: "net.ipv4.ip_forward = 1\n" }, { path: "invalid/cfg-extension/etc/sysctl.d/90-tuning.cfg", text: "# tuning from the vendor guide\nnet.core.somaxconn = 8192\nvm.swappiness = 10\n" }], output: "invalid/cfg-extension/etc/sysctl.d/90-tuning.cfg\ninvalid/cfg-extension/etc/sysctl.d/90-tuning.cfg:2:1 warning invalid/cfg-extension/etc/sysctl.d/90-tuning.cfg is ignored: systemd-sysctl and sysctl --system only read *.conf files in sysctl.d directories sysctl-not-dotconf\n  2 | net.core.somaxconn = 8192\n    | ^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/backup-and-package-leftovers", args: [], files: [{ path: "valid/backup-and-package-leftovers/etc/sysctl.d/50-pid-max.conf.dpkg-dist", text: "kernel.pid_max = 4194304\n" }, { path: "valid/backup-and-package-leftovers/etc/sysctl.d/60-db.conf", text: "vm.swappiness = 1\n" }, { path: "valid/backup-and-package-leftovers/etc/sysctl.d/60-db.conf.bak", text: "vm.swappiness = 60\n" }] } }, "sysctl-overridden-setting": { invalid: { name: "invalid/byte-order-100-before-20", args: [], files: [{ path: "invalid/byte-order-100-before-20/etc/sysctl.d/100-final.conf", text: '# meant to win, but "100-" sorts before "20-"\nnet.core.somaxconn = 65535\n' }, { path: "invalid/byte-order-100-before-20/etc/sysctl.d/20-base.conf", text: "net.core.somaxconn = 4096\n" }], output: "invalid/byte-order-100-before-20/etc/sysctl.d/20-base.conf\ninvalid/byte-order-100-before-20/etc/sysctl.d/20-base.conf:1:1 info net.core.somaxconn = 4096 overrides earlier assignments (65535) under systemd and procps sysctl-overridden-setting\n  1 | net.core.somaxconn = 4096\n    | ^^^^^^^^^^^^^^^^^^\n  note: invalid/byte-order-100-before-20/etc/sysctl.d/100-final.conf:2:1 overridden assignment: 65535\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/compat-link-alone", args: [], files: [{ path: "valid/compat-link-alone/etc/sysctl.conf", text: "# procps reads this file twice (as 99-sysctl.conf and at the end): not an override\nvm.swappiness = 10\n" }, { path: "valid/compat-link-alone/etc/sysctl.d/99-sysctl.conf", link: "../sysctl.conf" }] } }, "sysctl-quoted-value": { invalid: { name: "invalid/overridden-line-still-reported", args: [], files: [{ path: "invalid/overridden-line-still-reported/etc/sysctl.d/10-base.conf", text: 'net.core.somaxconn = "4096"\n' }, { path: "invalid/overridden-line-still-reported/etc/sysctl.d/20-fix.conf", text: "net.core.somaxconn = 4096\n" }], output: 'invalid/overridden-line-still-reported/etc/sysctl.d/10-base.conf\ninvalid/overridden-line-still-reported/etc/sysctl.d/10-base.conf:1:1 error net.core.somaxconn = "4096": the quotes are written to the kernel, which rejects them (EINVAL) and keeps the old value sysctl-quoted-value\n  1 | net.core.somaxconn = "4096"\n    | ^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n' }, valid: { name: "valid/commented-out.sysctl.conf", args: [], files: [{ path: "valid/commented-out.sysctl.conf", text: '# net.ipv4.ip_local_port_range = "1024 65535"\n; vm.swappiness = "10"\n' }] } }, "sysctl-removed-key": { invalid: { name: "invalid/removal-release-unrecorded.sysctl.conf", args: ["--kernel", "6.8"], files: [{ path: "invalid/removal-release-unrecorded.sysctl.conf", text: "fs.inode-max = 65536\n" }], output: 'invalid/removal-release-unrecorded.sysctl.conf\ninvalid/removal-release-unrecorded.sysctl.conf:1:1 warning fs.inode-max does not exist on Linux 6.8 (removed in a kernel release the key list does not record); procps fails with "cannot stat" and the setting does nothing sysctl-removed-key\n  1 | fs.inode-max = 65536\n    | ^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n' }, valid: { name: "valid/current-keys.sysctl.conf", args: [], files: [{ path: "valid/current-keys.sysctl.conf", text: "net.ipv4.tcp_tw_reuse = 2\nnet.ipv4.tcp_timestamps = 1\n" }] } }, "sysctl-template-not-evaluated": { invalid: { name: "invalid/ansible-role-template", args: [], files: [{ path: "invalid/ansible-role-template/templates/99-k8s-sysctl.conf.j2", text: "# {{ ansible_managed }}\n{% for key, value in sysctl_settings.items() %}\n{{ key }} = {{ value }}\n{% endfor %}\n" }], output: 'invalid/ansible-role-template/templates/99-k8s-sysctl.conf.j2\ninvalid/ansible-role-template/templates/99-k8s-sysctl.conf.j2:2:1 info Template directive "{% for key, value in sysctl_settings.items() %}" is not evaluated: every setting in the file is linted as if each branch applied sysctl-template-not-evaluated\n  2 | {% for key, value in sysctl_settings.items() %}\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n' }, valid: { name: "valid/percent-in-value.sysctl.conf", args: [], files: [{ path: "valid/percent-in-value.sysctl.conf", text: "kernel.core_pattern = core.%e.%p.%t\n" }] } }, "sysctl-unknown-key": { invalid: { name: "invalid/interface-key-typo.sysctl.conf", args: [], files: [{ path: "invalid/interface-key-typo.sysctl.conf", text: "net.ipv4.conf.all.rp_filtr = 1\n" }], output: 'invalid/interface-key-typo.sysctl.conf\ninvalid/interface-key-typo.sysctl.conf:1:1 info net.ipv4.conf.all.rp_filtr is not a key the kernel documents; procps fails on it ("cannot stat") and systemd-sysctl logs an error sysctl-unknown-key\n  1 | net.ipv4.conf.all.rp_filtr = 1\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n' }, valid: { name: "valid/documented-keys.sysctl.conf", args: [], files: [{ path: "valid/documented-keys.sysctl.conf", text: "net.core.somaxconn = 4096\nnet.ipv4.tcp_syncookies = 1\nvm.max_map_count = 262144\nfs.inotify.max_user_watches = 524288\nkernel.pid_max = 4194304\n" }] } }, "tcp-syn-retries-extreme": { invalid: { name: "invalid/maximum-127.sysctl.conf", args: [], files: [{ path: "invalid/maximum-127.sysctl.conf", text: "net.ipv4.tcp_syn_retries=127\n" }], output: "invalid/maximum-127.sysctl.conf\ninvalid/maximum-127.sysctl.conf:1:1 warning net.ipv4.tcp_syn_retries = 127: connect() to an unreachable peer blocks for many minutes (the default 6 already waits 127 s) tcp-syn-retries-extreme\n  1 | net.ipv4.tcp_syn_retries=127\n    | ^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/default.sysctl.conf", args: [], files: [{ path: "valid/default.sysctl.conf", text: "net.ipv4.tcp_syn_retries = 6\n" }] } }, "tcp-syn-retries-out-of-range": { invalid: { name: "invalid/above-127.sysctl.conf", args: [], files: [{ path: "invalid/above-127.sysctl.conf", text: "net.ipv4.tcp_syn_retries = 255\n" }], output: "invalid/above-127.sysctl.conf\ninvalid/above-127.sysctl.conf:1:1 error net.ipv4.tcp_syn_retries = 255 is outside 1..127; the kernel rejects it (EINVAL) and keeps the previous value tcp-syn-retries-out-of-range\n  1 | net.ipv4.tcp_syn_retries = 255\n    | ^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/default-inline-comment.sysctl.conf", args: [], files: [{ path: "valid/default-inline-comment.sysctl.conf", text: "net.ipv4.tcp_syn_retries = 6 # kernel default\n" }] } }, "tcp-synack-retries-extreme": { invalid: { name: "invalid/maximum-255.sysctl.conf", args: [], files: [{ path: "invalid/maximum-255.sysctl.conf", text: "net.ipv4.tcp_synack_retries = 255\n" }], output: "invalid/maximum-255.sysctl.conf\ninvalid/maximum-255.sysctl.conf:1:1 warning net.ipv4.tcp_synack_retries = 255: half-open connections occupy the SYN queue for many minutes (the default is 5) tcp-synack-retries-extreme\n  1 | net.ipv4.tcp_synack_retries = 255\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/above-255-is-another-policy.sysctl.conf", args: [], files: [{ path: "valid/above-255-is-another-policy.sysctl.conf", text: "net.ipv4.tcp_synack_retries = 300\n" }] } }, "tcp-synack-retries-out-of-range": { invalid: { name: "invalid/above-255.sysctl.conf", args: [], files: [{ path: "invalid/above-255.sysctl.conf", text: "net.ipv4.tcp_synack_retries = 256\n" }], output: "invalid/above-255.sysctl.conf\ninvalid/above-255.sysctl.conf:1:1 error net.ipv4.tcp_synack_retries = 256 is outside 0..255; the kernel rejects it tcp-synack-retries-out-of-range\n  1 | net.ipv4.tcp_synack_retries = 256\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/default-tab-separated.sysctl.conf", args: [], files: [{ path: "valid/default-tab-separated.sysctl.conf", text: "net.ipv4.tcp_synack_retries	=	5\n" }] } }, "tcp-timestamps-disabled": { invalid: { name: "invalid/disabled-in-sysctl-conf", args: [], files: [{ path: "invalid/disabled-in-sysctl-conf/etc/sysctl.conf", text: "# legacy hardening\nnet.ipv4.tcp_timestamps = 0\n" }, { path: "invalid/disabled-in-sysctl-conf/etc/sysctl.d/10-tcp.conf", text: "net.ipv4.tcp_timestamps = 1\n" }, { path: "invalid/disabled-in-sysctl-conf/etc/sysctl.d/99-sysctl.conf", link: "../sysctl.conf" }], output: "invalid/disabled-in-sysctl-conf/etc/sysctl.conf\ninvalid/disabled-in-sysctl-conf/etc/sysctl.conf:2:1 info net.ipv4.tcp_timestamps = 0 disables PAWS and RTT measurement and makes tcp_tw_reuse ineffective; it is usually a workaround for tcp_tw_recycle tcp-timestamps-disabled\n  2 | net.ipv4.tcp_timestamps = 0\n    | ^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/enabled.sysctl.conf", args: [], files: [{ path: "valid/enabled.sysctl.conf", text: "net.ipv4.tcp_timestamps = 1\n" }] } }, "tcp-tw-recycle-enabled": { invalid: { name: "invalid/enabled-by-later-file", args: [], files: [{ path: "invalid/enabled-by-later-file/etc/sysctl.d/60-web-tuning.conf", text: "# web tier tuning\nnet.ipv4.tcp_max_syn_backlog = 8192\nnet.ipv4.tcp_tw_recycle = 1\n" }, { path: "invalid/enabled-by-later-file/usr/lib/sysctl.d/50-default.conf", text: "# vendor defaults\nnet.ipv4.tcp_tw_recycle = 0\n" }], output: "invalid/enabled-by-later-file/etc/sysctl.d/60-web-tuning.conf\ninvalid/enabled-by-later-file/etc/sysctl.d/60-web-tuning.conf:3:1 error net.ipv4.tcp_tw_recycle = 1 silently drops SYNs from clients behind NAT/SNAT (kernel version unknown: the key exists up to Linux 4.11; on 4.10-4.11 it breaks even without NAT) tcp-tw-recycle-enabled\n  3 | net.ipv4.tcp_tw_recycle = 1\n    | ^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/commented-out.sysctl.conf", args: [], files: [{ path: "valid/commented-out.sysctl.conf", text: "# net.ipv4.tcp_tw_recycle = 1\n; net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.tcp_tw_reuse = 2\n" }] } }, "tcp-tw-reuse-global": { invalid: { name: "invalid/global-reuse.sysctl.conf", args: [], files: [{ path: "invalid/global-reuse.sysctl.conf", text: "# Reduce TIME_WAIT sockets\nnet.ipv4.tcp_fin_timeout = 30\nnet.ipv4.tcp_tw_reuse = 1\n" }], output: "invalid/global-reuse.sysctl.conf\ninvalid/global-reuse.sysctl.conf:3:1 info net.ipv4.tcp_tw_reuse = 1 reuses TIME_WAIT sockets for every outgoing connection; it needs TCP timestamps on both ends and does nothing for servers (the default 2 covers loopback) tcp-tw-reuse-global\n  3 | net.ipv4.tcp_tw_reuse = 1\n    | ^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/default-loopback.sysctl.conf", args: [], files: [{ path: "valid/default-loopback.sysctl.conf", text: "# 2 = reuse TIME_WAIT sockets for loopback connections only (the kernel default)\nnet.ipv4.tcp_tw_reuse = 2\n" }] } }, "tcp-tw-reuse-invalid": { invalid: { name: "invalid/later-file-breaks-it", args: [], files: [{ path: "invalid/later-file-breaks-it/etc/sysctl.d/10-base.conf", text: "net.ipv4.tcp_tw_reuse = 2\n" }, { path: "invalid/later-file-breaks-it/etc/sysctl.d/80-tuning.conf", text: "net.ipv4.tcp_tw_reuse = 10\n" }], output: "invalid/later-file-breaks-it/etc/sysctl.d/80-tuning.conf\ninvalid/later-file-breaks-it/etc/sysctl.d/80-tuning.conf:1:1 error net.ipv4.tcp_tw_reuse = 10 is not a valid value (0 off, 1 on, 2 loopback only, the default); the kernel rejects it tcp-tw-reuse-invalid\n  1 | net.ipv4.tcp_tw_reuse = 10\n    | ^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (1 error, 0 warnings, 0 info)\n" }, valid: { name: "valid/default-loopback.sysctl.conf", args: [], files: [{ path: "valid/default-loopback.sysctl.conf", text: "# 2 (loopback only) is the kernel default (since 2018) and a valid value\nnet.ipv4.tcp_tw_reuse = 2\n" }] } }, "sysctl-lint/live-snapshot-line": { invalid: { name: "invalid/stderr-captured", args: ["--root", "--live-snapshot", "invalid/stderr-captured/sysctl-a.txt"], files: [{ path: "invalid/stderr-captured/etc/sysctl.d/10-node.conf", text: "vm.swappiness = 1\n" }, { path: "invalid/stderr-captured/sysctl-a.txt", text: 'kernel.osrelease = 6.1.0-18-amd64\nsysctl: permission denied on key "fs.protected_regular", ignoring\nnet.ipv4.ip_local_port_range = 32768	60999\nsysctl: permission denied on key "net.ipv4.tcp_fastopen_key", ignoring\nvm.swappiness = 1\n' }], output: 'invalid/stderr-captured/sysctl-a.txt\ninvalid/stderr-captured/sysctl-a.txt:2:1 info not a `key = value` line of sysctl -a output: "sysctl: permission denied on key "fs.protected_regular", ignoring"; skipped (and 1 more such line) sysctl-lint/live-snapshot-line\n  2 | sysctl: permission denied on key "fs.protected_regular", ignoring\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n' }, valid: { name: "valid/clean", args: ["--root", "--live-snapshot", "valid/clean/sysctl-a.txt"], files: [{ path: "valid/clean/etc/sysctl.d/10-node.conf", text: "vm.swappiness = 1\n" }, { path: "valid/clean/sysctl-a.txt", text: "kernel.osrelease = 6.1.0-18-amd64\ndev.cdrom.info = CD-ROM information, Id: cdrom.c 3.20 2003/12/17\ndev.cdrom.info = \nnet.ipv4.ip_local_port_range = 32768	60999\nvm.swappiness = 1\n" }] } }, "sysctl-lint/suppression-expired": { invalid: { name: "invalid/past-date.sysctl.conf", args: [], files: [{ path: "invalid/past-date.sysctl.conf", text: "# sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2025-12-31 -- appliance retired by the end of 2025\nnet.ipv4.tcp_tw_recycle = 1\n" }], output: "invalid/past-date.sysctl.conf\ninvalid/past-date.sysctl.conf:1:56 warning suppression of tcp-tw-recycle-enabled expired on 2025-12-31 (reason given: appliance retired by the end of 2025); the findings it hid are reported again sysctl-lint/suppression-expired\n  1 | # sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2025-12-31 -- appliance retired by the end of 2025\n    |                                                        ^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/last-day.sysctl.conf", args: [], files: [{ path: "valid/last-day.sysctl.conf", text: "# The test suite runs these cases on 2026-06-01: a suppression works through its until= date.\n# sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2026-06-01 -- appliance retired in June 2026\nnet.ipv4.tcp_tw_recycle = 1\n" }] } }, "sysctl-lint/suppression-invalid": { invalid: { name: "invalid/impossible-date.sysctl.conf", args: [], files: [{ path: "invalid/impossible-date.sysctl.conf", text: "# sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2026-02-30 -- removed with the 2026 image\nnet.ipv4.tcp_tw_recycle = 1\n" }], output: "invalid/impossible-date.sysctl.conf\ninvalid/impossible-date.sysctl.conf:1:56 warning invalid suppression: until=2026-02-30 is not a date: write until=YYYY-MM-DD; it suppresses nothing sysctl-lint/suppression-invalid\n  1 | # sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2026-02-30 -- removed with the 2026 image\n    |                                                        ^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n" }, valid: { name: "valid/well-formed.sysctl.conf", args: [], files: [{ path: "valid/well-formed.sysctl.conf", text: "# Prose that mentions sysctl-lint is not a directive: sysctl-lint runs in CI.\n# sysctl-lint disable-next-line tcp-tw-recycle-enabled, sysctl-removed-key until=2026-12-31 -- no NAT in front of it, removed with the 2026 image\n\nnet.ipv4.tcp_tw_recycle = 1\n" }] } }, "sysctl-lint/suppression-missing-reason": { invalid: { name: "invalid/empty-reason.sysctl.conf", args: [], files: [{ path: "invalid/empty-reason.sysctl.conf", text: "# sysctl-lint disable tcp-tw-recycle-enabled --\nnet.ipv4.tcp_tw_recycle = 1\n" }], output: 'invalid/empty-reason.sysctl.conf\ninvalid/empty-reason.sysctl.conf:1:1 warning suppression without a reason: add " -- <why>" after the rule ids (sysctl-lint disable tcp-tw-recycle-enabled suppresses nothing until it says why) sysctl-lint/suppression-missing-reason\n  1 | # sysctl-lint disable tcp-tw-recycle-enabled --\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n' }, valid: { name: "valid/with-reason.sysctl.conf", args: [], files: [{ path: "valid/with-reason.sysctl.conf", text: "# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- appliance on Linux 4.9 with no NAT in front of it\nnet.ipv4.tcp_tw_recycle = 1\n" }] } }, "sysctl-lint/suppression-unknown-rule": { invalid: { name: "invalid/misspelt-rule.sysctl.conf", args: [], files: [{ path: "invalid/misspelt-rule.sysctl.conf", text: "# sysctl-lint disable-next-line tcp-tw-recyle -- appliance on Linux 4.9 with no NAT in front of it\nnet.ipv4.tcp_tw_recycle = 1\n" }], output: 'invalid/misspelt-rule.sysctl.conf\ninvalid/misspelt-rule.sysctl.conf:1:33 warning unknown rule "tcp-tw-recyle" in suppression; did you mean tcp-tw-recycle-enabled? sysctl-lint/suppression-unknown-rule\n  1 | # sysctl-lint disable-next-line tcp-tw-recyle -- appliance on Linux 4.9 with no NAT in front of it\n    |                                 ^^^^^^^^^^^^^\n\n1 problem (0 errors, 1 warning, 0 info)\n' }, valid: { name: "valid/known-rules.sysctl.conf", args: [], files: [{ path: "valid/known-rules.sysctl.conf", text: "# sysctl-lint disable tcp-tw-recycle-enabled, sysctl-removed-key -- appliance on Linux 4.9 with no NAT in front of it\nnet.ipv4.tcp_tw_recycle = 1\n" }] } }, "sysctl-lint/suppression-unused": { invalid: { name: "invalid/file-wide.sysctl.conf", args: [], files: [{ path: "invalid/file-wide.sysctl.conf", text: "# sysctl-lint disable tcp-syn-retries-extreme -- the retries were raised in 2025\nnet.ipv4.tcp_syn_retries = 6\n" }], output: "invalid/file-wide.sysctl.conf\ninvalid/file-wide.sysctl.conf:1:23 info unused suppression: no tcp-syn-retries-extreme finding in this file; delete the directive sysctl-lint/suppression-unused\n  1 | # sysctl-lint disable tcp-syn-retries-extreme -- the retries were raised in 2025\n    |                       ^^^^^^^^^^^^^^^^^^^^^^^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/used.sysctl.conf", args: [], files: [{ path: "valid/used.sysctl.conf", text: "# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- appliance on Linux 4.9 with no NAT in front of it\nnet.ipv4.tcp_tw_recycle = 1\n" }] } }, "sysctl-lint/unrecognized-file": { invalid: { name: "invalid/notes.txt", args: [], files: [{ path: "invalid/notes.txt", text: "Kernel tuning for the web tier: see the runbook.\n" }], output: "invalid/notes.txt\ninvalid/notes.txt:1:1 info not a kind of file sysctl-lint understands (sysctl.conf or a sysctl.d drop-in); skipped sysctl-lint/unrecognized-file\n  1 | Kernel tuning for the web tier: see the runbook.\n    | ^\n\n1 problem (0 errors, 0 warnings, 1 info)\n" }, valid: { name: "valid/tuning.sysctl.conf", args: [], files: [{ path: "valid/tuning.sysctl.conf", text: "net.ipv4.tcp_syn_retries = 6\n" }] } } };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path22) {
      const ctrl = callVisitor(key, node, visitor, path22);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path22, ctrl);
        return visit_(key, ctrl, visitor, path22);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path22 = Object.freeze(path22.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path22);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path22 = Object.freeze(path22.concat(node));
          const ck = visit_("key", node.key, visitor, path22);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path22);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path22) {
      const ctrl = await callVisitor(key, node, visitor, path22);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path22, ctrl);
        return visitAsync_(key, ctrl, visitor, path22);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path22 = Object.freeze(path22.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path22);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path22 = Object.freeze(path22.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path22);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path22);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path22) {
      if (typeof visitor === "function")
        return visitor(key, node, path22);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path22);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path22);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path22);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path22);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path22);
      return void 0;
    }
    function replaceNode(key, path22, node) {
      const parent = path22[path22.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line2, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line2.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path22, value) {
      let v = value;
      for (let i = path22.length - 1; i >= 0; --i) {
        const k = path22[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path22) => path22 == null || typeof path22 === "object" && !!path22[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path22, value) {
        if (isEmptyPath(path22))
          this.add(value);
        else {
          const [key, ...rest] = path22;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path22) {
        const [key, ...rest] = path22;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path22, keepScalar) {
        const [key, ...rest] = path22;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path22) {
        const [key, ...rest] = path22;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path22, value) {
        const [key, ...rest] = path22;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str, indent2, comment) => str.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end2 = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end2 = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent2.length);
        if (i !== -1)
          end2 = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent2.length);
          end2 = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end2) {
            if (split) {
              folds.push(split);
              end2 = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end2 = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end3 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent2}${text.slice(0, end3)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent2}${text.slice(fold + 1, end3)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end2 = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end2 = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end2;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent2;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end2 = value.substring(endStart);
      const endNlPos = end2.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end2 || endNlPos !== end2.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end2) {
        value = value.slice(0, -end2.length);
        if (end2[end2.length - 1] === "\n")
          end2 = end2.slice(0, -1);
        end2 = end2.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end2}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end2}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent2}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line2 = lines[i];
          str += line2 ? `
${indent2}${line2}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line2) => sum + line2.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end: end2 } = flowChars;
      if (lines.length === 0) {
        return start + end2;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line2) => sum + line2.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line2 of lines)
            str += line2 ? `
${indentStep}${indent2}${line2}` : "\n";
          return `${str}
${indent2}${end2}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end2}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path22, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path22, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path22) {
        if (Collection.isEmptyPath(path22)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path22) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path22, keepScalar) {
        if (Collection.isEmptyPath(path22))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path22, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path22) {
        if (Collection.isEmptyPath(path22))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path22) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path22, value) {
        if (Collection.isEmptyPath(path22)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path22), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path22, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line: line2, col } = error.linePos[0];
      error.message += ` at line ${line2}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line2 - 1], lc.lineStarts[line2]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line2 > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line2 - 2], lc.lineStarts[line2 - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end2 = error.linePos[1];
        if (end2?.line === line2 && end2.col > col) {
          count = Math.max(1, Math.min(end2.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end2 = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end: end2,
        start: start ?? end2
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end2 = fc.end[0];
        if (end2.indent === indent2 && (end2.source === "]" || end2.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end2, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function resolveEnd(end2, offset, reqSpace, onError) {
      let comment = "";
      if (end2) {
        let hasSpace = false;
        let sep = "";
        for (const token of end2) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end2 = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end2.comment) {
          if (coll.comment)
            coll.comment += "\n" + end2.comment;
          else
            coll.comment = end2.comment;
        }
        coll.range = [fc.offset, cePos, end2.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end3 = start + header.length;
        if (scalar.source)
          end3 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end3, end3] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent2.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent2.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end2 = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end2, end2] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end: end2 } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end2, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line2 = /(.*?)\r?\n/sy;
      let match = line2.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line2.lastIndex;
      while (match = line2.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line2.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end: end2 }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end2;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end: end2 }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end2, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end: end2 }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end2?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end2, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end2 = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end2.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end2.comment}` : end2.comment;
            }
            this.doc.range[2] = end2.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end2 = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end2))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end: end2 };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end: end2 };
        default:
          return { type: "scalar", offset, indent: indent2, source, end: end2 };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end2) {
      if (end2)
        for (const st of end2)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end2 = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end2)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end: end2 });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end2 = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end: end2 });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path22) => {
      let item = cst;
      for (const [field, index] of path22) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path22) => {
      const parent = visit.itemAtPath(cst, path22.slice(0, -1));
      const field = path22[path22.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path22, item, visitor) {
      let ctrl = visitor(item, path22);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path22.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path22);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path22) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end2 = this.lineEndPos;
        if (typeof end2 !== "number" || end2 !== -1 && end2 < this.pos) {
          end2 = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end2;
        }
        if (end2 === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end2 - 1] === "\r")
          end2 -= 1;
        return this.buffer.substring(this.pos, end2);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line2 = this.getLine();
        if (line2 === null)
          return this.setNext("stream");
        if (line2[0] === cst.BOM) {
          yield* this.pushCount(1);
          line2 = line2.substring(1);
        }
        if (line2[0] === "%") {
          let dirEnd = line2.length;
          let cs = line2.indexOf("#");
          while (cs !== -1) {
            const ch = line2[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line2.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line2[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line2.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line2.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line2 = this.getLine();
        if (line2 === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line2[n]) {
          case "#":
            yield* this.pushCount(line2.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line2.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line2 = this.getLine();
        if (line2 === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line2[0] !== "#" || indent2 === 0 && (line2.startsWith("---") || line2.startsWith("...")) && isEmpty(line2[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line2[0] === "]" || line2[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line2[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line2[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line2.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end2 = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end2 !== -1 && this.buffer[end2 + 1] === "'")
            end2 = this.buffer.indexOf("'", end2 + 2);
        } else {
          while (end2 !== -1) {
            let n = 0;
            while (this.buffer[end2 - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end2 = this.buffer.indexOf('"', end2 + 1);
          }
        }
        const qb = this.buffer.substring(0, end2);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end2 = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end2 === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end2 = this.buffer.length;
        }
        yield* this.pushToIndex(end2 + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end2 = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end2 = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end2 = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end2 = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end2 + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end2 = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end2) ? end2[end2.length - 1] : void 0;
              if (last?.type === "comment")
                end2?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end2 = prev?.value?.end;
                if (Array.isArray(end2)) {
                  arrayPushArray(end2, it.start);
                  end2.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs17 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs17, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs17);
              } else {
                Object.assign(it, { key: fs17, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end2 = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end2) ? end2[end2.length - 1] : void 0;
              if (last?.type === "comment")
                end2?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end2 = prev?.value?.end;
                if (Array.isArray(end2)) {
                  arrayPushArray(end2, it.start);
                  end2.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs17 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs17, sep: [] });
              else if (it.sep)
                this.stack.push(fs17);
              else
                Object.assign(it, { key: fs17, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity2.isAlias;
    exports2.isCollection = identity2.isCollection;
    exports2.isDocument = identity2.isDocument;
    exports2.isMap = identity2.isMap;
    exports2.isNode = identity2.isNode;
    exports2.isPair = identity2.isPair;
    exports2.isScalar = identity2.isScalar;
    exports2.isSeq = identity2.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports2._CodeOrName = _CodeOrName;
    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports2.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports2.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports2._Code = _Code;
    exports2.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports2._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports2.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports2.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports2.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports2.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports2.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports2.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports2.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports2.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));
    exports2.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports2.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports2.ValueScopeName = ValueScopeName;
    var line2 = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line2 : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports2.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports2.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports2.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports2.not = not;
    var andCode = mappend(exports2.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports2.and = and;
    var orCode = mappend(exports2.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports2.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports2.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports2.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports2.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports2.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports2.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports2.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports2.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports2.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports2.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports2.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports2.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports2.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports2.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports2.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports2.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports2.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports2.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports2.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports2.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports2.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports2.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports2.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports2.reportError = reportError;
    function reportExtraError(cxt, error = exports2.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports2.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports2.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports2.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath: errorPath2 }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath2}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath2;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports2.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getRules = exports2.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports2.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports2.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports2.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports2.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports2.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports2.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports2.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports2.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports2.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports2.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports2.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports2.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports2.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports2.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports2.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports2.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports2.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports2.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports2.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports2.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports2.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports2.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath: errorPath2 }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath2)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports2.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports2.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports2.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports2.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports2.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports2.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports2.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports2.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports2.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath: errorPath2, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath2}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports2.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports2.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var traverse = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports2.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports2.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports2._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports2.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports2.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports2.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports2.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports2.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports2.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports2.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports2.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports2.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports2.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports2.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports2.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports2.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports2, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path22) {
      let input = path22;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path22) {
      if (path22 === "" || path22[0] === "/") {
        return removeDotSegments(path22);
      }
      const segments = path22.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path22 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path22 && path22 !== "/" ? path22 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports2.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports2.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.callRef = exports2.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports2.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports2.callRef = callRef;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports2.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports2.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports2.validateAdditionalItems = validateAdditionalItems;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports2.validateTuple = validateTuple;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports2.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports2.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports2.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports2.validateSchemaDeps = validateSchemaDeps;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports2.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate2 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate2));
    }
    exports2.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate2, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate2);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate2);
      }
    }
    exports2.dynamicRef = dynamicRef;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports2.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports2.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports2.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports2.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;
    exports2.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports2.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports2.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports2.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports2, module2) {
    module2.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports2.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports2, module2) {
    "use strict";
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20203 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv2020 = Ajv20203;
    module2.exports = exports2 = Ajv20203;
    module2.exports.Ajv2020 = Ajv20203;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv20203;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    init_define_SYSCTL_LINT_BUILTINS();
    init_define_SYSCTL_LINT_EXAMPLES();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end2 = nameStart;
          while (end2 < length && pattern[end2] !== "]") {
            end2++;
          }
          if (end2 === length) {
            return null;
          }
          if (end2 > nameStart && pattern[end2 - 1] === ":") {
            const name = pattern.slice(nameStart, end2 - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end2;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end2 = index + 1;
          if (source[end2] === "^") {
            end2++;
          }
          if (source[end2] === "]") {
            end2++;
          }
          while (end2 < length && source[end2] !== "]") {
            end2 += source[end2] === ESCAPE ? 2 : 1;
          }
          end2++;
          tokens.push({ single: source.slice(index, end2) });
          index = end2;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end2 = index;
          do {
            if (source[end2] === ESCAPE) {
              end2++;
            } else if (source[end2] === "(") {
              depth++;
            } else if (source[end2] === ")") {
              depth--;
            }
            end2++;
          } while (end2 < length && depth > 0);
          if ("*+?".indexOf(source[end2]) >= 0) {
            end2++;
          }
          tokens.push({ boundary: source.slice(index, end2) });
          index = end2;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path22) => {
      const end2 = path22.length - 1;
      const index = path22.lastIndexOf(
        SLASH,
        path22[end2] === SLASH ? end2 - 1 : end2
      );
      return index < 0 ? path22 : path22.slice(index + 1);
    };
    var parentOf = (path22) => {
      if (path22.charCodeAt(0) === SLASH_CODE || path22.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path22.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end2 = path22.length - 1;
      const cut = path22.lastIndexOf(
        SLASH,
        path22.charCodeAt(end2) === SLASH_CODE ? end2 - 1 : end2
      );
      return cut < 0 ? EMPTY : path22.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end2;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end2 = lineEnd;
        while (body[end2 - 1] === SPACE) {
          end2--;
        }
        if (!stripLineEnd || body[end2 - 1] !== "\n") {
          break;
        }
        lineEnd = end2 - 1;
      }
      if (end2 === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end2 - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end2 - 1) + SPACE : body.slice(0, end2);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path22) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path22)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path22, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path22) : path22;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path22
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path22, originalPath, doThrow) => {
      if (!isString(path22)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path22) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path22)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path22) => {
      const first = path22.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path22.length === 1) {
        return true;
      }
      const second = path22.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path22.length === 2 || path22.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path22) {
        checkPath(
          path22,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path22 ? this._t(path22, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path22 = convertPath(target);
        if (!path22 || path22.charCodeAt(path22.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path22);
        }
        const dir = this._t(path22, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path22);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path22, cache2) {
        if (path22 in cache2) {
          return cache2[path22];
        }
        const parentPath = parentOf(path22);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path22] = parent && parent.ignored ? parent : this._rules.test(path22, MODE_IGNORE);
      }
      ignores(path22) {
        return this._test(path22, this._ignoreCache, convertPath(path22)).ignored;
      }
      createFilter() {
        return (path22) => !this.ignores(path22);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path22) {
        return this._test(path22, this._testCache, convertPath(path22));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path22) => checkPath(convertPath(path22), path22, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path22) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path22) || isNotRelative(path22);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/bin.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/cli/main.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs16 = __toESM(require("node:fs"), 1);
var import_node_path21 = __toESM(require("node:path"), 1);

// src/core/finding.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function compareFindings(a, b) {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  if (a.location.span.start !== b.location.span.start) return a.location.span.start - b.location.span.start;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// src/core/span.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var LineIndex = class {
  lineStarts;
  constructor(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line2) {
    return this.lineStarts[Math.max(0, Math.min(line2 - 1, this.lineStarts.length - 1))] ?? 0;
  }
};

// src/lint.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs7 = __toESM(require("node:fs"), 1);
var import_node_path10 = __toESM(require("node:path"), 1);

// src/core/source-store.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var SourceStore = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  texts = /* @__PURE__ */ new Map();
  /** Keep a text that cannot be read back from disk (stdin, generated content). */
  pin(file, text) {
    this.texts.set(file, text);
  }
  has(file) {
    return this.texts.has(file);
  }
  get(file) {
    let t = this.texts.get(file);
    if (t === void 0) {
      try {
        t = readSourceText(import_node_path.default.resolve(this.cwd, file));
      } catch {
        t = "";
      }
      this.texts.set(file, t);
    }
    return t;
  }
};
function readSourceText(abs) {
  const text = import_node_fs.default.readFileSync(abs, "utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/inputs/discover.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
function displayPath(abs, cwd) {
  const rel = import_node_path2.default.relative(cwd, abs) || ".";
  return rel.split(import_node_path2.default.sep).join("/");
}
function isSymlink(abs) {
  try {
    return import_node_fs2.default.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
function isDevNullLink(abs) {
  try {
    return import_node_fs2.default.lstatSync(abs).isSymbolicLink() && import_node_fs2.default.readlinkSync(abs) === "/dev/null";
  } catch {
    return false;
  }
}
function discover(paths, cwd, opts) {
  const walkFilter = opts.walkFilter;
  const files = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (abs, explicit) => {
    if (seen.has(abs)) return;
    const display = displayPath(abs, cwd);
    const claimedByPath = opts.claimPath(display);
    if (!explicit && !claimedByPath) return;
    seen.add(abs);
    files.push({ abs, display, explicit, claimedByPath, devNull: isDevNullLink(abs), isSymlink: isSymlink(abs) });
  };
  const walk = (dir) => {
    let entries;
    try {
      entries = import_node_fs2.default.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: displayPath(dir, cwd), message: e.message });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const ent of entries) {
      const abs = import_node_path2.default.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (SKIP_DIRS.has(ent.name)) continue;
        if (walkFilter && !walkFilter(displayPath(abs, cwd), true)) continue;
        walk(abs);
      } else if (ent.isFile() || ent.isSymbolicLink()) {
        if (ent.isSymbolicLink()) {
          let st;
          try {
            st = import_node_fs2.default.statSync(abs);
          } catch {
            st = void 0;
          }
          if (st?.isDirectory()) continue;
        }
        if (walkFilter && !walkFilter(displayPath(abs, cwd), false)) continue;
        add(abs, false);
      }
    }
  };
  for (const p of paths) {
    const abs = import_node_path2.default.resolve(cwd, p);
    let st;
    try {
      st = import_node_fs2.default.statSync(abs);
    } catch (e) {
      if (isDevNullLink(abs)) {
        add(abs, true);
        continue;
      }
      errors.push({ path: p, message: e.code === "ENOENT" ? "no such file or directory" : e.message });
      continue;
    }
    if (st.isDirectory()) walk(abs);
    else add(abs, true);
  }
  return { files, errors };
}

// src/model/build.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/model/precedence.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/model/keys.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function canonicalKey(raw) {
  const k = raw.trim();
  const lead = /^[./]+/.exec(k)?.[0] ?? "";
  const rest = k.slice(lead.length);
  const slash = rest.indexOf("/");
  const dot = rest.indexOf(".");
  const pathStyle = lead.startsWith("/") || slash >= 0 && (dot < 0 || slash < dot);
  return pathStyle ? swapSeparators(rest) : rest;
}
function swapSeparators(k) {
  let out = "";
  for (const ch of k) out += ch === "/" ? "." : ch === "." ? "/" : ch;
  return out;
}
function isGlobKey(key) {
  return /[*?[]/.test(key);
}
var globCache = /* @__PURE__ */ new Map();
function globToRegExp(pattern) {
  let re = globCache.get(pattern);
  if (re) return re;
  let src = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") src += "[^.]*";
    else if (c === "?") src += "[^.]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) src += "\\[";
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        src += "[" + body.replace(/\\/g, "\\\\") + "]";
        i = close;
      }
    } else src += c.replace(/[\\^$+.()|{}]/g, "\\$&");
  }
  re = new RegExp(src + "$");
  globCache.set(pattern, re);
  return re;
}
function keyMatches(pattern, key) {
  if (pattern === key) return true;
  if (!isGlobKey(pattern)) return false;
  return globToRegExp(pattern).test(key);
}
function selectorMatches(selector, key) {
  if (selector === "**") return true;
  if (selector.endsWith(".**")) {
    const prefix = selector.slice(0, -3);
    return key === prefix || key.startsWith(prefix + ".") || keyMatches(prefix, key.split(".").slice(0, prefix.split(".").length).join("."));
  }
  return keyMatches(selector, key);
}

// src/model/precedence.ts
function byteCompare(a, b) {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return Buffer.compare(ba, bb);
}
function selectFiles(files) {
  const dropIns = files.filter((f) => f.dirRank >= 0);
  const sysctlConf = files.filter((f) => f.dirRank === -1);
  const byName = /* @__PURE__ */ new Map();
  for (const f of dropIns) {
    const list = byName.get(f.name) ?? [];
    list.push(f);
    byName.set(f.name, list);
  }
  const masked = [];
  const winners = [];
  for (const list of byName.values()) {
    list.sort((a, b) => a.dirRank - b.dirRank);
    const [winner, ...losers] = list;
    for (const l of losers) masked.push({ file: l, by: winner });
    if (!winner.devNull) winners.push(winner);
  }
  winners.sort((a, b) => byteCompare(a.name, b.name) || byteCompare(a.file, b.file));
  return { systemd: winners, procps: [...winners, ...sysctlConf], masked };
}
function applyFiles(applier, files, runtime, toAssignment) {
  const explicit = /* @__PURE__ */ new Map();
  const globs = /* @__PURE__ */ new Map();
  const exclusions = [];
  const sequential = [];
  let seq = 0;
  const write = (a) => {
    sequential.push(a);
    const table = a.isGlob ? globs : explicit;
    const prev = table.get(a.key);
    seq++;
    if (!prev) {
      table.set(a.key, { setting: { key: a.key, winner: a, overridden: [], viaGlob: a.isGlob }, seq });
      return;
    }
    const setting = prev.setting;
    const previous = setting.winner;
    setting.overridden.push(previous);
    setting.winner = a;
    if (applier === "procps" || previous.value !== a.value) {
      table.delete(a.key);
      table.set(a.key, { setting, seq });
    }
  };
  for (const f of files) {
    for (const a of toAssignment(f)) write(a);
    for (const x of f.parsed.exclusions) exclusions.push(x.pattern);
  }
  for (const a of runtime) write(a);
  const effective = /* @__PURE__ */ new Map();
  for (const [k, e] of explicit) effective.set(k, e.setting);
  const writes = applier === "procps" ? sequential : [...explicit.values()].map((e) => e.setting.winner);
  return { applier, effective, globs: [...globs.values()].map((e) => e.setting), exclusions, files, writes };
}
function lookup(state, key) {
  const direct = state.effective.get(key);
  if (direct) return direct;
  if (isGlobKey(key)) return void 0;
  let found;
  for (const g of state.globs) {
    if (globToRegExp(g.key).test(key) && !state.exclusions.some((x) => x === key || isGlobKey(x) && globToRegExp(x).test(key))) {
      found = g;
    }
  }
  return found;
}

// src/model/context.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/model/values.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var DEFAULT_EPHEMERAL_HIGH = 60999;
var INT = /^[+-]?\d+$/;
function parseValue(raw, type) {
  const text = raw.trim();
  switch (type) {
    case "string":
      return { ok: true, value: { type, value: text } };
    case "integer": {
      if (!INT.test(text)) return { ok: false, reason: "not an integer" };
      return { ok: true, value: { type, value: Number(text) } };
    }
    case "integers": {
      const parts = text.split(/\s+/).filter(Boolean);
      if (parts.length === 0 || !parts.every((p) => INT.test(p))) return { ok: false, reason: "not a list of integers" };
      return { ok: true, value: { type, value: parts.map(Number) } };
    }
    case "portRange": {
      const parts = text.split(/\s+/).filter(Boolean);
      if (parts.length === 0 || parts.length > 2 || !parts.every((p) => INT.test(p))) {
        return { ok: false, reason: "not two integers (low high)" };
      }
      const lo = Number(parts[0]);
      const partial = parts.length === 1;
      const hi = partial ? Math.max(lo, DEFAULT_EPHEMERAL_HIGH) : Number(parts[1]);
      if (lo < 1 || hi > 65535 || lo > 65535 || hi < 1) return { ok: false, reason: `ports must be between 1 and 65535` };
      if (hi < lo) return { ok: false, reason: `the low end ${lo} is above the high end ${hi}` };
      return { ok: true, value: { type, value: partial ? { lo, hi, partial } : { lo, hi } } };
    }
    case "portList": {
      if (text === "") return { ok: true, value: { type, value: [] } };
      const out = [];
      for (const item of text.split(",")) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(item);
        if (!m) return { ok: false, reason: `the item ${item.trim() === item ? item || "(empty)" : `"${item}"`} is not N or N-M, and blanks or quotes are not allowed` };
        const lo = Number(m[1]);
        const hi = Number(m[2] ?? m[1]);
        if (lo > 65535 || hi > 65535) return { ok: false, reason: `port ${Math.max(lo, hi)} is above 65535` };
        if (hi < lo) return { ok: false, reason: `range ${lo}-${hi} is reversed` };
        out.push({ lo, hi });
      }
      return { ok: true, value: { type, value: out } };
    }
  }
}
function parseDashRange(text) {
  const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  if (!m) return void 0;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (lo < 1 || hi > 65535 || hi < lo) return void 0;
  return { lo, hi };
}
function subtractIntervals(range2, minus) {
  let parts = [{ ...range2 }];
  for (const m of minus) {
    const next = [];
    for (const p of parts) {
      if (m.hi < p.lo || m.lo > p.hi) next.push(p);
      else {
        if (m.lo > p.lo) next.push({ lo: p.lo, hi: m.lo - 1 });
        if (m.hi < p.hi) next.push({ lo: m.hi + 1, hi: p.hi });
      }
    }
    parts = next;
  }
  return parts;
}
function intersect(a, b) {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : void 0;
}
function formatIntervals(list) {
  return list.map((p) => p.lo === p.hi ? String(p.lo) : `${p.lo}-${p.hi}`).join(",");
}

// src/model/version.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function parseVersion(s) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(s.trim());
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), hasPatch: m[3] !== void 0, text: s.trim().replace(/^v/, "") };
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

// src/model/context.ts
var DEFAULT_NODEPORT_RANGE = { lo: 3e4, hi: 32767 };
function appliersOf(opt) {
  return opt === "systemd" ? ["systemd"] : opt === "procps" ? ["procps"] : ["systemd", "procps"];
}
function validateContextOptions(o) {
  const errs = [];
  if (o.kernel !== void 0 && !parseVersion(o.kernel)) errs.push(`--kernel: "${o.kernel}" is not a version like 5.15 or 6.1.20`);
  if (o.kubernetesVersion !== void 0 && !parseVersion(o.kubernetesVersion)) errs.push(`--kubernetes-version: "${o.kubernetesVersion}" is not a version like 1.30`);
  if (o.nodePortRange !== void 0 && !parseDashRange(o.nodePortRange)) errs.push(`--node-port-range: "${o.nodePortRange}" is not a range like 30000-32767`);
  return errs;
}
var K8S_FILE_NAME = /(^|[^a-z])(k8s|kube|kubernetes|kubelet|eks|gke|aks|k3s|rke2?)([^a-z]|$)/i;
function inferNodeRole(files, states) {
  const values = (key) => states.map((s) => lookup(s, key)).filter((x) => x !== void 0);
  const bridge = values("net.bridge.bridge-nf-call-iptables");
  if (bridge.some((s) => s.winner.value.trim() === "1")) {
    return { value: "kubernetes", source: `inferred: net.bridge.bridge-nf-call-iptables = 1 in ${bridge[0]?.winner.file}` };
  }
  const named = files.find((f) => K8S_FILE_NAME.test(f.name));
  if (named) return { value: "kubernetes", source: `inferred from the file name ${named.file}` };
  const fwd = values("net.ipv4.ip_forward");
  if (fwd.length && fwd.every((s) => s.winner.value.trim() === "0")) {
    return { value: "generic", source: `inferred: net.ipv4.ip_forward = 0 in ${fwd[0]?.winner.file}, which a Kubernetes node cannot run with` };
  }
  return { value: "unknown", source: "unknown; pass --node-role kubernetes or generic" };
}
function buildContext(o, role) {
  const kernel = o.kernel ? parseVersion(o.kernel) : void 0;
  const k8s = o.kubernetesVersion ? parseVersion(o.kubernetesVersion) : void 0;
  const range2 = o.nodePortRange ? parseDashRange(o.nodePortRange) : void 0;
  return {
    kernel: kernel ? { value: kernel, source: o.contextSources?.kernel ?? "--kernel" } : void 0,
    kubernetesVersion: k8s ? { value: k8s, source: o.contextSources?.kubernetesVersion ?? "--kubernetes-version" } : void 0,
    nodeRole: o.nodeRole ? { value: o.nodeRole, source: o.contextSources?.nodeRole ?? "--node-role" } : role,
    nodePortRange: range2 ? { value: range2, source: o.contextSources?.nodePortRange ?? "--node-port-range" } : { value: DEFAULT_NODEPORT_RANGE, source: "the Kubernetes default" },
    appliers: appliersOf(o.applier)
  };
}

// src/model/build.ts
function buildNode(spec, options) {
  const scope = spec.scope ?? "node";
  const canonical = /* @__PURE__ */ new Map();
  for (const f of spec.files) if (!f.isSymlink && !canonical.has(f.realFile)) canonical.set(f.realFile, f);
  for (const f of spec.files) if (!canonical.has(f.realFile)) canonical.set(f.realFile, f);
  for (const f of spec.files) {
    const c = canonical.get(f.realFile);
    if (c && c !== f) f.aliasOf = c.file;
  }
  const cache2 = /* @__PURE__ */ new Map();
  const toAssignments = (f) => {
    let list = cache2.get(f.realFile);
    if (!list) {
      const owner = canonical.get(f.realFile) ?? f;
      list = owner.parsed.assignments.map((a) => ({ ...a, file: owner.file, nodeFile: owner, scope, phase: "boot", via: owner.via }));
      cache2.set(f.realFile, list);
    }
    return list;
  };
  const applicable = spec.files.filter((f) => !f.ignoredName);
  const selection = selectFiles(applicable);
  const appliers = appliersOf(options.applier);
  const states = appliers.map((a) => applyFiles(a, selection[a], spec.runtime ?? [], toAssignments));
  const role = inferNodeRole(spec.files, states);
  return {
    id: spec.id,
    label: spec.label,
    root: spec.root,
    complete: spec.complete,
    files: spec.files,
    masked: selection.masked,
    states,
    runtime: spec.runtime ?? [],
    modules: spec.modules ?? /* @__PURE__ */ new Set(),
    modulesKnown: spec.modulesKnown ?? false,
    context: buildContext(options, role),
    scope
  };
}

// src/model/modules.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs4 = __toESM(require("node:fs"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

// src/inputs/root-links.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);
function resolveInRoot(abs, rootAbs) {
  let current = abs;
  let isSymlink2 = false;
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = import_node_fs3.default.lstatSync(current);
    } catch {
      return { path: current, devNull: false, isSymlink: isSymlink2 };
    }
    if (!st.isSymbolicLink()) return { path: current, devNull: false, isSymlink: isSymlink2 };
    isSymlink2 = true;
    const target = import_node_fs3.default.readlinkSync(current);
    if (target === "/dev/null") return { path: current, devNull: true, isSymlink: isSymlink2 };
    if (import_node_path3.default.isAbsolute(target)) current = rootAbs ? import_node_path3.default.join(rootAbs, target) : target;
    else current = import_node_path3.default.resolve(import_node_path3.default.dirname(current), target);
  }
  return { path: current, devNull: false, isSymlink: isSymlink2 };
}

// src/model/modules.ts
var MODULE_DIRS = ["etc/modules-load.d", "run/modules-load.d", "usr/local/lib/modules-load.d", "usr/lib/modules-load.d", "lib/modules-load.d"];
function parseModulesList(text) {
  const out = [];
  for (const raw of text.split("\n")) {
    const line2 = raw.trim();
    if (!line2 || line2.startsWith("#") || line2.startsWith(";")) continue;
    const name = line2.split(/\s+/)[0];
    if (name) out.push(name.replace(/-/g, "_"));
  }
  return out;
}
function readBootModules(rootAbs) {
  const modules = /* @__PURE__ */ new Set();
  const sources = [];
  const chosen = /* @__PURE__ */ new Map();
  for (const d of MODULE_DIRS) {
    let names;
    try {
      names = import_node_fs4.default.readdirSync(import_node_path4.default.join(rootAbs, d));
    } catch {
      continue;
    }
    for (const n of names) if (n.endsWith(".conf") && !chosen.has(n)) chosen.set(n, import_node_path4.default.join(rootAbs, d, n));
  }
  const lists = [...chosen.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([, f]) => f);
  const etcModules = import_node_path4.default.join(rootAbs, "etc/modules");
  if (import_node_fs4.default.existsSync(etcModules)) lists.push(etcModules);
  for (const file of lists) {
    const target = resolveInRoot(file, rootAbs);
    sources.push(import_node_path4.default.relative(rootAbs, file));
    if (target.devNull) continue;
    try {
      for (const m of parseModulesList(import_node_fs4.default.readFileSync(target.path, "utf8"))) modules.add(m);
    } catch {
    }
  }
  return { modules, sources };
}

// src/model/node-layout.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path5 = __toESM(require("node:path"), 1);

// src/model/types.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var SYSCTL_DIRS = ["/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d"];

// src/model/node-layout.ts
var DIR_PATTERNS = SYSCTL_DIRS.map((d, rank) => ({ rank, re: new RegExp(`^(.*?)/?${d.slice(1).replace(/\//g, "\\/")}/([^/]+)$`) }));
var SYSCTL_CONF = /^(.*?)\/?etc\/sysctl\.conf$/;
function placeFile(display) {
  const p = display.split(import_node_path5.default.sep).join("/");
  for (const { rank, re } of DIR_PATTERNS) {
    const m2 = re.exec(p);
    if (m2) {
      const root = m2[1] || ".";
      const name2 = m2[2];
      return { nodeId: `root:${root}`, root, nodePath: `${SYSCTL_DIRS[rank]}/${name2}`, name: name2, dirRank: rank };
    }
  }
  const m = SYSCTL_CONF.exec(p);
  if (m) {
    const root = m[1] || ".";
    return { nodeId: `root:${root}`, root, nodePath: "/etc/sysctl.conf", name: "sysctl.conf", dirRank: -1 };
  }
  const dir = import_node_path5.default.posix.dirname(p);
  const name = import_node_path5.default.posix.basename(p);
  return { nodeId: `dir:${dir}`, nodePath: `${dir}/${name}`, name, dirRank: 0 };
}
function placeUnderRoot(relToRoot, rootDisplay) {
  const p = "/" + relToRoot.split(import_node_path5.default.sep).join("/");
  for (let rank = 0; rank < SYSCTL_DIRS.length; rank++) {
    const d = SYSCTL_DIRS[rank];
    if (p.startsWith(d + "/") && !p.slice(d.length + 1).includes("/")) {
      const name = p.slice(d.length + 1);
      return { nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: p, name, dirRank: rank };
    }
  }
  if (p === "/etc/sysctl.conf") return { nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: p, name: "sysctl.conf", dirRank: -1 };
  return void 0;
}

// src/policy/builtin.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path7 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");

// src/policy/load.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs5 = __toESM(require("node:fs"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);
var import_yaml2 = __toESM(require_dist(), 1);
var import__ = __toESM(require__(), 1);

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sysctl-lint.dev/schemas/policy.schema.json",
  title: "sysctl-lint policy",
  description: "One declarative sysctl-lint policy. Built-in policies (policies/) and user policies (--policies DIR) share this schema. Policies are data: they select settings, test them with a closed set of operators and describe the finding; they cannot run code.",
  type: "object",
  additionalProperties: false,
  patternProperties: { "^x-": {} },
  required: ["id", "title", "severity", "check", "message", "rationale", "fix"],
  properties: {
    $schema: { type: "string" },
    id: {
      description: "Stable kebab-case identifier; the file name without .yaml.",
      type: "string",
      pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    },
    title: { description: "The desired state, as a short sentence.", type: "string", minLength: 3, maxLength: 200 },
    severity: { $ref: "#/$defs/severity" },
    tags: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+$" }, uniqueItems: true },
    scope: {
      description: "Which values the policy applies to: node (host network namespace) and/or pod (a pod's own namespaces). Default: [node].",
      type: "array",
      items: { enum: ["node", "pod"] },
      minItems: 1,
      uniqueItems: true
    },
    appliesWhen: { $ref: "#/$defs/contextCondition" },
    check: { $ref: "#/$defs/check" },
    message: {
      description: "Message template. Placeholders: {{key}} {{value}} {{kernel}} {{kubernetesVersion}} {{nodeRole}} {{nodeRoleSource}} {{nodePortRange}} {{nodePortRangeSource}} {{applier}} {{node}} {{operand}} {{overlap}} {{reason}} {{module}} {{removedIn}} {{overriddenValues}} {{otherValue}} {{otherApplier}} {{text}} {{file}} {{maskedBy}} {{liveValue}} {{liveSource}}.",
      type: "string",
      minLength: 1
    },
    cases: {
      description: "Refinements tried in order; the first whose conditions hold sets the severity and message. 'off' drops the finding.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          when: { $ref: "#/$defs/contextCondition" },
          value: { $ref: "#/$defs/assertion" },
          severity: { anyOf: [{ $ref: "#/$defs/severity" }, { const: "off" }] },
          message: { type: "string", minLength: 1 }
        }
      }
    },
    rationale: { description: "Why this matters (Markdown).", type: "string", minLength: 1 },
    fix: { description: "How to fix it (Markdown).", type: "string", minLength: 1 },
    references: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["title", "url"],
        properties: {
          title: { type: "string", minLength: 1 },
          url: { type: "string", pattern: "^https://" }
        }
      }
    },
    aliases: { type: "array", items: { type: "string", pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, uniqueItems: true }
  },
  $defs: {
    severity: { enum: ["error", "warning", "info"] },
    version: { type: "string", pattern: "^\\d+\\.\\d+(\\.\\d+)?$" },
    versionCondition: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        known: { type: "boolean" },
        lt: { $ref: "#/$defs/version" },
        lte: { $ref: "#/$defs/version" },
        gt: { $ref: "#/$defs/version" },
        gte: { $ref: "#/$defs/version" }
      }
    },
    contextCondition: {
      description: "Conditions on the linting context; all given fields must hold. A version comparison is false when the version is unknown (use known: false to match that).",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        kernel: { $ref: "#/$defs/versionCondition" },
        kubernetesVersion: { $ref: "#/$defs/versionCondition" },
        nodeRole: { type: "array", items: { enum: ["kubernetes", "generic", "unknown"] }, minItems: 1, uniqueItems: true },
        kubeProxyMode: { type: "array", items: { enum: ["iptables", "ipvs", "nftables", "kernelspace", "unknown"] }, minItems: 1, uniqueItems: true },
        applier: { type: "array", items: { enum: ["systemd", "procps"] }, minItems: 1, uniqueItems: true },
        completeRoot: { type: "boolean" },
        modulesKnown: { type: "boolean" }
      }
    },
    selector: {
      description: "A canonical dotted key, a glob over key segments (net.ipv4.conf.*.rp_filter) or a prefix followed by .** (net.ipv4.vs.**); '**' selects every key.",
      type: "string",
      pattern: "^(\\*\\*|[A-Za-z0-9_*?\\[\\]-][A-Za-z0-9_.*?\\[\\]/:@-]*)$"
    },
    check: {
      type: "object",
      oneOf: [
        {
          title: "setting check",
          additionalProperties: false,
          required: ["setting"],
          properties: {
            setting: {
              anyOf: [
                { $ref: "#/$defs/selector" },
                { type: "array", items: { $ref: "#/$defs/selector" }, minItems: 1, uniqueItems: true }
              ]
            },
            target: {
              description: "effective (default): the value in force after precedence (for a live node: the running kernel's value); assignments: every line that writes the key; overridden: a setting that overrides earlier ones (reported at the winner); divergent: keys whose final value differs between systemd-sysctl and procps; drift: keys whose effective value in the files differs from the running kernel's (--live, --live-snapshot), reported at the winning line. Only effective applies to live nodes.",
              enum: ["effective", "assignments", "overridden", "divergent", "drift"]
            },
            valueType: { enum: ["string", "integer", "integers", "portRange", "portList"] },
            violation: { $ref: "#/$defs/assertion" }
          }
        },
        {
          title: "syntax check",
          additionalProperties: false,
          required: ["syntax"],
          properties: {
            syntax: {
              type: "array",
              items: { enum: ["not-assignment", "empty-key", "empty-value", "template-directive"] },
              minItems: 1,
              uniqueItems: true
            },
            oncePerFile: { type: "boolean" }
          }
        },
        {
          title: "file check",
          additionalProperties: false,
          required: ["file"],
          properties: {
            file: { enum: ["masked", "sysctl-conf-ignored", "not-dotconf"] }
          }
        }
      ]
    },
    operand: {
      anyOf: [
        { type: "number" },
        {
          type: "object",
          additionalProperties: false,
          required: ["setting"],
          properties: {
            setting: { $ref: "#/$defs/selector" },
            default: { type: "number", description: "Value when the setting is not set (the kernel default)." },
            appliedBefore: {
              type: "boolean",
              description: "Use the value the setting has when the judged line is written (apply order), not its final value."
            }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["context"],
          properties: { context: { enum: ["nodePortRange.lo", "nodePortRange.hi"] } }
        }
      ]
    },
    scalar: { type: ["string", "number"] },
    assertion: {
      description: "Exactly one operator from a closed set; allOf/anyOf/not combine assertions.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        equals: { $ref: "#/$defs/scalar" },
        notEquals: { $ref: "#/$defs/scalar" },
        oneOf: { type: "array", items: { $ref: "#/$defs/scalar" }, minItems: 1 },
        notOneOf: { type: "array", items: { $ref: "#/$defs/scalar" }, minItems: 1 },
        lt: { $ref: "#/$defs/operand" },
        lte: { $ref: "#/$defs/operand" },
        gt: { $ref: "#/$defs/operand" },
        gte: { $ref: "#/$defs/operand" },
        matches: { type: "string" },
        notMatches: { type: "string" },
        invalid: { const: true },
        low: { $ref: "#/$defs/assertion" },
        high: { $ref: "#/$defs/assertion" },
        overlaps: {
          type: "object",
          additionalProperties: false,
          required: ["range"],
          properties: {
            range: {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              properties: {
                context: { const: "nodePortRange" },
                range: { type: "string", pattern: "^\\d+-\\d+$" }
              }
            },
            excludeSetting: { $ref: "#/$defs/selector" }
          }
        },
        sameParity: { const: true },
        moduleNotLoaded: { const: true },
        keyStatus: { enum: ["unknown", "removed"] },
        allOf: { type: "array", items: { $ref: "#/$defs/assertion" }, minItems: 1 },
        anyOf: { type: "array", items: { $ref: "#/$defs/assertion" }, minItems: 1 },
        not: { $ref: "#/$defs/assertion" }
      }
    }
  }
};

// schemas/list.schema.json
var list_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sysctl-lint.dev/schemas/list.schema.json",
  title: "sysctl-lint data list",
  description: "Data consulted by policy operators: policies/lists/kernel-keys.yaml (keys documented by the kernel) and policies/lists/module-keys.yaml (keys created by loadable modules).",
  type: "object",
  additionalProperties: false,
  required: ["id", "description"],
  properties: {
    $schema: { type: "string" },
    id: { enum: ["kernel-keys", "module-keys"] },
    description: { type: "string" },
    sources: { type: "array", items: { type: "string", pattern: "^https://" } },
    complete: { type: "array", items: { type: "string" } },
    dynamic: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["pattern", "names"],
        properties: {
          pattern: { type: "string" },
          names: { type: "array", items: { type: "string" } }
        }
      }
    },
    keys: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          added: { type: "string", pattern: "^\\d+\\.\\d+(\\.\\d+)?$" },
          removed: { type: "string", pattern: "^(\\d+\\.\\d+(\\.\\d+)?|unknown)$" },
          upstream: { type: "boolean" },
          note: { type: "string" }
        }
      }
    },
    modules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["module", "keys"],
        properties: {
          module: { type: "string", pattern: "^[a-z0-9_]+$" },
          keys: { type: "array", items: { type: "string" }, minItems: 1 },
          loadedWith: { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_*]+$" } },
          note: { type: "string" }
        }
      }
    }
  }
};

// src/core/yaml-locate.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_yaml = __toESM(require_dist(), 1);
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function nodeSpan(node) {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : void 0;
}
function locateInDocument(doc, path22, opts = {}) {
  let node = doc.contents;
  let best = nodeSpan(doc.contents) ?? { start: 0, end: 0 };
  for (let i = 0; i < path22.length; i++) {
    const seg = path22[i];
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const last = i === path22.length - 1;
      if (last && opts.key && (0, import_yaml.isScalar)(pair.key)) return nodeSpan(pair.key) ?? best;
      node = pair.value;
      best = nodeSpan(pair.value) ?? nodeSpan(pair.key) ?? best;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) return best;
      node = item;
      best = nodeSpan(item) ?? best;
    } else return best;
  }
  return best;
}

// src/policy/message.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var PLACEHOLDERS = [
  "key",
  "value",
  "kernel",
  "kubernetesVersion",
  "nodeRole",
  "nodeRoleSource",
  "nodePortRange",
  "nodePortRangeSource",
  "applier",
  "node",
  "operand",
  "overlap",
  "reason",
  "module",
  "removedIn",
  "overriddenValues",
  "otherValue",
  "otherApplier",
  "text",
  "file",
  "maskedBy",
  // live values (issue 4)
  "liveValue",
  "liveSource"
];
var PLACEHOLDER_RE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
function unknownPlaceholders(template) {
  const bad = [];
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    const name = m[1];
    if (!PLACEHOLDERS.includes(name)) bad.push(name);
  }
  return bad;
}
function renderMessage(template, vars) {
  return template.replace(PLACEHOLDER_RE, (_all, name) => vars[name] ?? `<${name}?>`).trim();
}

// src/policy/types.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function isSettingCheck(c) {
  return "setting" in c;
}
function isSyntaxCheck(c) {
  return "syntax" in c;
}
function isFileCheck(c) {
  return "file" in c;
}

// src/policy/load.ts
var validators;
function getValidators() {
  if (!validators) {
    const ajv = new import__.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validators = { policy: ajv.compile(policy_schema_default), list: ajv.compile(list_schema_default) };
  }
  return validators;
}
function usefulErrors(errors) {
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const list = specific.length ? specific : errors;
  const seen = /* @__PURE__ */ new Set();
  return list.filter((e) => {
    const id = `${e.instancePath}|${e.message}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function describe(e) {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
  switch (e.keyword) {
    case "additionalProperties":
      return `${where}: unknown field "${e.params.additionalProperty}"`;
    case "required":
      return `${where}: missing required field "${e.params.missingProperty}"`;
    case "enum":
      return `${where}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "maxProperties":
    case "minProperties":
      return `${where}: an assertion must hold exactly one operator`;
    default:
      return `${where}: ${e.message ?? "is invalid"}`;
  }
}
function errorPath(e) {
  const p = pointerToPath(e.instancePath);
  if (e.keyword === "additionalProperties") return { path: [...p, e.params.additionalProperty], key: true };
  return { path: p, key: false };
}
function parseYaml(text) {
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: new import_yaml2.LineCounter(), prettyErrors: false });
  const problems = doc.errors.map((e) => ({ span: { start: e.pos[0], end: e.pos[1] }, message: `YAML: ${e.message.split("\n")[0]}` }));
  return { doc, problems };
}
function walkAssertions(a, path22, visit) {
  visit(a, path22);
  for (const k of ["allOf", "anyOf"]) a[k]?.forEach((x, i) => walkAssertions(x, [...path22, k, i], visit));
  for (const k of ["not", "low", "high"]) {
    const inner = a[k];
    if (inner) walkAssertions(inner, [...path22, k], visit);
  }
}
function semanticProblems(p, expectedId) {
  const out = [];
  if (expectedId !== void 0 && p.id !== expectedId) out.push({ path: ["id"], message: `id "${p.id}" must equal the file name "${expectedId}"` });
  const templates = [[["message"], p.message]];
  p.cases?.forEach((c, i) => c.message && templates.push([["cases", i, "message"], c.message]));
  for (const [path22, t] of templates) {
    const bad = unknownPlaceholders(t);
    if (bad.length) out.push({ path: path22, message: `unknown placeholder ${bad.map((b) => `{{${b}}}`).join(", ")}` });
  }
  const assertions = [];
  if (isSettingCheck(p.check) && p.check.violation) assertions.push([p.check.violation, ["check", "violation"]]);
  p.cases?.forEach((c, i) => c.value && assertions.push([c.value, ["cases", i, "value"]]));
  const valueType = isSettingCheck(p.check) ? p.check.valueType ?? "string" : void 0;
  if (!isSettingCheck(p.check) && p.cases?.some((c) => c.value)) out.push({ path: ["cases"], message: "cases.value needs a setting check" });
  for (const [root, rootPath] of assertions) {
    walkAssertions(root, rootPath, (a, path22) => {
      for (const k of ["matches", "notMatches"]) {
        const re = a[k];
        if (re !== void 0) {
          try {
            new RegExp(re);
          } catch (e) {
            out.push({ path: [...path22, k], message: `invalid regular expression: ${e.message}` });
          }
        }
      }
      if ((a.overlaps || a.sameParity || a.low || a.high) && valueType !== "portRange" && valueType !== "integers") {
        out.push({ path: path22, key: false, message: "overlaps, sameParity, low and high need valueType portRange (or integers)" });
      }
      if (a.invalid && valueType === "string") out.push({ path: path22, message: "invalid needs a valueType other than string" });
    });
  }
  return out;
}
function loadPolicyText(text, file, opts = {}) {
  const problems = [];
  const { doc, problems: yamlProblems } = parseYaml(text);
  for (const y of yamlProblems) problems.push({ file, text, ...y });
  if (yamlProblems.length) return { items: [], problems };
  const data = doc.toJS();
  const { policy: validate2 } = getValidators();
  if (!validate2(data)) {
    for (const e of usefulErrors(validate2.errors ?? [])) {
      const { path: p, key } = errorPath(e);
      problems.push({ file, text, span: locateInDocument(doc, p, { key }), message: describe(e) });
    }
    return { items: [], problems };
  }
  const policy = data;
  const expectedId = opts.checkId === false ? void 0 : import_node_path6.default.basename(file).replace(/\.ya?ml$/, "");
  for (const s of semanticProblems(policy, expectedId)) problems.push({ file, text, span: locateInDocument(doc, s.path, { key: s.key }), message: s.message });
  if (problems.length) return { items: [], problems };
  return { items: [{ policy, source: file, builtin: !!opts.builtin }], problems };
}
function listYamlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const ent of import_node_fs5.default.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const abs = import_node_path6.default.join(d, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== "lists") walk(abs);
      } else if (/\.ya?ml$/.test(ent.name)) out.push(abs);
    }
  };
  walk(dir);
  return out;
}
function loadPolicyDir(dir, displayBase, opts = {}) {
  const items = [];
  const problems = [];
  let files;
  try {
    files = listYamlFiles(dir);
  } catch (e) {
    return { items, problems: [{ file: displayBase(dir), text: "", span: { start: 0, end: 0 }, message: `cannot read policy directory: ${e.message}` }] };
  }
  for (const f of files) {
    const r = loadPolicyText(import_node_fs5.default.readFileSync(f, "utf8"), displayBase(f), opts);
    items.push(...r.items);
    problems.push(...r.problems);
  }
  return { items, problems };
}
function loadListsDir(dir, displayBase) {
  const problems = [];
  const read = (name, fallback) => {
    const abs = import_node_path6.default.join(dir, "lists", `${name}.yaml`);
    if (!import_node_fs5.default.existsSync(abs)) return fallback;
    const text = import_node_fs5.default.readFileSync(abs, "utf8");
    const { doc, problems: yp } = parseYaml(text);
    if (yp.length) {
      problems.push(...yp.map((y) => ({ file: displayBase(abs), text, ...y })));
      return fallback;
    }
    const data = doc.toJS();
    const { list: validate2 } = getValidators();
    if (!validate2(data)) {
      for (const e of usefulErrors(validate2.errors ?? [])) {
        const { path: p, key } = errorPath(e);
        problems.push({ file: displayBase(abs), text, span: locateInDocument(doc, p, { key }), message: describe(e) });
      }
      return fallback;
    }
    return data;
  };
  const kernelKeys = read("kernel-keys", { complete: [], dynamic: [], keys: {} });
  const moduleKeys = read("module-keys", { modules: [] });
  return { lists: { kernelKeys: { complete: kernelKeys.complete ?? [], dynamic: kernelKeys.dynamic ?? [], keys: kernelKeys.keys ?? {} }, moduleKeys }, problems };
}

// src/policy/builtin.ts
var cached;
function builtinPolicyDir() {
  return (0, import_node_url.fileURLToPath)(new URL("../../policies/", "file:///sysctl-lint/bundle"));
}
function loadCatalogueFromDisk(dir) {
  const root = import_node_path7.default.resolve(dir, "..");
  const display = (abs) => import_node_path7.default.relative(root, abs).split(import_node_path7.default.sep).join("/");
  const p = loadPolicyDir(dir, display, { builtin: true });
  const l = loadListsDir(dir, display);
  return { policies: p.items, lists: l.lists, problems: [...p.problems, ...l.problems] };
}
function builtinCatalogue() {
  if (cached) return cached;
  if (typeof define_SYSCTL_LINT_BUILTINS_default !== "undefined") {
    cached = { ...define_SYSCTL_LINT_BUILTINS_default, problems: [] };
  } else {
    cached = loadCatalogueFromDisk(builtinPolicyDir());
  }
  return cached;
}

// src/policy/evaluate.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/policy/conditions.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function versionHolds(cond, v) {
  if (cond.known !== void 0 && cond.known !== !!v) return false;
  const cmp = (lit, test) => {
    if (lit === void 0) return true;
    if (!v) return false;
    const w = parseVersion(lit);
    if (!w) return false;
    if (!v.hasPatch && w.hasPatch && v.major === w.major && v.minor === w.minor) return false;
    return test(compareVersions(v, w));
  };
  return cmp(cond.lt, (c) => c < 0) && cmp(cond.lte, (c) => c <= 0) && cmp(cond.gt, (c) => c > 0) && cmp(cond.gte, (c) => c >= 0);
}
function conditionHolds(cond, node, appliers) {
  if (!cond) return true;
  const ctx = node.context;
  if (cond.kernel && !versionHolds(cond.kernel, ctx.kernel?.value)) return false;
  if (cond.kubernetesVersion && !versionHolds(cond.kubernetesVersion, ctx.kubernetesVersion?.value)) return false;
  if (cond.nodeRole && !cond.nodeRole.includes(ctx.nodeRole.value)) return false;
  if (cond.kubeProxyMode && !cond.kubeProxyMode.includes(ctx.kubeProxyMode?.value ?? "unknown")) return false;
  if (cond.applier && !(appliers ?? ctx.appliers).some((a) => cond.applier?.includes(a))) return false;
  if (cond.completeRoot !== void 0 && cond.completeRoot !== node.complete) return false;
  if (cond.modulesKnown !== void 0 && cond.modulesKnown !== node.modulesKnown) return false;
  return true;
}

// src/policy/operators/index.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/policy/operators/membership.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/policy/subject.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var INLINE_COMMENT = /\s+[#;].*$/;
function makeSubject(key, raw, valueType) {
  const forKernel = valueType === "string" || valueType === "portList" ? raw : raw.replace(INLINE_COMMENT, "");
  return { key, raw, valueType, parsed: parseValue(forKernel, valueType) };
}
function asInteger(s) {
  if (!s.parsed.ok) {
    const p = parseValue(s.raw.replace(INLINE_COMMENT, ""), "integer");
    return p.ok && p.value.type === "integer" ? p.value.value : void 0;
  }
  const v = s.parsed.value;
  if (v.type === "integer") return v.value;
  if (v.type === "integers" && v.value.length === 1) return v.value[0];
  if (v.type === "string") {
    const p = parseValue(v.value.replace(INLINE_COMMENT, ""), "integer");
    return p.ok && p.value.type === "integer" ? p.value.value : void 0;
  }
  return void 0;
}

// src/policy/operators/membership.ts
function sameValue(subject, expected) {
  if (typeof expected === "number") return asInteger(subject) === expected;
  return subject.raw.trim().split(/\s+/).join(" ") === expected.trim().split(/\s+/).join(" ");
}
var equalsOp = (s, arg) => ({ holds: sameValue(s, arg) });
var notEqualsOp = (s, arg) => ({ holds: !sameValue(s, arg) });
var oneOfOp = (s, list) => ({ holds: list.some((v) => sameValue(s, v)) });
var notOneOfOp = (s, list) => ({ holds: !list.some((v) => sameValue(s, v)) });

// src/policy/operators/compare.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function resolveOperand(op, env) {
  if (typeof op === "number") return { value: op, describe: String(op) };
  if ("context" in op) {
    const r = env.node.context.nodePortRange.value;
    const value2 = op.context === "nodePortRange.lo" ? r.lo : r.hi;
    return { value: value2, describe: `${value2} (NodePort range ${op.context.endsWith("lo") ? "start" : "end"})` };
  }
  let value;
  if (op.appliedBefore && env.state && env.assignment && env.state.applier !== "live") {
    const writes = env.state.writes;
    const at = writes.lastIndexOf(env.assignment);
    for (let i = (at < 0 ? writes.length : at) - 1; i >= 0; i--) {
      if (writes[i]?.key === op.setting) {
        value = writes[i]?.value;
        break;
      }
    }
  } else if (env.state) value = lookup(env.state, op.setting)?.winner.value;
  if (value !== void 0) {
    const p = parseValue(value.replace(/\s+[#;].*$/, ""), "integer");
    if (p.ok && p.value.type === "integer") return { value: p.value.value, describe: `${p.value.value} (${op.setting})` };
    return void 0;
  }
  if (op.default !== void 0) return { value: op.default, describe: `${op.default} (${op.setting}, kernel default)` };
  return void 0;
}
function compareOp(test) {
  return (subject, operand, env) => {
    const actual = asInteger(subject);
    if (actual === void 0) return { holds: false };
    const resolved = resolveOperand(operand, env);
    if (!resolved) return { holds: false };
    return { holds: test(actual, resolved.value), vars: { operand: resolved.describe } };
  };
}

// src/policy/operators/text.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var cache = /* @__PURE__ */ new Map();
function compileRegex(src) {
  let re = cache.get(src);
  if (!re) {
    re = new RegExp(src);
    cache.set(src, re);
  }
  return re;
}
var matchesOp = (s, re) => ({ holds: compileRegex(re).test(s.raw) });
var notMatchesOp = (s, re) => ({ holds: !compileRegex(re).test(s.raw) });
var invalidOp = (s) => s.parsed.ok ? { holds: false } : { holds: true, vars: { reason: s.parsed.reason } };

// src/policy/operators/ports.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function range(s) {
  if (!s.parsed.ok) return void 0;
  const v = s.parsed.value;
  if (v.type === "portRange") return v.value;
  if (v.type === "integers" && v.value.length === 2) return { lo: v.value[0], hi: v.value[1] };
  return void 0;
}
function end(which) {
  return (s, inner, env, evaluate) => {
    const r = range(s);
    if (!r) return { holds: false };
    const n = r[which];
    const sub = { key: s.key, raw: String(n), valueType: "integer", parsed: { ok: true, value: { type: "integer", value: n } } };
    return evaluate(inner, sub, env);
  };
}
var lowOp = end("lo");
var highOp = end("hi");
var overlapsOp = (s, arg, env) => {
  const r = range(s);
  if (!r) return { holds: false };
  const other = arg.range.context ? env.node.context.nodePortRange.value : parseDashRange(arg.range.range ?? "");
  if (!other) return { holds: false };
  const common = intersect(r, other);
  if (!common) return { holds: false };
  let reserved = [];
  if (arg.excludeSetting && env.state) {
    const setting = lookup(env.state, arg.excludeSetting);
    if (setting) {
      const p = parseValue(setting.winner.value, "portList");
      if (p.ok && p.value.type === "portList") reserved = p.value.value;
    }
  }
  const left = subtractIntervals(common, reserved);
  if (left.length === 0) return { holds: false };
  return { holds: true, vars: { overlap: formatIntervals(left) } };
};
var sameParityOp = (s) => {
  const r = range(s);
  return { holds: !!r && r.lo % 2 === r.hi % 2 };
};

// src/policy/operators/kernel.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/policy/lists.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function kernelKeyStatus(list, key) {
  const info = list.keys[key];
  if (info) return { status: "known", info };
  const segs = key.split(".");
  for (const d of list.dynamic) {
    const pat = d.pattern.split(".");
    if (pat.length !== segs.length) continue;
    let ok = true;
    for (let i = 0; i < pat.length - 1; i++) if (pat[i] !== "*" && pat[i] !== segs[i]) ok = false;
    if (!ok) continue;
    const last = segs[segs.length - 1];
    if (d.names.includes(last)) return { status: "known", info: {} };
    return { status: "unknown" };
  }
  const covered = list.complete.some((p) => key === p || key.startsWith(p + "."));
  return covered ? { status: "unknown" } : { status: "uncovered" };
}
function moduleForKey(list, key) {
  return list.modules.find((m) => m.keys.some((sel) => selectorMatches(sel, key)));
}
function moduleLoaded(entry, loaded) {
  if (loaded.has(entry.module)) return true;
  const pulls = (entry.loadedWith ?? []).map((g) => new RegExp("^" + g.replace(/\*/g, ".*") + "$"));
  for (const m of loaded) if (pulls.some((re) => re.test(m))) return true;
  return false;
}

// src/policy/operators/kernel.ts
var moduleNotLoadedOp = (s, _arg, env) => {
  if (env.node.provenance === "live") return { holds: false };
  const entry = moduleForKey(env.lists.moduleKeys, s.key);
  if (!entry || moduleLoaded(entry, env.node.modules)) return { holds: false };
  return { holds: true, vars: { module: entry.module } };
};
var keyStatusOp = (s, want, env) => {
  if (env.node.provenance === "live") return { holds: false };
  const st = kernelKeyStatus(env.lists.kernelKeys, s.key);
  if (want === "unknown") return { holds: st.status === "unknown" && !isGlobKey(s.key) };
  if (st.status !== "known" || !st.info.removed) return { holds: false };
  const removed = st.info.removed;
  const kernel = env.node.context.kernel?.value;
  const removedVersion = parseVersion(removed);
  if (kernel && removedVersion && compareVersions(kernel, removedVersion) < 0) return { holds: false };
  return { holds: true, vars: { removedIn: removed === "unknown" ? "a kernel release the key list does not record" : `Linux ${removed}` } };
};

// src/policy/operators/index.ts
var OPERATORS = {
  equals: equalsOp,
  notEquals: notEqualsOp,
  oneOf: oneOfOp,
  notOneOf: notOneOfOp,
  lt: compareOp((a, b) => a < b),
  lte: compareOp((a, b) => a <= b),
  gt: compareOp((a, b) => a > b),
  gte: compareOp((a, b) => a >= b),
  matches: matchesOp,
  notMatches: notMatchesOp,
  invalid: invalidOp,
  low: lowOp,
  high: highOp,
  overlaps: overlapsOp,
  sameParity: sameParityOp,
  moduleNotLoaded: moduleNotLoadedOp,
  keyStatus: keyStatusOp,
  allOf: (subject, list, env, evaluate) => {
    const vars = {};
    for (const a of list) {
      const r = evaluate(a, subject, env);
      if (!r.holds) return { holds: false };
      Object.assign(vars, r.vars);
    }
    return { holds: true, vars };
  },
  anyOf: (subject, list, env, evaluate) => {
    for (const a of list) {
      const r = evaluate(a, subject, env);
      if (r.holds) return r;
    }
    return { holds: false };
  },
  not: (subject, a, env, evaluate) => ({ holds: !evaluate(a, subject, env).holds })
};
var evaluateAssertion = (a, subject, env) => {
  const name = Object.keys(a)[0];
  if (!name) return { holds: false };
  const op = OPERATORS[name];
  if (!op) throw new Error(`unknown operator ${String(name)}`);
  return op(subject, a[name], env, evaluateAssertion);
};

// src/policy/drift.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/live/compare.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function normalizeLiveValue(v) {
  return v.trim().split(/\s+/).join(" ");
}
var INLINE_COMMENT2 = /\s+[#;].*$/;
function kernelInteger(token) {
  const m = /^(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(token);
  if (!m) return void 0;
  const digits = m[2];
  const n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith("0") ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  return m[1] === "-" ? -n : n;
}
function integers(v) {
  const tokens = normalizeLiveValue(v).split(" ");
  if (tokens.length === 0 || tokens[0] === "") return void 0;
  const out = [];
  for (const t of tokens) {
    const n = kernelInteger(t);
    if (n === void 0) return void 0;
    out.push(n);
  }
  return out;
}
function sameSysctlValue(fileValue, liveValue) {
  if (normalizeLiveValue(fileValue) === normalizeLiveValue(liveValue)) return true;
  const fileInts = integers(fileValue) ?? integers(fileValue.replace(INLINE_COMMENT2, ""));
  const liveInts = integers(liveValue);
  if (!fileInts || !liveInts || fileInts.length !== liveInts.length) return false;
  return fileInts.every((n, i) => n === liveInts[i]);
}

// src/policy/drift.ts
function evaluateDrift(node, selectors2, report) {
  const live = node.live;
  if (!live) return;
  for (const [key, liveValue] of live.values) {
    if (!selectors2.some((sel) => selectorMatches(sel, key))) continue;
    const inForce = [];
    for (const state of node.states) {
      const s = lookup(state, key);
      if (s && !inForce.some((x) => x.winner === s.winner)) inForce.push({ winner: s.winner, state });
    }
    if (inForce.length === 0) continue;
    if (inForce.some((x) => x.winner.templated || sameSysctlValue(x.winner.value, liveValue.value))) continue;
    for (const x of inForce) report(key, x.winner, x.state, liveValue);
  }
}

// src/policy/evaluate.ts
function baseVars(node) {
  const c = node.context;
  return {
    kernel: c.kernel ? c.kernel.value.text : "unknown",
    kubernetesVersion: c.kubernetesVersion ? c.kubernetesVersion.value.text : "unknown",
    nodeRole: c.nodeRole.value,
    nodeRoleSource: c.nodeRole.source,
    nodePortRange: formatIntervals([c.nodePortRange.value]),
    nodePortRangeSource: c.nodePortRange.source,
    applier: c.appliers.join(" and "),
    node: node.label
  };
}
function evaluateNode(node, policies, opts, emit) {
  const seen = /* @__PURE__ */ new Set();
  const dedupEmit = (f) => {
    const id = `${f.ruleId}\0${f.location.file}\0${f.location.span.start}\0${f.key ?? ""}\0${f.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    emit(f);
  };
  for (const lp of policies) {
    const p = lp.policy;
    if (!(p.scope ?? ["node"]).includes(node.scope)) continue;
    if (!conditionHolds(p.appliesWhen, node)) continue;
    const check = p.check;
    if (isSettingCheck(check)) evaluateSettingCheck(p, check, node, opts, dedupEmit);
    else if (isSyntaxCheck(check)) evaluateSyntaxCheck(p, check, node, dedupEmit);
    else if (isFileCheck(check)) evaluateFileCheck(p, check, node, dedupEmit);
  }
}
function decide(p, node, vars, subject, env, appliers) {
  for (const c of p.cases ?? []) {
    if (!conditionHolds(c.when, node, appliers)) continue;
    if (c.value) {
      if (!subject || !env) continue;
      const r = evaluateAssertion(c.value, subject, env);
      if (!r.holds) continue;
      Object.assign(vars, r.vars);
    }
    if (c.severity === "off") return void 0;
    return { severity: c.severity ?? p.severity, message: renderMessage(c.message ?? p.message, vars) };
  }
  return { severity: p.severity, message: renderMessage(p.message, vars) };
}
function displayValue(s) {
  if (!s.parsed.ok) return s.raw;
  const v = s.parsed.value;
  switch (v.type) {
    case "string":
      return s.raw;
    case "integer":
      return String(v.value);
    case "integers":
      return v.value.join(" ");
    case "portRange":
      return v.value.partial ? `${v.value.lo} (only the low end: the high end stays ${v.value.hi} by default)` : `${v.value.lo} ${v.value.hi}`;
    case "portList":
      return formatIntervals(v.value);
  }
}
function selectors(check) {
  return Array.isArray(check.setting) ? check.setting : [check.setting];
}
function effectiveCandidates(node, sels) {
  const byWinner = /* @__PURE__ */ new Map();
  const add = (key, setting, state) => {
    const applier = state.applier === "live" ? void 0 : state.applier;
    const existing = byWinner.get(setting.winner);
    if (existing) {
      if (applier && !existing.appliers.includes(applier)) existing.appliers.push(applier);
      return;
    }
    byWinner.set(setting.winner, { key, setting, appliers: applier ? [applier] : [], state });
  };
  for (const state of node.states) {
    for (const sel of sels) {
      if (!isGlobKey(sel) && !sel.includes("**")) {
        const s = lookup(state, sel);
        if (s) add(sel, s, state);
        continue;
      }
      for (const [key, s] of state.effective) if (selectorMatches(sel, key)) add(key, s, state);
      for (const g of state.globs) if (selectorMatches(sel, g.key)) add(g.key, g, state);
    }
  }
  return [...byWinner.values()];
}
function settingFinding(p, key, a, outcome, related = []) {
  return { ruleId: p.id, severity: outcome.severity, message: outcome.message, location: { file: a.file, span: a.keySpan }, key, related };
}
function evaluateSettingCheck(p, check, node, opts, emit) {
  const sels = selectors(check);
  const valueType = check.valueType ?? "string";
  const target = check.target ?? "effective";
  const envFor = (state) => ({ node, state, lists: opts.lists });
  const judge = (key, a, state, appliers, extra, related = []) => {
    if (a.templated) return;
    const subject = makeSubject(key, a.value, valueType);
    const env = { ...envFor(state), assignment: a };
    const vars = { ...baseVars(node), key, value: displayValue(subject), file: a.file, ...extra };
    if (appliers) vars.applier = appliers.length ? appliers.join(" and ") : "the running kernel";
    if (check.violation) {
      const r = evaluateAssertion(check.violation, subject, env);
      if (!r.holds) return;
      Object.assign(vars, r.vars);
    }
    const outcome = decide(p, node, vars, subject, env, appliers);
    if (outcome) emit(settingFinding(p, key, a, outcome, related));
  };
  if (target === "effective") {
    for (const c of effectiveCandidates(node, sels)) judge(c.key, c.setting.winner, c.state, c.appliers, {});
    return;
  }
  if (node.provenance === "live") return;
  if (target === "drift") {
    evaluateDrift(
      node,
      sels,
      (key, winner, state, liveValue) => judge(key, winner, state, state.applier === "live" ? [] : [state.applier], { liveValue: normalizeLiveValue(liveValue.value), liveSource: node.live?.label ?? "live" }, [
        { location: { file: liveValue.file, span: liveValue.keySpan }, message: `the running kernel has ${normalizeLiveValue(liveValue.value)}` }
      ])
    );
    return;
  }
  if (target === "assignments") {
    const states = node.states;
    const seen = /* @__PURE__ */ new Set();
    for (const state of states) {
      const all = [...state.effective.values(), ...state.globs].flatMap((s) => [...s.overridden, s.winner]);
      for (const a of all) {
        if (seen.has(a) || !sels.some((sel) => selectorMatches(sel, a.key))) continue;
        seen.add(a);
        judge(a.key, a, state, void 0, {});
      }
    }
    return;
  }
  if (target === "overridden") {
    for (const c of effectiveCandidates(node, sels)) {
      const winner = c.setting.winner;
      const earlier = c.setting.overridden.filter((o) => o !== winner);
      if (earlier.length === 0) continue;
      const related = earlier.map((o) => ({
        location: { file: o.file, span: o.keySpan },
        message: o.value === winner.value ? `earlier assignment of the same value ${o.value}` : `overridden assignment: ${o.value}`
      }));
      judge(c.key, winner, c.state, c.appliers, { overriddenValues: earlier.map((o) => o.value).join(", ") }, related);
    }
    return;
  }
  const systemd = node.states.find((s) => s.applier === "systemd");
  const procps = node.states.find((s) => s.applier === "procps");
  if (!systemd || !procps) return;
  const keys = /* @__PURE__ */ new Set();
  for (const st of [systemd, procps]) for (const k of st.effective.keys()) if (sels.some((sel) => selectorMatches(sel, k))) keys.add(k);
  for (const key of keys) {
    const a = lookup(systemd, key);
    const b = lookup(procps, key);
    if (!a || !b) continue;
    const norm = (v) => v.trim().split(/\s+/).join(" ");
    if (norm(a.winner.value) === norm(b.winner.value)) continue;
    const related = [{ location: { file: a.winner.file, span: a.winner.keySpan }, message: `systemd-sysctl applies ${a.winner.value} from here` }];
    judge(key, b.winner, procps, ["procps"], { otherValue: a.winner.value, otherApplier: "systemd-sysctl" }, related);
  }
}
function evaluateSyntaxCheck(p, check, node, emit) {
  for (const f of node.files) {
    if (f.aliasOf) continue;
    let first = true;
    for (const issue of f.parsed.issues) {
      if (!check.syntax.includes(issue.code)) continue;
      if (check.oncePerFile && !first) break;
      first = false;
      const outcome = decide(p, node, { ...baseVars(node), text: issue.text, file: f.file });
      if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: { file: f.file, span: issue.span }, related: [] });
    }
  }
}
function fileAnchor(f) {
  const first = f.parsed.assignments[0];
  return { file: f.file, span: first ? first.keySpan : { start: 0, end: 0 } };
}
function evaluateFileCheck(p, check, node, emit) {
  const report = (f, vars, related = []) => {
    const outcome = decide(p, node, { ...baseVars(node), file: f.file, ...vars });
    if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: fileAnchor(f), related });
  };
  switch (check.file) {
    case "masked":
      for (const m of node.masked) report(m.file, { maskedBy: m.by.devNull ? `${m.by.file} (a link to /dev/null)` : m.by.file }, [{ location: fileAnchor(m.by), message: "the file that takes precedence" }]);
      return;
    case "not-dotconf":
      for (const f of node.files) if (f.ignoredName) report(f, {});
      return;
    case "sysctl-conf-ignored": {
      const conf = node.files.find((f) => f.dirRank === -1);
      if (!conf || conf.parsed.assignments.length === 0) return;
      const linked = node.files.some((f) => f.dirRank >= 0 && f.realFile === conf.realFile);
      if (!linked) report(conf, {});
      return;
    }
  }
}

// src/sources/registry.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/sources/sysctl-conf/handler.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path8 = __toESM(require("node:path"), 1);

// src/sources/sysctl-conf/parse.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var identity = (s) => s;
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 65279;
}
var TEMPLATE_EXPR = /\{\{|\}\}|\$\{|%\{/;
var TEMPLATE_DIRECTIVE = /^(\{%|%\{|\{\{-?\s*(if|else|end|range|with|define|template|block)\b)/;
var TEMPLATE_COMMENT = /^\{#.*#\}$/;
function parseSysctl(text, mapSpan = identity) {
  const out = { assignments: [], exclusions: [], issues: [] };
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    parseLine(text, lineStart, lineEnd, out, mapSpan);
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
function parseLine(text, from, to, out, mapSpan) {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  const first = text[s];
  if (first === "#" || first === ";") return;
  const line2 = text.slice(s, e);
  if (TEMPLATE_COMMENT.test(line2)) return;
  if (TEMPLATE_DIRECTIVE.test(line2)) {
    out.issues.push({ code: "template-directive", span: mapSpan({ start: s, end: e }), text: line2 });
    return;
  }
  const eq = text.indexOf("=", s);
  if (eq < 0 || eq >= e) {
    if (first === "-") {
      let ks2 = s + 1;
      while (ks2 < e && isSpace(text.charCodeAt(ks2))) ks2++;
      const rawKey2 = text.slice(ks2, e);
      out.exclusions.push({ pattern: canonicalKey(rawKey2), rawKey: rawKey2, keySpan: mapSpan({ start: ks2, end: e }) });
    } else {
      out.issues.push({ code: "not-assignment", span: mapSpan({ start: s, end: e }), text: line2 });
    }
    return;
  }
  let ks = s;
  let ignoreFailure = false;
  if (first === "-") {
    ignoreFailure = true;
    ks++;
    while (ks < eq && isSpace(text.charCodeAt(ks))) ks++;
  }
  let ke = eq;
  while (ke > ks && isSpace(text.charCodeAt(ke - 1))) ke--;
  let vs = eq + 1;
  while (vs < e && isSpace(text.charCodeAt(vs))) vs++;
  const rawKey = text.slice(ks, ke);
  if (ks >= ke) {
    out.issues.push({ code: "empty-key", span: mapSpan({ start: s, end: e }), text: line2 });
    return;
  }
  const value = text.slice(vs, e);
  const keySpan = mapSpan({ start: ks, end: ke });
  if (vs >= e) {
    out.issues.push({ code: "empty-value", span: keySpan, text: line2 });
  }
  out.assignments.push({
    key: canonicalKey(rawKey),
    rawKey,
    value,
    ignoreFailure,
    isGlob: isGlobKey(rawKey),
    templated: TEMPLATE_EXPR.test(line2),
    keySpan,
    valueSpan: mapSpan({ start: vs, end: Math.max(vs, e) }),
    lineSpan: mapSpan({ start: s, end: e })
  });
}

// src/sources/sysctl-conf/handler.ts
var SYSCTL_DIR = /(^|\/)sysctl\.d\/[^/]+$/;
var SYSCTL_CONF2 = /(^|\/)sysctl\.conf$/;
var SYSCTL_NAMED = /sysctl[^/]*\.conf(\.(j2|jinja2?|tpl|tmpl|erb|add|dist|example|sample))?$/i;
var EXPECTED_NON_CONFIG = /^README|\.(dpkg-[a-z]+|rpmnew|rpmsave|rpmorig|ucf-[a-z]+|bak|orig|swp)$|~$/;
var ASSIGNMENT_LINE = /^\s*-?\s*[A-Za-z][\w-]*[./][\w./*?[\]:@-]*\s*=/;
function looksLikeSysctl(text) {
  let assignments = 0;
  let other = 0;
  for (const raw of text.split("\n", 400)) {
    const line2 = raw.trim();
    if (!line2 || line2.startsWith("#") || line2.startsWith(";") || line2.startsWith("{%") || line2.startsWith("{#")) continue;
    if (ASSIGNMENT_LINE.test(line2)) assignments++;
    else other++;
  }
  return assignments > 0 && assignments >= other * 3;
}
var sysctlConfHandler = {
  kind: "sysctl-conf",
  claimsPath(display) {
    return SYSCTL_DIR.test(display) || SYSCTL_CONF2.test(display) || SYSCTL_NAMED.test(import_node_path8.default.posix.basename(display));
  },
  claimsContent(text) {
    return looksLikeSysctl(text);
  },
  extract(input) {
    const placement = placeFile(input.display);
    const inSysctlDir = placement.dirRank >= 0 && /\/sysctl\.d\//.test(placement.nodePath);
    return {
      nodeFiles: [
        {
          placement,
          file: {
            file: input.display,
            nodePath: placement.nodePath,
            name: placement.name,
            dirRank: placement.dirRank,
            devNull: input.devNull,
            parsed: parseSysctl(input.devNull ? "" : input.text),
            realFile: input.realFile,
            isSymlink: input.isSymlink,
            ignoredName: inSysctlDir && !placement.name.endsWith(".conf") && !EXPECTED_NON_CONFIG.test(placement.name)
          }
        }
      ]
    };
  }
};

// src/sources/registry.ts
var SOURCES = [sysctlConfHandler];
function handlerForPath(display) {
  return SOURCES.find((s) => s.claimsPath(display));
}
function handlerForContent(text, display) {
  return SOURCES.find((s) => s.claimsContent(text, display));
}

// src/live/node.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function liveNodeModel(obs, options) {
  const effective = /* @__PURE__ */ new Map();
  for (const [key, a] of obs.values) effective.set(key, { key, winner: a, overridden: [], viaGlob: false });
  const state = { applier: "live", effective, globs: [], exclusions: [], files: [], writes: [] };
  const context = buildContext(options, inferNodeRole([], [state]));
  context.appliers = [];
  if (!context.kernel && obs.kernel) context.kernel = obs.kernel;
  return {
    id: `live:${obs.label}`,
    label: `the running kernel (${obs.label})`,
    complete: false,
    files: [],
    masked: [],
    states: [state],
    runtime: [],
    modules: /* @__PURE__ */ new Set(),
    modulesKnown: false,
    context,
    scope: "node",
    provenance: "live"
  };
}
function attachLive(node, obs) {
  if (node.scope !== "node") return;
  node.live = { label: obs.label, values: obs.values };
  if (!node.context.kernel && obs.kernel) node.context.kernel = obs.kernel;
}

// src/live/observe.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs6 = __toESM(require("node:fs"), 1);
var import_node_path9 = __toESM(require("node:path"), 1);
var LIVE_SNAPSHOT_LINE_RULE = "sysctl-lint/live-snapshot-line";
function liveAssignment(key, value, file, keySpan, valueSpan, lineSpan) {
  return { key, rawKey: key, value, ignoreFailure: false, isGlob: false, templated: false, keySpan, valueSpan, lineSpan, file, scope: "node", phase: "runtime", via: "live value" };
}
function kernelFrom(values) {
  const a = values.get("kernel.osrelease");
  const v = a ? parseVersion(a.value) : void 0;
  return a && v ? { value: v, source: `kernel.osrelease of the running kernel (${a.file})`, location: { file: a.file, span: a.valueSpan } } : void 0;
}
function shownPath(abs, cwd) {
  const rel = import_node_path9.default.relative(cwd, abs);
  return rel.startsWith("..") || import_node_path9.default.isAbsolute(rel) ? abs.split(import_node_path9.default.sep).join("/") : displayPath(abs, cwd);
}
function readSnapshot(text, display) {
  const parsed = parseSysctl(text);
  const values = /* @__PURE__ */ new Map();
  for (const a of parsed.assignments) {
    const prev = values.get(a.key);
    if (prev) prev.value += "\n" + a.value;
    else values.set(a.key, liveAssignment(a.key, a.value, display, a.keySpan, a.valueSpan, a.lineSpan));
  }
  const findings = [];
  const bad = parsed.issues.filter((i) => i.code !== "empty-value");
  const first = bad[0];
  if (first) {
    const more = bad.length > 2 ? ` (and ${bad.length - 1} more such lines)` : bad.length === 2 ? " (and 1 more such line)" : "";
    findings.push({
      ruleId: LIVE_SNAPSHOT_LINE_RULE,
      severity: "info",
      message: `not a \`key = value\` line of sysctl -a output: "${first.text}"; skipped${more}`,
      location: { file: display, span: first.span },
      related: []
    });
  }
  if (values.size === 0) {
    findings.push({ ruleId: LIVE_SNAPSHOT_LINE_RULE, severity: "warning", message: "the snapshot holds no `key = value` line: capture it with `sysctl -a > FILE`", location: { file: display, span: { start: 0, end: 0 } }, related: [] });
  }
  return { label: display, values, kernel: kernelFrom(values), findings };
}
function readProcSys(procRoot, cwd) {
  const sysDir = import_node_path9.default.join(procRoot, "sys");
  const values = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  try {
    if (!import_node_fs6.default.statSync(sysDir).isDirectory()) throw new Error("not a directory");
  } catch (e) {
    return { label: shownPath(sysDir, cwd), values, texts, findings: [], error: `cannot read ${sysDir}: ${e.message}` };
  }
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = import_node_fs6.default.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const abs = import_node_path9.default.join(dir, e.name);
      const segs = [...rel, e.name];
      if (e.isDirectory()) {
        if (segs.join("/") !== "fs/binfmt_misc") walk(abs, segs);
        continue;
      }
      if (!e.isFile()) continue;
      let text;
      try {
        text = import_node_fs6.default.readFileSync(abs, "utf8");
      } catch {
        continue;
      }
      const value = text.replace(/\n$/, "");
      const display = shownPath(abs, cwd);
      const key = canonicalKey("/" + segs.join("/"));
      const span = { start: 0, end: value.length };
      values.set(key, liveAssignment(key, value, display, span, span, span));
      texts.set(display, text);
    }
  };
  walk(sysDir, []);
  return { label: shownPath(sysDir, cwd), values, texts, kernel: kernelFrom(values), findings: [] };
}
function observeLive(options, cwd) {
  if (options.liveSnapshot) {
    const abs = import_node_path9.default.resolve(cwd, options.liveSnapshot);
    const display = shownPath(abs, cwd);
    let text;
    try {
      text = import_node_fs6.default.readFileSync(abs, "utf8");
    } catch (e) {
      return { label: display, values: /* @__PURE__ */ new Map(), findings: [], texts: /* @__PURE__ */ new Map(), errors: [{ path: display, message: `cannot read the snapshot: ${e.message}` }] };
    }
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { ...readSnapshot(text, display), texts: /* @__PURE__ */ new Map(), errors: [] };
  }
  if (options.live) {
    const r = readProcSys(import_node_path9.default.resolve(cwd, options.procRoot ?? "/proc"), cwd);
    return { label: r.label, values: r.values, kernel: r.kernel, findings: r.findings, texts: r.texts, errors: r.error ? [{ path: r.label, message: r.error }] : [] };
  }
  return void 0;
}
function pinLiveTexts(live, findings, sources) {
  for (const f of findings) {
    for (const file of [f.location.file, ...f.related.map((r) => r.location.file)]) {
      const text = live.texts.get(file);
      if (text !== void 0 && !sources.has(file)) sources.pin(file, text);
    }
  }
}

// src/config/node-groups.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var NodeGroups = class {
  constructor(groups) {
    this.groups = groups;
  }
  groups;
  /** Names of the groups an input file (absolute path) belongs to, in config order. */
  groupsOf(abs) {
    return this.groups.filter((g) => g.files.matches(abs)).map((g) => g.name);
  }
};
function groupNodeId(name) {
  return `group:${name}`;
}
function mergeModules(found) {
  return { modules: new Set(found.flatMap((f) => [...f.modules])), sources: found.flatMap((f) => f.sources) };
}

// src/suppress/apply.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/suppress/directives.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var DIRECTIVE = /^([ \t]*)#[ \t]*sysctl-lint[ \t]+([A-Za-z][\w-]*)(.*)$/;
var KINDS = ["disable-next-line", "disable"];
var LOOKS_LIKE_DIRECTIVE = /^(disable|enable|ignore|suppress)/i;
var RULE_ID = /^(sysctl-lint\/)?[a-z0-9][a-z0-9-]*$/;
function isValidDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ start, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}
function isCodeLine(s) {
  const t = s.trim();
  return t !== "" && !t.startsWith("#");
}
function parseDirectives(text) {
  if (!text.includes("sysctl-lint")) return [];
  const lines = splitLines(text);
  const out = [];
  lines.forEach((ln, idx) => {
    const m = DIRECTIVE.exec(ln.text);
    if (!m) return;
    const kindWord = m[2];
    const hashAt = ln.start + m[1].length;
    const span = { start: hashAt, end: ln.start + ln.text.trimEnd().length };
    if (!KINDS.includes(kindWord)) {
      if (!LOOKS_LIKE_DIRECTIVE.test(kindWord)) return;
      const at = ln.text.indexOf(kindWord, m[1].length);
      out.push({ kind: "disable", span, line: idx + 1, rules: [], malformed: { message: `unknown directive "${kindWord}": use disable-next-line or disable`, span: { start: ln.start + at, end: ln.start + at + kindWord.length } } });
      return;
    }
    const kind = kindWord;
    const restStart = ln.start + ln.text.length - m[3].length;
    const rest = m[3];
    const sep = /(^|[ \t])--+([ \t]|$)/.exec(rest);
    const head = sep ? rest.slice(0, sep.index) : rest;
    const reasonText = sep ? rest.slice(sep.index + sep[0].length).trim() : void 0;
    const d = { kind, span, line: idx + 1, rules: [], reason: reasonText ? reasonText : void 0 };
    let prevEnd = 0;
    for (const tok of head.matchAll(/[^\s,]+/g)) {
      const word = tok[0];
      const at = tok.index ?? 0;
      const wspan = { start: restStart + at, end: restStart + at + word.length };
      const afterComma = head.slice(prevEnd, at).includes(",");
      prevEnd = at + word.length;
      if (word.startsWith("until=")) {
        const date = word.slice("until=".length);
        if (d.until) d.malformed ??= { message: "until= given twice", span: wspan };
        else if (!isValidDate(date)) d.malformed ??= { message: `until=${date} is not a date: write until=YYYY-MM-DD`, span: wspan };
        d.until = { date, span: wspan };
      } else if (word.includes("=")) {
        d.malformed ??= { message: `unknown option "${word}": the only option is until=YYYY-MM-DD`, span: wspan };
      } else if (!RULE_ID.test(word)) {
        d.malformed ??= { message: `"${word}" is not a rule id (rule ids are separated by commas; the reason follows " -- ")`, span: wspan };
      } else if (d.rules.length > 0 && !afterComma) {
        d.malformed ??= { message: `"${word}" follows the rule ids without a comma: separate rule ids with commas and put the reason after " -- "`, span: wspan };
      } else d.rules.push({ id: word, span: wspan });
    }
    if (!d.malformed && d.rules.length === 0) d.malformed = { message: `${kind} names no rule: list the rule ids it suppresses (sysctl-lint --list-rules)`, span };
    if (kind === "disable-next-line") {
      for (let j = idx + 1; j < lines.length; j++) {
        if (isCodeLine(lines[j].text)) {
          d.targetLine = j + 1;
          break;
        }
      }
      if (d.targetLine === void 0 && !d.malformed) d.malformed = { message: "disable-next-line has no line after it to apply to", span };
    }
    out.push(d);
  });
  return out;
}

// src/suppress/rules.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var SUPPRESSION_RULES = {
  invalid: "sysctl-lint/suppression-invalid",
  missingReason: "sysctl-lint/suppression-missing-reason",
  unknownRule: "sysctl-lint/suppression-unknown-rule",
  expired: "sysctl-lint/suppression-expired",
  unused: "sysctl-lint/suppression-unused"
};
var SUPPRESSION_RULE_IDS = Object.values(SUPPRESSION_RULES);

// src/suppress/apply.ts
var DirectiveIndex = class {
  byFile = /* @__PURE__ */ new Map();
  observe(file, text, realFile = file, isSymlink2 = false) {
    const directives = parseDirectives(text);
    if (directives.length === 0) return;
    this.byFile.set(file, { file, realFile, isSymlink: isSymlink2, directives, lines: new LineIndex(text) });
  }
  get(file) {
    return this.byFile.get(file);
  }
  files() {
    return [...this.byFile.values()];
  }
};
function localToday(now = /* @__PURE__ */ new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
function directiveText(d) {
  return `sysctl-lint ${d.kind} ${d.rules.map((r) => r.id).join(", ")}`;
}
function applySuppressions(findings, index, opts) {
  const directiveFindings = [];
  const files = index.files();
  const reportAt = /* @__PURE__ */ new Map();
  for (const fd of files) {
    const prev = reportAt.get(fd.realFile);
    if (prev === void 0 || !fd.isSymlink && index.get(prev)?.isSymlink) reportAt.set(fd.realFile, fd.file);
  }
  const reports = (fd) => reportAt.get(fd.realFile) === fd.file;
  const meta = (fd, ruleId, severity, span, message) => {
    if (reports(fd)) directiveFindings.push({ ruleId, severity, message, location: { file: fd.file, span }, related: [] });
  };
  const active = [];
  for (const fd of files) {
    for (const d of fd.directives) {
      if (d.malformed) {
        meta(fd, SUPPRESSION_RULES.invalid, "warning", d.malformed.span, `invalid suppression: ${d.malformed.message}; it suppresses nothing`);
        continue;
      }
      if (!d.reason) {
        meta(fd, SUPPRESSION_RULES.missingReason, "warning", d.span, `suppression without a reason: add " -- <why>" after the rule ids (${directiveText(d)} suppresses nothing until it says why)`);
        continue;
      }
      if (d.until && d.until.date < opts.today) {
        meta(fd, SUPPRESSION_RULES.expired, "warning", d.until.span, `suppression of ${d.rules.map((r) => r.id).join(", ")} expired on ${d.until.date} (reason given: ${d.reason}); the findings it hid are reported again`);
        continue;
      }
      for (const r of d.rules) {
        if (SUPPRESSION_RULE_IDS.includes(r.id)) {
          meta(fd, SUPPRESSION_RULES.invalid, "warning", r.span, `${r.id} cannot be suppressed by a directive: set its severity in .sysctl-lint.yaml (rules:)`);
          continue;
        }
        const canonical = opts.catalog.canonical(r.id);
        if (!canonical) {
          const near = opts.catalog.closest(r.id);
          meta(fd, SUPPRESSION_RULES.unknownRule, "warning", r.span, `unknown rule "${r.id}" in suppression${near.length ? `; did you mean ${near.join(", ")}?` : ""}`);
          continue;
        }
        active.push({ fd, directive: d, ruleId: canonical, span: r.span, used: false });
      }
    }
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const a of active) {
    const list = byFile.get(a.fd.file) ?? [];
    list.push(a);
    byFile.set(a.fd.file, list);
  }
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const candidates = byFile.get(f.location.file);
    const fd = candidates?.[0]?.fd;
    if (!candidates || !fd) {
      kept.push(f);
      continue;
    }
    const line2 = fd.lines.position(f.location.span.start).line;
    const matching = candidates.filter((a) => a.ruleId === f.ruleId && (a.directive.kind === "disable" || a.directive.targetLine === line2));
    if (matching.length === 0) {
      kept.push(f);
      continue;
    }
    for (const m of matching) m.used = true;
    const by = matching.find((m) => m.directive.kind === "disable-next-line") ?? matching[0];
    suppressed.push({
      finding: f,
      suppression: { kind: by.directive.kind, file: fd.file, span: by.directive.span, reason: by.directive.reason ?? "", ...by.directive.until ? { until: by.directive.until.date } : {} }
    });
  }
  const usedKeys = new Set(active.filter((a) => a.used).map((a) => `${a.fd.realFile}\0${a.span.start}`));
  for (const a of active) {
    if (a.used || usedKeys.has(`${a.fd.realFile}\0${a.span.start}`) || !reports(a.fd)) continue;
    if (!opts.isActive(a.ruleId, a.fd.file)) continue;
    const where = a.directive.kind === "disable" ? "in this file" : `on line ${a.directive.targetLine}`;
    meta(a.fd, SUPPRESSION_RULES.unused, "info", a.span, `unused suppression: no ${a.ruleId} finding ${where}; delete the directive`);
  }
  return { findings: kept, suppressed, directiveFindings };
}

// src/suppress/control.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/docs/rule-catalog.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/docs/engine-rules.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var SUPPRESSION_SYNTAX = "`# sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the next non-blank, non-comment line) or `# sysctl-lint disable <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the whole file)";
var ENGINE_RULE_DOCS = [
  {
    id: "sysctl-lint/unrecognized-file",
    title: "Files named on the command line are a kind sysctl-lint understands",
    severity: "info",
    appliesTo: "files named explicitly on the command line (walked directories only pick known files)",
    rationale: "A file named on the command line that is neither a sysctl.conf nor a sysctl.d drop-in (nor another source kind sysctl-lint reads) is skipped; saying so keeps a typo in a path or a CI glob from passing silently.",
    fix: "Name the right file, or drop it from the command line or the hook configuration."
  },
  {
    id: "sysctl-lint/unreadable-file",
    title: "Input files can be read",
    severity: "error",
    appliesTo: "every input file",
    rationale: "A file that cannot be read (permissions, a dangling link, an I/O error) cannot be checked, and the settings it holds are unknown.",
    fix: "Fix the permissions or the link, or exclude the file with `ignore:` in .sysctl-lint.yaml."
  },
  {
    id: SUPPRESSION_RULES.invalid,
    title: "Suppression directives are well-formed",
    severity: "warning",
    appliesTo: "comment lines starting with `# sysctl-lint` in any linted file",
    rationale: `A directive that cannot be read suppresses nothing, so the findings it was meant for come back. Recognised forms: ${SUPPRESSION_SYNTAX}. Expiry dates must be real calendar dates; directives cannot suppress the suppression rules themselves.`,
    fix: "Correct the directive; to silence a rule for many files use `rules:` or `overrides:` in .sysctl-lint.yaml."
  },
  {
    id: SUPPRESSION_RULES.missingReason,
    title: "Every suppression says why",
    severity: "warning",
    appliesTo: "suppression directives",
    rationale: "A suppression without a reason cannot be reviewed or revisited: nobody knows whether the finding was judged a false alarm, accepted as a risk or silenced to get a build through. Such a directive does not suppress.",
    fix: "Add ` -- <reason>` after the rule ids, for example `# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- kernel 4.9 appliance, removed with the 2025 image`."
  },
  {
    id: SUPPRESSION_RULES.unknownRule,
    title: "Suppressions name existing rules",
    severity: "warning",
    appliesTo: "suppression directives",
    rationale: "A misspelt rule id suppresses nothing while looking as if it did. The message suggests the closest ids.",
    fix: "Use an id from `sysctl-lint --list-rules` (aliases of renamed rules work too)."
  },
  {
    id: SUPPRESSION_RULES.expired,
    title: "Suppressions with an expiry date are revisited",
    severity: "warning",
    appliesTo: "suppression directives with `until=YYYY-MM-DD`",
    rationale: "A suppression with `until=` is a promise to fix the finding by that date. From the day after, it stops suppressing and this finding says so, next to the finding it no longer hides. The date is the local calendar date of the machine (SYSCTL_LINT_TODAY=YYYY-MM-DD overrides it for tests).",
    fix: "Fix the finding and delete the directive, or move the date with a new reason."
  },
  {
    id: SUPPRESSION_RULES.unused,
    title: "Suppressions still suppress something",
    severity: "info",
    appliesTo: "suppression directives",
    rationale: "A suppression that matches no finding (the setting was fixed, or the directive sits on the wrong line) should go, or it will hide a future problem on that line. Directives for rules that are off for the file in the configuration are not reported.",
    fix: "Delete the directive, or move it to the line just above the finding."
  },
  // --- live values (issue 4) ---
  {
    id: "sysctl-lint/live-snapshot-line",
    title: "A sysctl snapshot holds only `key = value` lines",
    severity: "info",
    appliesTo: "the file given to --live-snapshot (the output of `sysctl -a`)",
    rationale: "A `--live-snapshot` file is the output of `sysctl -a`: one `key = value` line per value (multi-line values repeat the key). Other lines, such as `sysctl: permission denied` messages captured with `2>&1` or a truncated last line, are skipped, so whatever they stood for is not checked. The finding is reported once per file, at the first such line, with the count of the others. A snapshot without any `key = value` line is a warning.",
    fix: "Capture the snapshot with `sysctl -a 2>/dev/null > FILE`."
  }
];
function engineRuleDoc(id) {
  return ENGINE_RULE_DOCS.find((d) => d.id === id);
}

// src/docs/suggest.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  const at = (i, j) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i][j] = v;
    }
  }
  return at(a.length, b.length);
}
function closestNames(input, names, max = 3) {
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const scored = [];
  for (const name of names) {
    if (needle.length >= 3 && name.includes(needle)) {
      scored.push({ name, score: 0.5 + (name.length - needle.length) / 1e3 });
      continue;
    }
    const words = name.split(/[-/]/);
    const typed = needle.split(/[-/]/).filter(Boolean);
    if (typed.length > 1 && typed.every((w) => words.includes(w))) {
      scored.push({ name, score: 0.75 + (words.length - typed.length) / 1e3 });
      continue;
    }
    const full = editDistance(needle, name);
    const start = name.length > needle.length ? editDistance(needle, name.slice(0, needle.length)) + 1 : Infinity;
    const dist = Math.min(full, start);
    if (dist <= limit) scored.push({ name, score: dist });
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : 1));
  return scored.slice(0, max).map((s) => s.name);
}

// src/docs/rule-catalog.ts
function buildRuleCatalog(policies) {
  const byName = /* @__PURE__ */ new Map();
  const ids = [];
  for (const { policy } of policies) {
    ids.push(policy.id);
    byName.set(policy.id, policy.id);
  }
  for (const { policy } of policies) for (const a of policy.aliases ?? []) if (!byName.has(a)) byName.set(a, policy.id);
  for (const d of ENGINE_RULE_DOCS) {
    ids.push(d.id);
    byName.set(d.id, d.id);
  }
  const names = [...byName.keys()];
  const suggestions = /* @__PURE__ */ new Map();
  return {
    ids,
    canonical: (id) => byName.get(id),
    closest: (id) => {
      let s = suggestions.get(id);
      if (!s) suggestions.set(id, s = closestNames(id, names));
      return s;
    }
  };
}

// src/suppress/control.ts
function findingKey(f) {
  return `${f.ruleId}\0${f.severity}\0${f.location.file}\0${f.location.span.start}\0${f.location.span.end}\0${f.key ?? ""}\0${f.message}`;
}
function controlFindings(findings, opts) {
  const graded = opts.rules ? opts.rules.apply(findings) : findings;
  const policyIds = new Set(opts.policies.map((p) => p.policy.id));
  const result = applySuppressions(graded, opts.directives, {
    catalog: buildRuleCatalog(opts.policies),
    today: opts.today ?? localToday(),
    isActive: (id, file) => (!policyIds.has(id) || !opts.ruleFilter || opts.ruleFilter(id)) && opts.rules?.levelFor(id, file) !== "off"
  });
  const meta = opts.rules ? opts.rules.apply(result.directiveFindings) : result.directiveFindings;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of [...result.findings, ...meta]) {
    const k = findingKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  out.sort(compareFindings);
  const seenSuppressed = /* @__PURE__ */ new Set();
  const suppressed = result.suppressed.filter((s) => {
    const k = findingKey(s.finding);
    if (seenSuppressed.has(k)) return false;
    seenSuppressed.add(k);
    return true;
  });
  return { findings: out, suppressed };
}

// src/lint.ts
var ENGINE_RULES = {
  unrecognizedFile: "sysctl-lint/unrecognized-file",
  unreadableFile: "sysctl-lint/unreadable-file",
  // --- live values (issue 4) ---
  liveSnapshotLine: LIVE_SNAPSHOT_LINE_RULE
};
function realPath(abs) {
  try {
    return import_node_fs7.default.realpathSync(abs);
  } catch {
    return abs;
  }
}
function loadPolicies(options) {
  const cat = builtinCatalogue();
  const policies = [...cat.policies];
  const problems = [...cat.problems];
  for (const dir of options.policyDirs ?? []) {
    const abs = import_node_path10.default.resolve(options.cwd, dir);
    const r = loadPolicyDir(abs, (f) => displayPath(f, options.cwd));
    problems.push(...r.problems);
    for (const p of r.items) {
      if (policies.some((q2) => q2.policy.id === p.policy.id)) {
        problems.push({ file: p.source, text: "", span: { start: 0, end: 0 }, message: `policy id "${p.policy.id}" is already defined` });
      } else policies.push(p);
    }
  }
  return { policies, lists: cat.lists, problems };
}
var Timer = class {
  timings = {};
  time(phase, fn) {
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + performance.now() - t;
    }
  }
};
function lint(options) {
  const t0 = performance.now();
  const timer = new Timer();
  const { policies: allPolicies, lists, problems } = timer.time("policies", () => loadPolicies(options));
  const policies = options.ruleFilter ? allPolicies.filter((p) => options.ruleFilter?.(p.policy.id)) : allPolicies;
  const findings = [];
  const sources = new SourceStore(options.cwd);
  const inputErrors = [];
  const grouped = /* @__PURE__ */ new Map();
  const standalone = [];
  let considered = 0;
  let linted = 0;
  const group = (p, complete) => {
    let n = grouped.get(p.nodeId);
    if (!n) {
      n = { id: p.nodeId, label: p.root ?? p.nodeId.replace(/^dir:/, ""), root: p.root, rootAbs: p.root ? import_node_path10.default.resolve(options.cwd, p.root) : void 0, complete, files: [] };
      grouped.set(p.nodeId, n);
    }
    return n;
  };
  const directives = new DirectiveIndex();
  const joinGroup = (name, p) => {
    const id = groupNodeId(name);
    let n = grouped.get(id);
    if (!n) {
      n = { id, label: name, complete: false, files: [], moduleRoots: /* @__PURE__ */ new Set() };
      grouped.set(id, n);
    }
    if (p.root) n.moduleRoots?.add(import_node_path10.default.resolve(options.cwd, p.root));
    return n;
  };
  const engineFinding = (ruleId, severity, file, message) => findings.push({ ruleId, severity, message, location: { file, span: { start: 0, end: 0 } }, related: [] });
  const process2 = (f, forced) => {
    considered++;
    let readFrom = f.abs;
    if (f.isSymlink) {
      const root = forced?.placement.root ?? placeFile(f.display).root;
      const link = resolveInRoot(f.abs, root ? import_node_path10.default.resolve(options.cwd, root) : void 0);
      readFrom = link.path;
      f = { ...f, devNull: f.devNull || link.devNull };
    }
    let text = "";
    if (!f.devNull) {
      try {
        text = timer.time("read", () => readSourceText(readFrom));
      } catch (e) {
        engineFinding(ENGINE_RULES.unreadableFile, "error", f.display, `cannot read file: ${e.message}`);
        sources.pin(f.display, "");
        return;
      }
    }
    const handler = forced?.handler ?? (f.claimedByPath ? handlerForPath(f.display) : void 0) ?? handlerForContent(text, f.display);
    if (!handler) {
      engineFinding(ENGINE_RULES.unrecognizedFile, "info", f.display, "not a kind of file sysctl-lint understands (sysctl.conf or a sysctl.d drop-in); skipped");
      return;
    }
    linted++;
    directives.observe(f.display, text, f.devNull ? f.display : realPath(readFrom), f.isSymlink);
    const ex = timer.time("parse", () => handler.extract({ abs: f.abs, display: f.display, text, explicit: f.explicit, devNull: f.devNull, isSymlink: f.isSymlink, realFile: f.devNull ? `/dev/null:${f.abs}` : realPath(readFrom) }));
    for (const nf of ex.nodeFiles ?? []) {
      const placement = forced?.placement ?? nf.placement;
      const file = forced ? { ...nf.file, nodePath: placement.nodePath, name: placement.name, dirRank: placement.dirRank } : nf.file;
      const groups = forced ? [] : options.nodeGroups?.groupsOf(f.abs) ?? [];
      if (groups.length === 0) group(placement, !!forced).files.push(file);
      for (const g of groups) joinGroup(g, placement).files.push({ ...file });
    }
    standalone.push(...ex.nodes ?? []);
    findings.push(...ex.findings ?? []);
  };
  timer.time("discover", () => {
    if (options.root) {
      const rootAbs = import_node_path10.default.resolve(options.cwd, options.root);
      const rootDisplay = displayPath(rootAbs, options.cwd);
      group({ nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: "", name: "", dirRank: 0 }, true);
      const d = discover([rootAbs], options.cwd, {
        claimPath: (display) => !!placeUnderRoot(import_node_path10.default.relative(rootAbs, import_node_path10.default.resolve(options.cwd, display)), rootDisplay),
        walkFilter: (display, isDir) => {
          const inside = import_node_path10.default.relative(rootAbs, import_node_path10.default.resolve(options.cwd, display)).split(import_node_path10.default.sep).join("/");
          if (options.inputFilter && !options.inputFilter.walk(import_node_path10.default.resolve(options.cwd, display), isDir)) return false;
          return inside === "" || /^(etc|run|usr|lib)(\/|$)/.test(inside);
        }
      });
      inputErrors.push(...d.errors);
      const sysctl = SOURCES.find((s) => s.kind === "sysctl-conf");
      for (const f of d.files) {
        const placement = placeUnderRoot(import_node_path10.default.relative(rootAbs, f.abs), rootDisplay);
        if (placement) process2(f, { handler: sysctl, placement });
      }
    }
    if (options.paths.length) {
      const filter = options.inputFilter;
      const d = discover(options.paths, options.cwd, { claimPath: (display) => !!handlerForPath(display), walkFilter: filter && ((display, isDir) => filter.walk(import_node_path10.default.resolve(options.cwd, display), isDir)) });
      inputErrors.push(...d.errors);
      for (const f of d.files) if (!f.explicit || !filter || filter.named(f.abs)) process2(f);
    }
  });
  const emit = (f) => findings.push(f);
  const specs = [...grouped.values()].map((n) => {
    const modules = n.rootAbs ? readBootModules(n.rootAbs) : n.moduleRoots?.size ? mergeModules([...n.moduleRoots].map(readBootModules)) : void 0;
    return { id: n.id, label: n.label, root: n.root, complete: n.complete, files: n.files, modules: modules?.modules, modulesKnown: !!modules && modules.sources.length > 0 };
  });
  const live = options.live || options.liveSnapshot ? timer.time("live", () => observeLive(options, options.cwd)) : void 0;
  if (live) {
    findings.push(...live.findings);
    inputErrors.push(...live.errors);
  }
  timer.time("evaluate", () => {
    const nodes = [...specs, ...standalone].map((spec) => buildNode(spec, options));
    if (live) {
      for (const n of nodes) attachLive(n, live);
      if (live.values.size) nodes.push(liveNodeModel(live, options));
    }
    for (const node of nodes) evaluateNode(node, policies, { lists }, emit);
  });
  if (live) pinLiveTexts(live, findings, sources);
  findings.sort(compareFindings);
  const controlled = timer.time("suppress", () => controlFindings(findings, { policies: allPolicies, directives, rules: options.ruleSettings, ruleFilter: options.ruleFilter, today: options.today }));
  const timings = { ...timer.timings, total: performance.now() - t0 };
  return { findings: controlled.findings, suppressed: controlled.suppressed, sources, policies, problems, inputErrors, stats: { filesConsidered: considered, filesLinted: linted, nodes: specs.length + standalone.length + (live?.values.size ? 1 : 0), timings } };
}

// src/reporters/colors.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
function palette(enabled) {
  if (!enabled) {
    const id = (s) => s;
    return { red: id, yellow: id, blue: id, dim: id, bold: id, underline: id };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}
function colorWanted(stream, env, flag) {
  if (flag !== void 0) return flag;
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return !!stream.isTTY && env.TERM !== "dumb";
}

// src/reporters/index.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/reporters/json.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/reporters/context.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var PositionResolver = class {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  indexes = /* @__PURE__ */ new Map();
  index(file) {
    let idx = this.indexes.get(file);
    if (!idx) {
      idx = new LineIndex(this.sources.get(file));
      this.indexes.set(file, idx);
    }
    return idx;
  }
  resolve(loc) {
    const idx = this.index(loc.file);
    const start = idx.position(loc.span.start);
    const end2 = idx.position(Math.max(loc.span.end, loc.span.start));
    return { start, end: end2 };
  }
  lineText(file, line2) {
    const text = this.sources.get(file);
    const idx = this.index(file);
    const from = idx.lineStart(line2);
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    return text.slice(from, to).replace(/\r$/, "");
  }
};

// src/reporters/json.ts
function reportJson(ctx) {
  const pos = new PositionResolver(ctx.result.sources);
  const toResult = (f) => {
    const r = pos.resolve(f.location);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.location.file,
      line: r.start.line,
      column: r.start.column,
      endLine: r.end.line,
      endColumn: r.end.column,
      ...f.key !== void 0 ? { key: f.key } : {},
      related: f.related.map((rel) => {
        const rr = pos.resolve(rel.location);
        return { file: rel.location.file, line: rr.start.line, column: rr.start.column, message: rel.message };
      })
    };
  };
  const results = ctx.result.findings.map(toResult);
  const suppressed = ctx.result.suppressed ?? [];
  const suppressedResults = suppressed.map((s) => {
    const at = pos.resolve({ file: s.suppression.file, span: s.suppression.span });
    const { kind, file, reason, until } = s.suppression;
    return { ...toResult(s.finding), suppression: { kind, file, line: at.start.line, column: at.start.column, reason, ...until ? { until } : {} } };
  });
  return JSON.stringify({ version: 1, results, suppressed: suppressed.length, suppressedResults }, null, 2) + "\n";
}

// src/reporters/text.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function sevLabel(s, c) {
  return s === "error" ? c.red("error") : s === "warning" ? c.yellow("warning") : c.blue("info");
}
function frame(pos, f, c) {
  const r = pos.resolve(f.location);
  const lineText = pos.lineText(f.location.file, r.start.line);
  const gutter = String(r.start.line);
  const pad = " ".repeat(gutter.length);
  const endCol = r.end.line === r.start.line ? r.end.column : lineText.length + 1;
  const width = Math.max(1, endCol - r.start.column);
  const lead = lineText.slice(0, r.start.column - 1).replace(/[^\t]/g, " ");
  return [`  ${c.dim(gutter + " |")} ${lineText}`, `  ${c.dim(pad + " |")} ${lead}${c.red("^".repeat(width))}`];
}
function reportText(ctx) {
  const c = palette(ctx.color);
  const pos = new PositionResolver(ctx.result.sources);
  const out = [];
  let current;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of ctx.result.findings) {
    counts[f.severity]++;
    if (f.location.file !== current) {
      if (current !== void 0) out.push("");
      out.push(c.underline(f.location.file));
      current = f.location.file;
    }
    const r = pos.resolve(f.location);
    out.push(`${f.location.file}:${r.start.line}:${r.start.column} ${sevLabel(f.severity, c)} ${f.message} ${c.dim(f.ruleId)}`);
    if (ctx.codeFrame) out.push(...frame(pos, f, c));
    for (const rel of f.related) {
      const rr = pos.resolve(rel.location);
      out.push(`  ${c.dim("note:")} ${rel.location.file}:${rr.start.line}:${rr.start.column} ${rel.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const suppressed = ctx.result.suppressed?.length ?? 0;
  const hidden = suppressed ? `, ${suppressed} suppressed` : "";
  if (total === 0) return suppressed ? `${c.dim(`0 problems${hidden} (--format json lists them with their reasons)`)}
` : "";
  const plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  out.push("", c.bold(`${plural2(total, "problem")} (${plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${counts.info} info)${hidden}`));
  return out.join("\n") + "\n";
}

// src/reporters/sarif.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/reporters/repo-paths.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs8 = __toESM(require("node:fs"), 1);
var import_node_path11 = __toESM(require("node:path"), 1);
var import_node_url2 = require("node:url");
function findSourceRoot(cwd, env = {}) {
  const abs = import_node_path11.default.resolve(cwd);
  const ws = env.GITHUB_WORKSPACE ? import_node_path11.default.resolve(env.GITHUB_WORKSPACE) : void 0;
  if (ws && isInside(abs, ws)) return ws;
  for (let dir = abs; ; dir = import_node_path11.default.dirname(dir)) {
    if (import_node_fs8.default.existsSync(import_node_path11.default.join(dir, ".git"))) return dir;
    if (import_node_path11.default.dirname(dir) === dir) return abs;
  }
}
function isInside(file, dir) {
  const rel = import_node_path11.default.relative(dir, file);
  return rel === "" || !rel.startsWith("..") && !import_node_path11.default.isAbsolute(rel);
}
function realOrSelf(p) {
  try {
    return import_node_fs8.default.realpathSync(p);
  } catch {
    return p;
  }
}
var RepoPaths = class {
  constructor(cwd, root) {
    this.cwd = cwd;
    this.root = root;
    this.realRoot = realOrSelf(root);
  }
  cwd;
  root;
  cache = /* @__PURE__ */ new Map();
  realRoot;
  /** Resolves a finding's path (relative to the working directory, or absolute). */
  resolve(file) {
    let r = this.cache.get(file);
    if (!r) {
      const absolute = import_node_path11.default.resolve(this.cwd, file);
      const real = realOrSelf(absolute);
      const base = isInside(real, this.realRoot) ? import_node_path11.default.relative(this.realRoot, real) : isInside(absolute, this.root) ? import_node_path11.default.relative(this.root, absolute) : void 0;
      r = { absolute, relative: base === void 0 ? void 0 : base.split(import_node_path11.default.sep).join("/") };
      this.cache.set(file, r);
    }
    return r;
  }
  /** A URI reference for SARIF `artifactLocation.uri` (relative to %SRCROOT% when possible). */
  uri(file) {
    const r = this.resolve(file);
    if (r.relative !== void 0 && r.relative !== "") return { uri: encodeRelativeUri(r.relative), uriBaseId: "%SRCROOT%" };
    return { uri: (0, import_node_url2.pathToFileURL)(r.absolute).href };
  }
  /** The path to show to GitHub (annotations, summary links): repository-relative if possible. */
  display(file) {
    const r = this.resolve(file);
    return r.relative || file;
  }
};
function encodeRelativeUri(p) {
  return encodeURI(p).replace(/[?#:]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function rootUri(root) {
  const href = (0, import_node_url2.pathToFileURL)(root).href;
  return href.endsWith("/") ? href : href + "/";
}

// src/reporters/rule-docs.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function policyRuleDoc(lp) {
  const p = lp.policy;
  return { id: p.id, title: p.title, severity: p.severity, rationale: p.rationale, fix: p.fix, tags: p.tags ?? [], references: p.references ?? [], precision: "high" };
}
function engineRuleDoc2(id) {
  const d = engineRuleDoc(id);
  if (d) return { id, title: d.title, severity: d.severity, rationale: d.rationale, fix: d.fix, tags: ["engine"], references: [], precision: "very-high" };
  return { id, title: id, severity: "warning", rationale: `Findings of ${id}.`, fix: "See the finding message.", tags: [], references: [], precision: "medium" };
}
function collectRuleDocs(policies, findingRuleIds) {
  const docs = /* @__PURE__ */ new Map();
  for (const lp of policies) docs.set(lp.policy.id, policyRuleDoc(lp));
  for (const d of ENGINE_RULE_DOCS) docs.set(d.id, engineRuleDoc2(d.id));
  for (const id of [...findingRuleIds].sort()) if (!docs.has(id)) docs.set(id, engineRuleDoc2(id));
  return [...docs.values()];
}
function firstParagraph(markdown) {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? "";
  return para.replace(/\s*\n\s*/g, " ").trim();
}
function truncateText(s, max) {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "") + "\u2026";
}

// src/reporters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_AUTOMATION_ID = "sysctl-lint/";
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 20;
function sarifLevel(s) {
  return s === "info" ? "note" : s;
}
function problemSeverity(s) {
  return s === "info" ? "recommendation" : s;
}
function pascalCase(id) {
  const last = id.split("/").pop() ?? id;
  return last.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function helpText(doc) {
  const parts = [doc.title, doc.rationale.trim(), `Fix: ${doc.fix.trim()}`];
  if (doc.references.length) parts.push(["References:", ...doc.references.map((r) => `- ${r.title}: ${r.url}`)].join("\n"));
  return parts.join("\n\n");
}
function helpMarkdown(doc) {
  const parts = [`**${doc.title}**`, doc.rationale.trim(), `### Fix

${doc.fix.trim()}`];
  if (doc.references.length) parts.push(["### References", "", ...doc.references.map((r) => `- [${r.title.replace(/[[\]]/g, "\\$&")}](${r.url})`)].join("\n"));
  return parts.join("\n\n");
}
function ruleDescriptor(doc) {
  const full = firstParagraph(doc.rationale) || doc.title;
  return {
    id: doc.id,
    name: pascalCase(doc.id),
    shortDescription: { text: truncateText(doc.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncateText(full, MAX_DESCRIPTION) },
    help: { text: helpText(doc), markdown: helpMarkdown(doc) },
    defaultConfiguration: { level: sarifLevel(doc.severity) },
    properties: { tags: doc.tags.slice(0, MAX_TAGS), precision: doc.precision, "problem.severity": problemSeverity(doc.severity) }
  };
}
function reportSarif(ctx) {
  return JSON.stringify(buildSarif(ctx), null, 2) + "\n";
}
function buildSarif(ctx) {
  const { result } = ctx;
  const pos = new PositionResolver(result.sources);
  const root = ctx.sourceRoot ?? findSourceRoot(ctx.cwd);
  const paths = new RepoPaths(ctx.cwd, root);
  const docs = collectRuleDocs(result.policies, result.findings.map((f) => f.ruleId));
  const ruleIndex = new Map(docs.map((d, i) => [d.id, i]));
  const region = (loc) => {
    const r = pos.resolve(loc);
    if (loc.span.end <= loc.span.start) return { startLine: r.start.line, startColumn: r.start.column };
    return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
  };
  const physical = (loc) => ({ artifactLocation: paths.uri(loc.file), region: region(loc) });
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    ...f.related.length ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, physicalLocation: physical(rel.location), message: { text: rel.message } })) } : {},
    ...f.key !== void 0 ? { properties: { key: f.key } } : {}
  }));
  const notifications = [
    ...result.problems.map((p) => {
      const at = p.text ? new LineIndex(p.text).position(p.span.start) : void 0;
      return {
        level: "error",
        message: { text: `invalid policy: ${p.message}` },
        locations: [{ physicalLocation: { artifactLocation: paths.uri(p.file), ...at ? { region: { startLine: at.line, startColumn: at.column } } : {} } }]
      };
    }),
    ...result.inputErrors.map((e) => ({ level: "error", message: { text: `${e.path}: ${e.message}` } }))
  ];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "sysctl-lint",
            semanticVersion: ctx.toolVersion,
            version: ctx.toolVersion,
            rules: docs.map(ruleDescriptor)
          }
        },
        automationDetails: { id: SARIF_AUTOMATION_ID },
        originalUriBaseIds: { "%SRCROOT%": { uri: rootUri(root) } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...notifications.length ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        results
      }
    ]
  };
}

// src/reporters/github.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/reporters/workflow-commands.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "" && v !== 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command}${props.length ? " " + props.join(",") : ""}::${escapeData(message)}`;
}
function annotationCommand(level, message, p = {}) {
  return workflowCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message);
}

// src/reporters/github.ts
var DEFAULT_ANNOTATION_LIMIT = 10;
var DEFAULT_SUMMARY_BUDGET = 900 * 1024;
var ANNOTATION_LEVEL = { error: "error", warning: "warning", info: "notice" };
var SEVERITIES = ["error", "warning", "info"];
function bySeverity(findings) {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}
function countBy(findings) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function describeCounts(c) {
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`;
}
function annotationQuota(counts, limit) {
  const n = Math.max(0, limit);
  const overflow = SEVERITIES.some((s) => counts[s] > n);
  const infoSlots = overflow ? Math.max(0, n - 1) : n;
  return { error: Math.min(counts.error, n), warning: Math.min(counts.warning, n), info: Math.min(counts.info, infoSlots) };
}
function reportGithub(ctx) {
  const pos = new PositionResolver(ctx.result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const findings = bySeverity(ctx.result.findings);
  const counts = countBy(findings);
  const quota = annotationQuota(counts, ctx.github?.annotationLimit ?? DEFAULT_ANNOTATION_LIMIT);
  const used = { error: 0, warning: 0, info: 0 };
  const lines = [];
  const rest = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (used[f.severity] >= quota[f.severity]) {
      rest[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const r = pos.resolve(f.location);
    const oneLine = r.start.line === r.end.line && f.location.span.end > f.location.span.start;
    const notes = f.related.map((rel) => {
      const rr = pos.resolve(rel.location);
      return `${rel.message} (${paths.display(rel.location.file)}:${rr.start.line}:${rr.start.column})`;
    });
    lines.push(
      annotationCommand(ANNOTATION_LEVEL[f.severity], [f.message, ...notes].join("\n"), {
        title: f.ruleId,
        file: paths.display(f.location.file),
        startLine: r.start.line,
        endLine: r.end.line,
        // GitHub rejects columns on an annotation that spans several lines.
        startColumn: oneLine ? r.start.column : void 0,
        endColumn: oneLine ? r.end.column : void 0
      })
    );
  }
  const hidden = rest.error + rest.warning + rest.info;
  if (hidden > 0) {
    lines.push(
      annotationCommand(
        "notice",
        `${plural(hidden, "more finding")} (${describeCounts(rest)}) not shown as annotations: at most ${ctx.github?.annotationLimit ?? DEFAULT_ANNOTATION_LIMIT} are printed per severity (GitHub shows 10 per severity in a step). The job summary lists them all.`,
        { title: "sysctl-lint" }
      )
    );
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function lineAnchor(r) {
  return r.end.line > r.start.line ? `#L${r.start.line}-L${r.end.line}` : `#L${r.start.line}`;
}
function renderJobSummary(ctx) {
  const { result } = ctx;
  const budget = ctx.github?.summaryBudget ?? DEFAULT_SUMMARY_BUDGET;
  const pos = new PositionResolver(result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const gh = ctx.github;
  const blobBase = gh?.serverUrl && gh.repository && gh.sha ? `${gh.serverUrl.replace(/\/$/, "")}/${gh.repository}/blob/${gh.sha}/` : void 0;
  const findings = bySeverity(result.findings);
  const counts = countBy(findings);
  const total = findings.length;
  const files = new Set(findings.map((f) => f.location.file)).size;
  const out = ["## sysctl-lint", ""];
  if (total === 0) out.push(`No problems found (${plural(result.stats.filesLinted, "file")} checked).`, "");
  else out.push(`**${plural(total, "problem")}** (${describeCounts(counts)}) in ${plural(files, "file")}; ${plural(result.stats.filesLinted, "file")} checked.`, "");
  const trouble = [...result.problems.map((p) => `invalid policy ${p.file}: ${p.message}`), ...result.inputErrors.map((e) => `${e.path}: ${e.message}`)];
  if (trouble.length) {
    out.push(`**${plural(trouble.length, "configuration or input error")}** (exit code 2): not everything was checked.`, "");
    for (const t of trouble) out.push(`- ${cell(t)}`);
    out.push("");
  }
  if (total > 0) {
    const titles = new Map(collectRuleDocs(result.policies, findings.map((f) => f.ruleId)).map((d) => [d.id, d.title]));
    const perRule = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      perRule.set(f.ruleId, c);
    }
    const ruleRows = [...perRule.entries()].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : 1));
    out.push("| Rule | Errors | Warnings | Info |", "| :--- | ---: | ---: | ---: |");
    for (const [id, c] of ruleRows) out.push(`| \`${id}\` ${cell(titles.get(id) ?? "")} | ${c.error} | ${c.warning} | ${c.info} |`);
    out.push(`| **Total** | ${counts.error} | ${counts.warning} | ${counts.info} |`, "");
    out.push("### Findings", "", "| Severity | Location | Rule | Message |", "| :--- | :--- | :--- | :--- |");
    let text = out.join("\n") + "\n";
    let size = Buffer.byteLength(text);
    const footerReserve = 256;
    let listed = 0;
    for (const f of findings) {
      const r = pos.resolve(f.location);
      const shown = paths.display(f.location.file);
      const label = cell(`${shown}:${r.start.line}:${r.start.column}`).replace(/[[\]]/g, "\\$&");
      const rel = paths.resolve(f.location.file).relative;
      const where = blobBase && rel ? `[${label}](${blobBase}${encodeRelativeUri(rel)}${lineAnchor(r)})` : label;
      const notes = f.related.map((x) => {
        const rr = pos.resolve(x.location);
        return `
${x.message} (${paths.display(x.location.file)}:${rr.start.line}:${rr.start.column})`;
      });
      const row = `| ${f.severity} | ${where} | \`${f.ruleId}\` | ${cell(f.message + notes.join(""))} |
`;
      const rowSize = Buffer.byteLength(row);
      if (size + rowSize + footerReserve > budget) break;
      text += row;
      size += rowSize;
      listed++;
    }
    if (listed < total) text += `
_${plural(total - listed, "more finding")} not listed to keep this summary within GitHub's size limit: see the SARIF or JSON report._
`;
    return text;
  }
  return out.join("\n") + "\n";
}

// src/reporters/index.ts
var REPORTERS = {
  text: reportText,
  json: reportJson,
  sarif: reportSarif,
  github: reportGithub
};

// src/cli/args.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_util = require("node:util");
var UsageError = class extends Error {
};
var HELP = `Usage: sysctl-lint [options] [path ...]

Lints Linux sysctl configuration (sysctl.conf, sysctl.d drop-ins) with declarative policies
and reports findings at the exact line and column of each key.

Paths are files or directories (walked for sysctl.conf and sysctl.d files).

Output:
  -f, --format <name>          text (default), json, sarif (GitHub code scanning) or github (annotations + job summary)
  -o, --output-file <file>     write the report to a file instead of stdout
      --code-frame             show the offending line under each finding (text)
      --color, --no-color      force colour on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -q, --quiet                  report errors only
      --max-annotations <n>    --format github: annotations per severity before a summary notice (default: 10)

Exit status:
      --fail-level <level>     error | warning | info | none: lowest severity that fails the run (default: warning)
      --max-warnings <n>       also fail when there are more than n warnings (default: -1, no limit)

Context (unknown context never silences a finding that is dangerous on current systems):
      --kernel <X.Y[.Z]>       kernel version of the node
      --kubernetes-version <X.Y>
      --node-role <role>       kubernetes | generic (default: inferred, else unknown)
      --node-port-range <A-B>  NodePort range of the cluster (default: 30000-32767)
      --applier <name>         systemd | procps | both (default: both)

Inputs:
      --root <dir>             lint <dir> as a complete root filesystem (a mounted image)
      --policies <dir>         load extra policies from <dir> (repeatable)
      --live                   also lint the running kernel's values (/proc/sys) and report drift from the files
      --proc-root <dir>        where proc is mounted for --live (default: /proc)
      --live-snapshot <file>   lint the output of \`sysctl -a\` saved in <file> as the node's live values

Configuration (flags win over the config file, the config file over defaults):
  -c, --config <file>          use this config file (default: .sysctl-lint.yaml or .sysctl-lint.yml in the
                               working directory or a parent, up to the repository root)
      --no-config              ignore config files
      --print-config           print the resolved configuration and where each value comes from

Rules:
      --list-rules             list every rule with its default severity and the context it needs
                               (--format text, json or markdown)
  sysctl-lint explain <rule>   rationale, fix, references and a tested example of a rule

Suppress a finding with a reason on the line above it (or for a whole file, with disable):
  # sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>

  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage, configuration or internal error.
`;
function oneOf(name, value, allowed) {
  if (value === void 0) return void 0;
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value;
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        root: { type: "string" },
        policies: { type: "string", multiple: true },
        kernel: { type: "string" },
        "kubernetes-version": { type: "string" },
        "node-role": { type: "string" },
        "node-port-range": { type: "string" },
        applier: { type: "string" },
        "fail-level": { type: "string" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "code-frame": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        // --- delivery and live values (issue 4) ---
        live: { type: "boolean" },
        "proc-root": { type: "string" },
        "live-snapshot": { type: "string" },
        "max-annotations": { type: "string" },
        // user control (issue 5)
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        "print-config": { type: "boolean" },
        "list-rules": { type: "boolean" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const v = parsed.values;
  const format = v.format ?? "text";
  if (!REPORTERS[format] && !(v["list-rules"] && format === "markdown")) throw new UsageError(`--format must be one of ${Object.keys(REPORTERS).join(", ")} (got "${format}")`);
  let maxWarnings = -1;
  if (v["max-warnings"] !== void 0) {
    if (!/^-?\d+$/.test(v["max-warnings"])) throw new UsageError(`--max-warnings must be an integer (got "${v["max-warnings"]}")`);
    maxWarnings = Number(v["max-warnings"]);
  }
  let maxAnnotations;
  if (v["max-annotations"] !== void 0) {
    if (!/^\d+$/.test(v["max-annotations"])) throw new UsageError(`--max-annotations must be a non-negative integer (got "${v["max-annotations"]}")`);
    maxAnnotations = Number(v["max-annotations"]);
  }
  if (v["proc-root"] !== void 0 && !v.live) throw new UsageError("--proc-root needs --live");
  if (v.live && v["live-snapshot"] !== void 0) throw new UsageError("--live and --live-snapshot exclude each other: one live node per run");
  return {
    paths: parsed.positionals,
    format,
    outputFile: v["output-file"],
    root: v.root,
    policies: v.policies ?? [],
    kernel: v.kernel,
    kubernetesVersion: v["kubernetes-version"],
    nodeRole: oneOf("node-role", v["node-role"], ["kubernetes", "generic", "unknown"]),
    nodePortRange: v["node-port-range"],
    applier: oneOf("applier", v.applier, ["systemd", "procps", "both"]) ?? "both",
    failLevel: oneOf("fail-level", v["fail-level"], ["error", "warning", "info", "none"]) ?? "warning",
    maxWarnings,
    quiet: !!v.quiet,
    color: v["no-color"] ? false : v.color ? true : void 0,
    codeFrame: !!v["code-frame"],
    help: !!v.help,
    version: !!v.version,
    maxAnnotations,
    live: !!v.live,
    procRoot: v["proc-root"],
    liveSnapshot: v["live-snapshot"],
    config: v.config,
    noConfig: !!v["no-config"],
    printConfig: !!v["print-config"],
    listRules: !!v["list-rules"],
    explicit: Object.keys(v)
  };
}

// src/cli/version.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs9 = __toESM(require("node:fs"), 1);
var import_node_url3 = require("node:url");
function toolVersion() {
  if (true) return "0.1.0";
  try {
    const pkg = JSON.parse(import_node_fs9.default.readFileSync((0, import_node_url3.fileURLToPath)(new URL("../../package.json", "file:///sysctl-lint/bundle")), "utf8"));
    return pkg.version;
  } catch {
    return "0.0.0";
  }
}

// src/cli/delivery.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs10 = __toESM(require("node:fs"), 1);
function githubOptionsFromEnv(env, annotationLimit) {
  return { annotationLimit, serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
}
function deliveryContext(opts, cwd, env) {
  return { sourceRoot: findSourceRoot(cwd, env), github: githubOptionsFromEnv(env, opts.maxAnnotations) };
}
function writeStepSummary(ctx, env, stderr) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    import_node_fs10.default.appendFileSync(file, renderJobSummary(ctx), "utf8");
  } catch (e) {
    stderr.write(`sysctl-lint: cannot write the job summary to ${file}: ${e.message}
`);
  }
}
function afterReport(opts, ctx, env, stderr) {
  if (opts.format === "github") writeStepSummary(ctx, env, stderr);
}

// src/config/cli.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs15 = __toESM(require("node:fs"), 1);
var import_node_path20 = __toESM(require("node:path"), 1);

// src/docs/commands.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/docs/describe.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();

// src/docs/examples.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs11 = __toESM(require("node:fs"), 1);
var import_node_path12 = __toESM(require("node:path"), 1);
var import_node_url4 = require("node:url");
function listCaseNames(dir) {
  if (!import_node_fs11.default.existsSync(dir)) return [];
  return import_node_fs11.default.readdirSync(dir).filter((n) => !n.endsWith(".snap") && !n.endsWith(".args")).sort();
}
function readCaseFiles(abs, rel) {
  const st = import_node_fs11.default.lstatSync(abs);
  if (st.isSymbolicLink()) return [{ path: rel, link: import_node_fs11.default.readlinkSync(abs) }];
  if (st.isDirectory()) {
    return import_node_fs11.default.readdirSync(abs).sort().flatMap((n) => readCaseFiles(import_node_path12.default.join(abs, n), `${rel}/${n}`));
  }
  return [{ path: rel, text: import_node_fs11.default.readFileSync(abs, "utf8") }];
}
function displayable(files) {
  return files.every((f) => f.text === void 0 || !/[\r\ufeff]/.test(f.text));
}
function readCase(policyDir, kind) {
  const names = listCaseNames(import_node_path12.default.join(policyDir, kind));
  const cases = names.map((n) => ({ n, files: readCaseFiles(import_node_path12.default.join(policyDir, kind, n), `${kind}/${n}`) }));
  const pick = cases.find((c) => displayable(c.files)) ?? cases[0];
  if (!pick) return void 0;
  const first = pick.n;
  const abs = import_node_path12.default.join(policyDir, kind, first);
  const argsFile = `${abs}.args`;
  const snapFile = `${abs}.snap`;
  return {
    name: `${kind}/${first}`,
    args: import_node_fs11.default.existsSync(argsFile) ? import_node_fs11.default.readFileSync(argsFile, "utf8").trim().split(/\s+/).filter(Boolean) : [],
    files: pick.files,
    ...import_node_fs11.default.existsSync(snapFile) ? { output: import_node_fs11.default.readFileSync(snapFile, "utf8") } : {}
  };
}
var ENGINE_RULE_PREFIX = "sysctl-lint/";
function loadFolder(casesDir, prefix, table) {
  if (!import_node_fs11.default.existsSync(casesDir)) return;
  for (const name of import_node_fs11.default.readdirSync(casesDir).sort()) {
    const dir = import_node_path12.default.join(casesDir, name);
    if (!import_node_fs11.default.statSync(dir).isDirectory()) continue;
    const invalid = readCase(dir, "invalid");
    const valid = readCase(dir, "valid");
    if (invalid || valid) table[prefix + name] = { ...invalid ? { invalid } : {}, ...valid ? { valid } : {} };
  }
}
function loadExamplesFromDisk(testDir2) {
  const table = {};
  loadFolder(import_node_path12.default.join(testDir2, "policies"), "", table);
  loadFolder(import_node_path12.default.join(testDir2, "engine-rules"), ENGINE_RULE_PREFIX, table);
  return table;
}
function testDir() {
  return (0, import_node_url4.fileURLToPath)(new URL("../../test/", "file:///sysctl-lint/bundle"));
}
function ruleTestFolder(id) {
  return id.startsWith(ENGINE_RULE_PREFIX) ? `test/engine-rules/${id.slice(ENGINE_RULE_PREFIX.length)}` : `test/policies/${id}`;
}
var cached2;
function ruleExamples() {
  if (cached2) return cached2;
  cached2 = typeof define_SYSCTL_LINT_EXAMPLES_default !== "undefined" ? define_SYSCTL_LINT_EXAMPLES_default : loadExamplesFromDisk(testDir());
  return cached2;
}
function exampleCommand(c) {
  const root = c.args.includes("--root");
  const flags = c.args.filter((a) => a !== "--root");
  return ["sysctl-lint", "--code-frame", ...flags, ...root ? ["--root", c.name] : [c.name]].join(" ");
}

// src/docs/describe.ts
var CONTEXT_NEEDS = ["kernel", "kubernetesVersion", "nodeRole", "kubeProxyMode", "nodePortRange", "applier", "completeRoot", "modules"];
var CONTEXT_LABELS = {
  kernel: "kernel version (--kernel)",
  kubernetesVersion: "Kubernetes version (--kubernetes-version)",
  nodeRole: "node role (--node-role)",
  kubeProxyMode: "kube-proxy mode",
  nodePortRange: "NodePort range (--node-port-range)",
  applier: "applier (--applier)",
  completeRoot: "complete root filesystem (--root)",
  modules: "modules-load.d files in the tree"
};
var CONTEXT_SHORT = {
  kernel: "kernel",
  kubernetesVersion: "k8s version",
  nodeRole: "node role",
  kubeProxyMode: "kube-proxy mode",
  nodePortRange: "NodePort range",
  applier: "applier",
  completeRoot: "complete root",
  modules: "modules-load.d"
};
function conditionNeeds(c, out) {
  if (!c) return;
  if (c.kernel) out.add("kernel");
  if (c.kubernetesVersion) out.add("kubernetesVersion");
  if (c.nodeRole) out.add("nodeRole");
  if (c.kubeProxyMode) out.add("kubeProxyMode");
  if (c.applier) out.add("applier");
  if (c.completeRoot !== void 0) out.add("completeRoot");
  if (c.modulesKnown !== void 0) out.add("modules");
}
function assertionNeeds(a, out) {
  if (!a) return;
  for (const op of [a.lt, a.lte, a.gt, a.gte]) if (op && typeof op === "object" && "context" in op) out.add("nodePortRange");
  if (a.overlaps?.range.context) out.add("nodePortRange");
  if (a.moduleNotLoaded) out.add("modules");
  if (a.keyStatus === "removed") out.add("kernel");
  for (const x of [...a.allOf ?? [], ...a.anyOf ?? [], a.not, a.low, a.high]) assertionNeeds(x, out);
}
function contextNeeds(p) {
  const out = /* @__PURE__ */ new Set();
  conditionNeeds(p.appliesWhen, out);
  for (const c of p.cases ?? []) {
    conditionNeeds(c.when, out);
    assertionNeeds(c.value, out);
  }
  if (isSettingCheck(p.check)) {
    assertionNeeds(p.check.violation, out);
    if (p.check.target === "divergent") out.add("applier");
  }
  return CONTEXT_NEEDS.filter((n) => out.has(n));
}
function describeVersion(name, v) {
  const parts = [];
  if (v.known === false) parts.push(`${name} unknown`);
  if (v.known === true) parts.push(`${name} known`);
  for (const [op, sym] of [
    ["lt", "<"],
    ["lte", "<="],
    ["gt", ">"],
    ["gte", ">="]
  ]) {
    const lit = v[op];
    if (lit !== void 0) parts.push(`${name} ${sym} ${lit}`);
  }
  return parts;
}
function describeCondition(c) {
  const parts = [];
  if (c.kernel) parts.push(...describeVersion("kernel", c.kernel));
  if (c.kubernetesVersion) parts.push(...describeVersion("Kubernetes", c.kubernetesVersion));
  if (c.nodeRole) parts.push(`node role ${c.nodeRole.join(" or ")}`);
  if (c.kubeProxyMode) parts.push(`kube-proxy mode ${c.kubeProxyMode.join(" or ")}`);
  if (c.applier) parts.push(`applier ${c.applier.join(" or ")}`);
  if (c.completeRoot !== void 0) parts.push(c.completeRoot ? "linted as a complete root (--root)" : "not a complete root");
  if (c.modulesKnown !== void 0) parts.push(c.modulesKnown ? "modules-load.d files present" : "no modules-load.d files");
  return parts.join(", ");
}
function describeAssertion(a) {
  return JSON.stringify(a).replace(/"([A-Za-z]+)":/g, "$1: ").replace(/,/g, ", ");
}
var TARGETS = {
  effective: "the value in force",
  assignments: "every assignment",
  overridden: "values that override earlier assignments",
  divergent: "values systemd-sysctl and procps end up disagreeing on",
  drift: "values in force that the running kernel does not have, with --live or --live-snapshot"
};
function describeAppliesTo(p) {
  const scope = (p.scope ?? ["node"]).length === 2 ? "node and pod settings" : (p.scope ?? ["node"])[0] === "pod" ? "pod settings" : "node settings";
  const c = p.check;
  let what;
  if (isSettingCheck(c)) {
    const sels = Array.isArray(c.setting) ? c.setting : [c.setting];
    what = `${scope}: ${sels.map((s) => `\`${s}\``).join(", ")} (${TARGETS[c.target ?? "effective"]})`;
  } else if (isSyntaxCheck(c)) what = `lines of sysctl files: ${c.syntax.join(", ")}${c.oncePerFile ? " (once per file)" : ""}`;
  else if (isFileCheck(c)) what = `sysctl files: ${c.file === "masked" ? "files masked by a same-named file" : c.file === "not-dotconf" ? "files in sysctl.d not named *.conf" : "/etc/sysctl.conf (read by procps only)"}`;
  else what = scope;
  return p.appliesWhen ? `${what}; only when ${describeCondition(p.appliesWhen)}` : what;
}
function describeCases(p) {
  return (p.cases ?? []).map((c) => {
    const when = [c.when ? describeCondition(c.when) : "", c.value ? `value ${describeAssertion(c.value)}` : ""].filter(Boolean).join(", ");
    const sev = c.severity ?? p.severity;
    return `${when || "otherwise"}: ${sev === "off" ? "not reported" : sev}`;
  });
}
function policyDoc(lp, examples = ruleExamples()) {
  const p = lp.policy;
  return {
    id: p.id,
    kind: "policy",
    title: p.title,
    severity: p.severity,
    appliesTo: describeAppliesTo(p),
    cases: describeCases(p),
    context: contextNeeds(p),
    tags: p.tags ?? [],
    source: lp.source,
    aliases: p.aliases ?? [],
    rationale: p.rationale.trim(),
    fix: p.fix.trim(),
    references: p.references ?? [],
    examples: lp.builtin ? examples[p.id] ?? {} : {}
  };
}
function ruleDocs(policies, examples = ruleExamples()) {
  const docs = policies.map((lp) => policyDoc(lp, examples));
  for (const e of ENGINE_RULE_DOCS) {
    docs.push({ id: e.id, kind: "engine", title: e.title, severity: e.severity, appliesTo: e.appliesTo, cases: [], context: [], tags: [], source: "built in (engine)", aliases: [], rationale: e.rationale, fix: e.fix, references: [], examples: examples[e.id] ?? {} });
  }
  return docs;
}

// src/docs/render.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
function indent(text, pad) {
  return text.replace(/\s+$/, "").split("\n").map((l) => l ? pad + l : l).join("\n");
}
function exampleFilesText(c, pad) {
  const out = [];
  for (const f of c.files) {
    if (f.link !== void 0) {
      out.push(`${pad}${f.path} -> ${f.link}`);
      continue;
    }
    out.push(`${pad}${f.path}:`);
    const body = (f.text ?? "").replace(/\r?\n$/, "");
    for (const l of body.split(/\r?\n/)) out.push(`${pad}  | ${l}`);
  }
  return out;
}
function explainText(d, configured) {
  const out = [];
  out.push(`${d.id}: ${d.title}`, "");
  const row = (k, v) => out.push(`  ${k.padEnd(22)}${v}`);
  row("Default severity", d.severity + (configured ? ` (configured here: ${configured})` : ""));
  row("Applies to", d.appliesTo);
  if (d.cases.length) {
    row("Severity by context", d.cases[0]);
    for (const c of d.cases.slice(1)) row("", c);
  }
  row("Context it reads", d.context.length ? d.context.map((c) => CONTEXT_LABELS[c]).join(", ") : "none");
  if (d.tags.length) row("Tags", d.tags.join(", "));
  if (d.aliases.length) row("Also known as", d.aliases.join(", "));
  row("Defined in", d.source);
  out.push("", "Why", indent(d.rationale, "  "), "", "Fix", indent(d.fix, "  "));
  if (d.references.length) {
    out.push("", "References");
    for (const r of d.references) out.push(`  - ${r.title}`, `    ${r.url}`);
  }
  const ex = d.examples;
  if (ex.invalid) {
    out.push("", `Example (${ruleTestFolder(d.id)}/${ex.invalid.name}, run by the test suite)`);
    out.push(...exampleFilesText(ex.invalid, "  "));
    if (ex.invalid.output !== void 0) {
      out.push("", `  $ ${exampleCommand(ex.invalid)}    # this rule's findings`);
      out.push(indent(ex.invalid.output, "  "));
    }
  }
  if (ex.valid) {
    out.push("", `Passes (${ruleTestFolder(d.id)}/${ex.valid.name})`);
    out.push(...exampleFilesText(ex.valid, "  "));
  }
  if (d.kind === "policy" && !ex.invalid && !ex.valid) out.push("", "Example: none yet (the policy has no test fixtures).");
  return out.join("\n") + "\n";
}
function explainJson(docs) {
  return JSON.stringify({ version: 1, rules: docs }, null, 2) + "\n";
}
function listRulesText(rules) {
  const rows = rules.map((r) => [r.doc.id, r.configured ? `${r.doc.severity}->${r.configured}` : r.doc.severity, r.doc.context.map((c) => CONTEXT_SHORT[c]).join(", ") || "-", r.doc.title]);
  const header = ["RULE", "SEVERITY", "CONTEXT", "TITLE"];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
  const fmt = (r) => r.map((c, i) => i < 3 ? c.padEnd(widths[i] ?? 0) : c).join("  ").trimEnd();
  const policies = rules.filter((r) => r.doc.kind === "policy").length;
  return [fmt(header), ...rows.map(fmt), "", `${policies} policies, ${rules.length - policies} engine rules. sysctl-lint explain <rule> for details.`].join("\n") + "\n";
}
function listRulesJson(rules) {
  const out = rules.map((r) => ({
    id: r.doc.id,
    kind: r.doc.kind,
    title: r.doc.title,
    severity: r.doc.severity,
    ...r.configured ? { configuredSeverity: r.configured } : {},
    context: r.doc.context,
    appliesTo: r.doc.appliesTo,
    tags: r.doc.tags,
    aliases: r.doc.aliases,
    source: r.doc.source
  }));
  return JSON.stringify({ version: 1, rules: out }, null, 2) + "\n";
}
function ruleAnchor(id) {
  return id.replace(/[^a-z0-9-]/g, "-");
}
function fence(text, lang = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return [`${f}${lang}`, text.replace(/\r?\n$/, ""), f];
}
function exampleMarkdown(id, c, label) {
  const out = [`${label} \u2014 \`${ruleTestFolder(id)}/${c.name}\`${c.args.length ? ` (flags: \`${c.args.join(" ")}\`)` : ""}:`, ""];
  for (const f of c.files) {
    if (f.link !== void 0) out.push(`- \`${f.path}\` \u2192 \`${f.link}\``, "");
    else {
      out.push(`\`${f.path}\`:`, "");
      out.push(...fence(f.text ?? "", f.path.endsWith(".yaml") || f.path.endsWith(".yml") ? "yaml" : "ini"), "");
    }
  }
  if (c.output !== void 0) out.push(...fence(`$ ${exampleCommand(c)}
${c.output}`, "text"), "");
  return out;
}
function rulesMarkdown(docs) {
  const out = [];
  out.push("<!-- Generated from policies/ and test/policies/ by `npm run docs:rules`; do not edit by hand. -->", "");
  out.push("# sysctl-lint rules", "");
  out.push("Every rule sysctl-lint knows: the built-in policies (`policies/`), then the engine's own rules. Each example is a case the test suite runs (`test/policies/<rule>/`, `test/engine-rules/<name>/`), with the output it must produce. The same text is printed by `sysctl-lint explain <rule>`; change a rule's severity or turn it off in `.sysctl-lint.yaml` (`rules:`), or suppress one finding with `# sysctl-lint disable-next-line <rule> -- <reason>`.", "");
  out.push("| Rule | Severity | Context it reads | Title |", "| --- | --- | --- | --- |");
  for (const d of docs) out.push(`| [\`${d.id}\`](#${ruleAnchor(d.id)}) | ${d.severity} | ${d.context.map((c) => CONTEXT_SHORT[c]).join(", ") || "\u2013"} | ${d.title.replace(/\|/g, "\\|")} |`);
  for (const d of docs) {
    out.push("", `<a id="${ruleAnchor(d.id)}"></a>`, "", `## ${d.id}`, "", `**${d.title}**`, "");
    out.push(`- Default severity: \`${d.severity}\``);
    out.push(`- Applies to: ${d.appliesTo}`);
    if (d.cases.length) {
      out.push("- Severity by context:");
      for (const c of d.cases) out.push(`  - ${c}`);
    }
    out.push(`- Context it reads: ${d.context.length ? d.context.map((c) => CONTEXT_LABELS[c]).join(", ") : "none"}`);
    if (d.tags.length) out.push(`- Tags: ${d.tags.join(", ")}`);
    if (d.aliases.length) out.push(`- Also known as: ${d.aliases.map((a) => `\`${a}\``).join(", ")}`);
    out.push(`- Defined in: ${d.kind === "policy" ? `[\`${d.source}\`](../${d.source})` : d.source}`, "");
    out.push("**Why.** " + d.rationale, "", "**Fix.** " + d.fix, "");
    if (d.references.length) {
      out.push("**References.**", "");
      for (const r of d.references) out.push(`- [${r.title}](${r.url})`);
      out.push("");
    }
    if (d.examples.invalid) out.push(...exampleMarkdown(d.id, d.examples.invalid, "**Example**"));
    if (d.examples.valid) out.push(...exampleMarkdown(d.id, d.examples.valid, "**Passes**"));
    if (d.kind === "policy" && !d.examples.invalid && !d.examples.valid) out.push("_No example yet: the policy has no test fixtures._", "");
  }
  const lines = out.filter((l, i) => !(l === "" && out[i - 1] === ""));
  while (lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n") + "\n";
}

// src/docs/commands.ts
function configuredLevel(rules, id, own) {
  const s = rules?.base.get(id);
  return s && s.level !== own ? s.level : void 0;
}
function runExplain(ids, policies, format, rules, io) {
  if (ids.length === 0) {
    io.stderr("sysctl-lint: explain needs a rule id (sysctl-lint --list-rules lists them)\n");
    return 2;
  }
  const catalog = buildRuleCatalog(policies);
  const docs = ruleDocs(policies);
  const found = [];
  let status = 0;
  for (const id of ids) {
    const canonical = catalog.canonical(id);
    const doc = canonical ? docs.find((d) => d.id === canonical) : void 0;
    if (!doc) {
      const near = catalog.closest(id);
      io.stderr(`sysctl-lint: unknown rule "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : ""} (sysctl-lint --list-rules lists every rule)
`);
      status = 2;
      continue;
    }
    found.push(doc);
  }
  if (format === "json") io.stdout(explainJson(found));
  else io.stdout(found.map((d) => explainText(d, configuredLevel(rules, d.id, d.severity))).join("\n"));
  return status;
}
function runListRules(policies, format, rules, io) {
  const docs = ruleDocs(policies);
  if (format === "markdown") {
    io.stdout(rulesMarkdown(docs));
    return 0;
  }
  const listed = docs.map((doc) => ({ doc, configured: configuredLevel(rules, doc.id, doc.severity) }));
  io.stdout(format === "json" ? listRulesJson(listed) : listRulesText(listed));
  return 0;
}

// src/config/ignore-filter.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs12 = __toESM(require("node:fs"), 1);
var import_node_path13 = __toESM(require("node:path"), 1);
var import_ignore = __toESM(require_ignore(), 1);
var GitignoreRules = class {
  gitRoots = /* @__PURE__ */ new Map();
  levels = /* @__PURE__ */ new Map();
  floors = /* @__PURE__ */ new Map();
  /** The nearest directory at or above `dir` holding `.git` (a directory, or a file for worktrees). */
  gitRoot(dir) {
    const cached3 = this.gitRoots.get(dir);
    if (cached3 !== void 0) return cached3 ?? void 0;
    let found;
    if (import_node_fs12.default.existsSync(import_node_path13.default.join(dir, ".git"))) found = dir;
    else {
      const parent = import_node_path13.default.dirname(dir);
      found = parent === dir ? null : this.gitRoot(parent) ?? null;
    }
    this.gitRoots.set(dir, found);
    return found ?? void 0;
  }
  level(dir, file) {
    const key = import_node_path13.default.join(dir, file);
    const cached3 = this.levels.get(key);
    if (cached3 !== void 0) return cached3 ?? void 0;
    let level;
    try {
      level = { dir, ig: (0, import_ignore.default)().add(import_node_fs12.default.readFileSync(key, "utf8")) };
    } catch {
      level = null;
    }
    this.levels.set(key, level);
    return level ?? void 0;
  }
  /** Whether git's rules (every level, parents included) ignore `abs`. */
  ignoredByGit(abs, isDir) {
    const root = this.gitRoot(import_node_path13.default.dirname(abs));
    if (!root) return false;
    const levels = [];
    for (let d = import_node_path13.default.dirname(abs); ; d = import_node_path13.default.dirname(d)) {
      const l = this.level(d, ".gitignore");
      if (l) levels.push(l);
      if (d === root || import_node_path13.default.dirname(d) === d) break;
    }
    const exclude = this.level(import_node_path13.default.join(root, ".git", "info"), "exclude");
    if (exclude) levels.push({ dir: root, ig: exclude.ig });
    for (const l of levels) {
      const rel = toPosix(import_node_path13.default.relative(l.dir, abs));
      if (!rel || rel.startsWith("..")) continue;
      const r = l.ig.test(isDir ? `${rel}/` : rel);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  }
  /**
   * Whether git ignores `abs`, found while walking `floor` (a directory the user named). When
   * git ignores the named directory itself, the user asked for it anyway: nothing below it is
   * judged by .gitignore. Otherwise the walk already pruned ignored parents, so each entry is
   * judged on its own.
   */
  ignores(abs, isDir, floor) {
    let floorIgnored = this.floors.get(floor);
    if (floorIgnored === void 0) {
      floorIgnored = this.ignoredByGit(floor, true);
      this.floors.set(floor, floorIgnored);
    }
    return !floorIgnored && this.ignoredByGit(abs, isDir);
  }
};
function isInside2(outer, inner) {
  const rel = import_node_path13.default.relative(outer, inner);
  return rel === "" || !rel.startsWith("..") && !import_node_path13.default.isAbsolute(rel);
}
function toPosix(p) {
  return p.split(import_node_path13.default.sep).join("/");
}
function createInputFilter(opts) {
  const git = opts.respectGitignore ? new GitignoreRules() : void 0;
  const roots = opts.roots.map((r) => import_node_path13.default.resolve(r));
  const floorOf = (abs) => {
    let best;
    for (const r of roots) if (isInside2(r, abs) && r !== abs && (!best || r.length > best.length)) best = r;
    return best;
  };
  const configIgnored = (abs, isDir) => !!opts.configIgnore?.matches(abs, isDir);
  return {
    walk(abs, isDir) {
      if (configIgnored(abs, isDir)) return false;
      const floor = floorOf(abs);
      return !(git && floor && git.ignores(abs, isDir, floor));
    },
    named(abs) {
      return !configIgnored(abs, false);
    }
  };
}

// src/config/print.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path14 = __toESM(require("node:path"), 1);
var COMMENT_COLUMN = 44;
function q(s) {
  return JSON.stringify(s);
}
function line(text, source) {
  return `${text.padEnd(COMMENT_COLUMN - 1)} # ${source}`;
}
function displayDir(abs, cwd) {
  const rel = import_node_path14.default.relative(cwd, abs).split(import_node_path14.default.sep).join("/");
  return rel === "" ? "." : rel;
}
function printConfig(c, schemaRef = "https://unpkg.com/sysctl-lint/schemas/config.schema.json") {
  const out = [];
  out.push(`# yaml-language-server: $schema=${schemaRef}`);
  out.push("# Resolved sysctl-lint configuration. Each value says where it comes from: a command-line");
  out.push("# flag, the config file and line, or the default. Flags win over the file, the file over defaults.");
  out.push(`# config file: ${c.file ? c.file.file : "none"}`);
  if (c.file) out.push(`# globs are relative to ${displayDir(c.file.dir, c.cwd)}; policy directories are shown relative to the working directory`);
  out.push("context:");
  const ctx = c.context;
  const ctxLine = (name, v, unset) => out.push(v ? line(`  ${name}: ${q(v.value)}`, v.source) : line(`  # ${name}: not set`, unset));
  ctxLine("kernel", ctx.kernel, "default: unknown (policies assume what is dangerous on current systems)");
  ctxLine("kubernetesVersion", ctx.kubernetesVersion, "default: unknown");
  ctxLine("nodeRole", ctx.nodeRole, "default: inferred per node, else unknown");
  if (ctx.nodePortRange) out.push(line(`  nodePortRange: ${q(ctx.nodePortRange.value)}`, ctx.nodePortRange.source));
  else out.push(line('  nodePortRange: "30000-32767"', "default (the Kubernetes default)"));
  out.push(line(`  applier: ${ctx.applier.value}`, ctx.applier.source));
  const rules = [...c.rules.base.entries()];
  if (rules.length === 0) out.push(line("rules: {}", "default: every rule at its own severity"));
  else {
    out.push("rules:");
    for (const [id, s] of rules) out.push(line(`  ${id}: ${s.level}`, s.source));
  }
  if (c.rules.overrides.length === 0) out.push(line("overrides: []", "default"));
  else {
    out.push("overrides:");
    c.rules.overrides.forEach((o, i) => {
      const files = c.overridePatterns[i]?.files ?? [];
      out.push(line(`  - files: [${files.map(q).join(", ")}]`, o.source));
      out.push("    rules:");
      for (const [id, s] of o.rules) out.push(line(`      ${id}: ${s.level}`, s.source));
    });
  }
  if (c.policies.length === 0) out.push(line("policies: []", "default: built-in policies only"));
  else {
    out.push("policies:");
    for (const p of c.policies) out.push(line(`  - ${q(displayDir(p.value, c.cwd))}`, p.source));
  }
  if (c.ignore.patterns.length === 0) out.push(line("# ignore: not set", "default: nothing beyond .gitignore"));
  else {
    out.push("ignore:");
    for (const p of c.ignore.patterns) out.push(line(`  - ${q(p.value)}`, p.source));
  }
  out.push(line(`respectGitignore: ${c.respectGitignore.value}`, c.respectGitignore.source));
  if (c.nodePatterns.length === 0) out.push(line("nodes: []", "default: one node per image tree or directory"));
  else {
    out.push("nodes:");
    for (const n of c.nodePatterns) {
      out.push(line(`  - name: ${q(n.name)}`, n.source));
      out.push(`    files: [${n.files.map(q).join(", ")}]`);
    }
  }
  return out.join("\n") + "\n";
}

// src/config/resolve.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path19 = __toESM(require("node:path"), 1);

// src/config/find.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs13 = __toESM(require("node:fs"), 1);
var import_node_path15 = __toESM(require("node:path"), 1);
var CONFIG_NAMES = [".sysctl-lint.yaml", ".sysctl-lint.yml"];
function isFile(p) {
  try {
    return import_node_fs13.default.statSync(p).isFile();
  } catch {
    return false;
  }
}
function findConfig(cwd) {
  for (let dir = import_node_path15.default.resolve(cwd); ; ) {
    const present = CONFIG_NAMES.map((n) => import_node_path15.default.join(dir, n)).filter(isFile);
    if (present.length > 1) return { problem: `${present.join(" and ")} both exist; keep one` };
    if (present[0]) return { abs: present[0] };
    const parent = import_node_path15.default.dirname(dir);
    if (parent === dir || import_node_fs13.default.existsSync(import_node_path15.default.join(dir, ".git"))) return {};
    dir = parent;
  }
}

// src/config/globs.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path16 = __toESM(require("node:path"), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
var GlobSet = class {
  constructor(baseDir, patterns) {
    this.baseDir = baseDir;
    this.patterns = patterns;
    this.ig = (0, import_ignore2.default)().add([...patterns]);
  }
  baseDir;
  patterns;
  ig;
  /** The path relative to the base directory in the form `ignore` expects, or undefined outside it. */
  relative(abs, isDir = false) {
    const rel = import_node_path16.default.relative(this.baseDir, abs);
    if (!rel || rel.startsWith("..") || import_node_path16.default.isAbsolute(rel)) return void 0;
    const posix = rel.split(import_node_path16.default.sep).join("/");
    return isDir ? `${posix}/` : posix;
  }
  /** Whether the patterns select `abs` (a file, or a directory with isDir). Paths outside the base never match. */
  matches(abs, isDir = false) {
    const rel = this.relative(abs, isDir);
    return rel !== void 0 && this.ig.ignores(rel);
  }
};

// src/config/load.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_fs14 = __toESM(require("node:fs"), 1);
var import_node_path17 = __toESM(require("node:path"), 1);
var import_yaml3 = __toESM(require_dist(), 1);
var import__2 = __toESM(require__(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sysctl-lint.dev/schemas/config.schema.json",
  title: "sysctl-lint configuration (.sysctl-lint.yaml)",
  description: "Project configuration of sysctl-lint, found in the working directory or a parent (up to the repository root) or named with --config. Command-line flags win over these values. Paths and globs are relative to the directory of this file.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    context: {
      description: "What the linted nodes are. Each value is the default for the matching command-line flag.",
      type: "object",
      additionalProperties: false,
      properties: {
        kernel: {
          description: "Kernel version of the nodes (X.Y[.Z], e.g. '5.15' or '6.1.20'). Quote it: YAML reads 5.10 as the number 5.1 (sysctl-lint reads the text as written, but other tools will not). Same as --kernel.",
          type: ["string", "number"],
          pattern: "^v?\\d+\\.\\d+(\\.\\d+)?([-+~._][0-9A-Za-z.+_~-]*)?$"
        },
        kubernetesVersion: {
          description: "Kubernetes version of the cluster (X.Y, e.g. '1.30'); quote it. Same as --kubernetes-version.",
          type: ["string", "number"],
          pattern: "^v?\\d+\\.\\d+(\\.\\d+)?([-+~._][0-9A-Za-z.+_~-]*)?$"
        },
        nodeRole: {
          description: "What the nodes are: kubernetes or generic (default: inferred per node, else unknown). Same as --node-role.",
          enum: ["kubernetes", "generic", "unknown"]
        },
        nodePortRange: {
          description: "NodePort range of the cluster (A-B, default 30000-32767). Same as --node-port-range.",
          type: "string",
          pattern: "^\\s*\\d+\\s*-\\s*\\d+\\s*$"
        },
        applier: {
          description: "Which program applies the sysctl files: systemd (systemd-sysctl), procps (sysctl --system) or both (default). Same as --applier.",
          enum: ["systemd", "procps", "both"]
        }
      }
    },
    rules: {
      description: "Severity per rule id (policy ids, their aliases and engine rules such as sysctl-lint/suppression-unused): error, warning, info, or off to drop the rule's findings.",
      $ref: "#/$defs/ruleSettings"
    },
    overrides: {
      description: "Rule settings for some paths only, e.g. findings about something missing that have no line to put a suppression comment on. Applied in order after `rules`; a later override wins.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files", "rules"],
        properties: {
          files: { description: "gitignore-style globs, relative to the config file, matched against the file a finding points into.", $ref: "#/$defs/globs" },
          rules: { $ref: "#/$defs/ruleSettings" }
        }
      }
    },
    policies: {
      description: "Extra policy directories (same schema as the built-in policies), relative to the config file. --policies adds to them.",
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true
    },
    ignore: {
      description: "gitignore-style globs, relative to the config file: matching files and directories are not linted (also when named on the command line).",
      $ref: "#/$defs/globs"
    },
    respectGitignore: {
      description: "Skip what .gitignore files (and .git/info/exclude) ignore when walking directories. Default true.",
      type: "boolean"
    },
    nodes: {
      description: "Node groups: which files make up one node, for repositories that hold several images. Files matched by a group form one node with full sysctl.d precedence by their placement; a file may belong to several groups; files in no group keep the default grouping.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "files"],
        properties: {
          name: { description: "Name of the node, shown in messages.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" },
          files: { description: "gitignore-style globs, relative to the config file (a leading ! excludes).", $ref: "#/$defs/globs" }
        }
      }
    }
  },
  $defs: {
    ruleSettings: {
      type: "object",
      description: "Rule id (or alias) -> error | warning | info | off. Unknown ids are reported with the closest known ones.",
      additionalProperties: { enum: ["error", "warning", "info", "off"] }
    },
    globs: {
      type: "array",
      items: { type: "string", minLength: 1 },
      minItems: 1
    }
  }
};

// src/config/load.ts
var validator;
function validate(data) {
  if (!validator) validator = new import__2.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(config_schema_default);
  validator(data);
  return validator;
}
function writtenText(doc, text, p) {
  const node = doc.getIn(p, true);
  if (!(0, import_yaml3.isScalar)(node) || !node.range) return void 0;
  return text.slice(node.range[0], node.range[1]).trim();
}
function valueAt(data, p) {
  let v = data;
  for (const seg of p) v = v && typeof v === "object" ? v[seg] : void 0;
  return v;
}
function describePattern(instancePath, value) {
  const where = instancePath.slice(1).replace(/\//g, ".");
  const v = JSON.stringify(value);
  if (/^context\.(kernel|kubernetesVersion)$/.test(where)) return `${where}: ${v} is not a version like ${where.endsWith("kernel") ? "5.15 or 6.1.20" : "1.30"}`;
  if (where === "context.nodePortRange") return `${where}: ${v} is not a port range like 30000-32767`;
  if (/^nodes\.\d+\.name$/.test(where)) return `${where}: ${v} must start with a letter or digit and hold only letters, digits, ".", "_" and "-"`;
  return `${where}: ${v} is not valid here`;
}
function loadConfigText(text, abs, display) {
  const problems = [];
  const { doc, problems: yamlProblems } = parseYaml(text);
  for (const y of yamlProblems) problems.push({ file: display, text, ...y });
  if (yamlProblems.length) return { problems };
  const data = doc.toJS() ?? {};
  const lines = new LineIndex(text);
  const problemAt = (p, message, key = false) => ({ file: display, text, span: locateInDocument(doc, p, { key }), message });
  const v = validate(data);
  if (v.errors?.length) {
    for (const e of usefulErrors(v.errors)) {
      const { path: p, key } = errorPath(e);
      const message = e.keyword === "pattern" ? describePattern(e.instancePath, valueAt(data, p)) : e.keyword === "minItems" ? `${p.join(".")}: must not be empty` : describe(e);
      problems.push(problemAt(p, message, key));
    }
    return { problems };
  }
  const config = data;
  for (const field of ["kernel", "kubernetesVersion"]) {
    const value = config.context?.[field];
    if (value === void 0) continue;
    const written = typeof value === "number" ? writtenText(doc, text, ["context", field]) ?? String(value) : value;
    if (!parseVersion(written) || !/^v?\d+\.\d+/.test(written)) problems.push(problemAt(["context", field], `context.${field}: "${written}" is not a version like ${field === "kernel" ? "5.15 or 6.1.20" : "1.30"}`));
    else if (config.context) config.context[field] = written;
  }
  const range2 = config.context?.nodePortRange;
  if (range2 !== void 0 && !parseDashRange(range2)) problems.push(problemAt(["context", "nodePortRange"], `context.nodePortRange: "${range2}" is not a port range like 30000-32767`));
  const names = /* @__PURE__ */ new Set();
  config.nodes?.forEach((n, i) => {
    if (names.has(n.name)) problems.push(problemAt(["nodes", i, "name"], `nodes[${i}].name: "${n.name}" names two node groups`));
    names.add(n.name);
  });
  const dir = import_node_path17.default.dirname(abs);
  config.policies?.forEach((p, i) => {
    const target = import_node_path17.default.resolve(dir, p);
    if (!import_node_fs14.default.existsSync(target) || !import_node_fs14.default.statSync(target).isDirectory()) problems.push(problemAt(["policies", i], `policies[${i}]: "${p}" is not a directory (paths are relative to ${display})`));
  });
  const where = (p) => `${display}:${lines.position(locateInDocument(doc, p).start).line}`;
  return { config: { file: display, abs, dir, data: config, where, problemAt }, problems };
}
function loadConfigFile(abs, display) {
  let text;
  try {
    text = import_node_fs14.default.readFileSync(abs, "utf8");
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : e.message;
    return { problems: [{ file: display, text: "", span: { start: 0, end: 0 }, message: `cannot read config file: ${why}` }] };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return loadConfigText(text, abs, display);
}

// src/config/rule-settings.ts
init_define_SYSCTL_LINT_BUILTINS();
init_define_SYSCTL_LINT_EXAMPLES();
var import_node_path18 = __toESM(require("node:path"), 1);
var RuleSettings = class {
  constructor(base, overrides, cwd) {
    this.base = base;
    this.overrides = overrides;
    this.cwd = cwd;
  }
  base;
  overrides;
  cwd;
  get isEmpty() {
    return this.base.size === 0 && this.overrides.length === 0;
  }
  /** The configured level of a rule for a file (a path as shown, relative to the working directory), or undefined for the rule's own. */
  levelFor(ruleId, file) {
    let level = this.base.get(ruleId)?.level;
    if (this.overrides.length) {
      const abs = import_node_path18.default.resolve(this.cwd, file);
      for (const o of this.overrides) {
        const l = o.rules.get(ruleId);
        if (l && o.files.matches(abs)) level = l.level;
      }
    }
    return level;
  }
  /** False when the rule is off everywhere: it need not run. */
  evaluates(ruleId) {
    if (this.base.get(ruleId)?.level !== "off") return true;
    return this.overrides.some((o) => {
      const l = o.rules.get(ruleId);
      return !!l && l.level !== "off";
    });
  }
  /** Applies the configured levels: drops findings of rules that are off, re-grades the rest. */
  apply(findings) {
    if (this.isEmpty) return findings;
    const out = [];
    for (const f of findings) {
      const level = this.levelFor(f.ruleId, f.location.file);
      if (level === "off") continue;
      out.push(level && level !== f.severity ? { ...f, severity: level } : f);
    }
    return out;
  }
};

// src/config/resolve.ts
var FLAG_NAMES = {
  kernel: "kernel",
  kubernetesVersion: "kubernetes-version",
  nodeRole: "node-role",
  nodePortRange: "node-port-range",
  applier: "applier"
};
function locateAndLoadConfig(flags, cwd, display) {
  if (flags.noConfig) return { problems: [] };
  let abs;
  if (flags.config !== void 0) {
    abs = import_node_path19.default.resolve(cwd, flags.config);
  } else {
    const found = findConfig(cwd);
    if (found.problem) return { problems: [{ file: display(cwd), text: "", span: { start: 0, end: 0 }, message: found.problem }] };
    abs = found.abs;
  }
  if (!abs) return { problems: [] };
  const r = loadConfigFile(abs, display(abs));
  return { file: r.config, problems: r.problems };
}
function resolveConfig(flags, cwd, file, loadPolicies2) {
  const problems = [];
  const data = file?.data ?? {};
  const explicit = new Set(flags.explicit ?? []);
  const fromFlagOrFile = (k, flagValue) => {
    const flag = FLAG_NAMES[k];
    if (flagValue !== void 0) return { value: flagValue, source: `--${flag}` };
    const v = data.context?.[k];
    if (v !== void 0 && file) return { value: v, source: file.where(["context", k]) };
    return void 0;
  };
  const applierFlag = flags.explicit && !explicit.has("applier") ? void 0 : flags.applier;
  const context = {
    kernel: fromFlagOrFile("kernel", flags.kernel),
    kubernetesVersion: fromFlagOrFile("kubernetesVersion", flags.kubernetesVersion),
    nodeRole: fromFlagOrFile("nodeRole", flags.nodeRole),
    nodePortRange: fromFlagOrFile("nodePortRange", flags.nodePortRange),
    applier: fromFlagOrFile("applier", applierFlag) ?? { value: "both", source: "default" }
  };
  const base = file?.dir ?? cwd;
  const policies = [];
  data.policies?.forEach((p, i) => policies.push({ value: import_node_path19.default.resolve(base, p), source: file?.where(["policies", i]) ?? "default" }));
  for (const p of flags.policies ?? []) policies.push({ value: import_node_path19.default.resolve(cwd, p), source: "--policies" });
  const catalog = buildRuleCatalog(loadPolicies2(policies.map((p) => p.value)));
  const ruleMap = (rules, at) => {
    const out = /* @__PURE__ */ new Map();
    for (const [id, level] of Object.entries(rules ?? {})) {
      const canonical = catalog.canonical(id);
      if (!canonical) {
        const near = catalog.closest(id);
        if (file) problems.push(file.problemAt([...at, id], `${[...at, id].join(".")}: unknown rule "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : ""} (sysctl-lint --list-rules lists them)`, true));
        continue;
      }
      out.set(canonical, { level, source: file?.where([...at, id]) ?? "default" });
    }
    return out;
  };
  const baseRules = ruleMap(data.rules, ["rules"]);
  const overrides = [];
  const overridePatterns = [];
  data.overrides?.forEach((o, i) => {
    const source = file?.where(["overrides", i]) ?? "default";
    overrides.push({ files: new GlobSet(base, o.files), rules: ruleMap(o.rules, ["overrides", i, "rules"]), source });
    overridePatterns.push({ files: o.files, source });
  });
  const ignorePatterns = (data.ignore ?? []).map((p, i) => ({ value: p, source: file?.where(["ignore", i]) ?? "default" }));
  const nodePatterns = (data.nodes ?? []).map((n, i) => ({ name: n.name, files: n.files, source: file?.where(["nodes", i]) ?? "default" }));
  const config = {
    cwd,
    file,
    context,
    policies,
    rules: new RuleSettings(baseRules, overrides, cwd),
    ignore: { patterns: ignorePatterns, set: ignorePatterns.length ? new GlobSet(base, ignorePatterns.map((p) => p.value)) : void 0 },
    respectGitignore: data.respectGitignore !== void 0 && file ? { value: data.respectGitignore, source: file.where(["respectGitignore"]) } : { value: true, source: "default" },
    nodes: new NodeGroups(nodePatterns.map((n) => ({ name: n.name, files: new GlobSet(base, n.files), source: n.source }))),
    nodePatterns,
    overridePatterns
  };
  return { config: problems.length ? void 0 : config, problems };
}

// src/config/cli.ts
var TODAY_ENV = "SYSCTL_LINT_TODAY";
function describeProblem(p) {
  if (!p.text) return `${p.file}: ${p.message}`;
  const pos = new LineIndex(p.text).position(p.span.start);
  return `${p.file}:${pos.line}:${pos.column}: ${p.message}`;
}
function userControl(opts, io) {
  const err = (s) => io.stderr.write(s);
  const display = (abs) => displayPath(abs, io.cwd);
  const loaded = locateAndLoadConfig(opts, io.cwd, display);
  if (loaded.problems.length) {
    for (const p of loaded.problems) err(`sysctl-lint: invalid config: ${describeProblem(p)}
`);
    return { exit: 2 };
  }
  const resolved = resolveConfig(opts, io.cwd, loaded.file, (dirs) => loadPolicies({ policyDirs: dirs, cwd: io.cwd }).policies);
  if (!resolved.config) {
    for (const p of resolved.problems) err(`sysctl-lint: invalid config: ${describeProblem(p)}
`);
    return { exit: 2 };
  }
  const config = resolved.config;
  const policyDirs = config.policies.map((p) => p.value);
  const write = (s) => {
    if (!opts.outputFile) return io.stdout.write(s);
    const out = import_node_path20.default.resolve(io.cwd, opts.outputFile);
    import_node_fs15.default.mkdirSync(import_node_path20.default.dirname(out), { recursive: true });
    import_node_fs15.default.appendFileSync(out, s);
  };
  if (opts.outputFile && (opts.printConfig || opts.listRules || opts.paths[0] === "explain")) import_node_fs15.default.rmSync(import_node_path20.default.resolve(io.cwd, opts.outputFile), { force: true });
  const docsIO = { stdout: write, stderr: err };
  if (opts.printConfig) {
    write(printConfig(config, `https://unpkg.com/sysctl-lint@${toolVersion()}/schemas/config.schema.json`));
    return { exit: 0 };
  }
  if (opts.listRules || opts.paths[0] === "explain") {
    const { policies, problems } = loadPolicies({ policyDirs, cwd: io.cwd });
    for (const p of problems) err(`sysctl-lint: invalid policy: ${describeProblem(p)}
`);
    const status = opts.listRules ? runListRules(policies, opts.format, config.rules, docsIO) : runExplain(opts.paths.slice(1), policies, opts.format, config.rules, docsIO);
    return { exit: problems.length ? 2 : status };
  }
  const today = io.env[TODAY_ENV];
  if (today !== void 0 && !isValidDate(today)) {
    err(`sysctl-lint: ${TODAY_ENV}="${today}" is not a date like 2026-12-31
`);
    return { exit: 2 };
  }
  const ctx = config.context;
  const fromFile = (v) => v && !v.source.startsWith("--") ? v.source : void 0;
  const roots = [...opts.paths, ...opts.root ? [opts.root] : []].map((p) => import_node_path20.default.resolve(io.cwd, p));
  return {
    config,
    lintOptions: {
      kernel: ctx.kernel?.value,
      kubernetesVersion: ctx.kubernetesVersion?.value,
      nodeRole: ctx.nodeRole?.value,
      nodePortRange: ctx.nodePortRange?.value,
      applier: ctx.applier.value,
      contextSources: { kernel: fromFile(ctx.kernel), kubernetesVersion: fromFile(ctx.kubernetesVersion), nodeRole: fromFile(ctx.nodeRole), nodePortRange: fromFile(ctx.nodePortRange) },
      policyDirs,
      ruleSettings: config.rules.isEmpty ? void 0 : config.rules,
      ruleFilter: config.rules.isEmpty ? void 0 : (id) => config.rules.evaluates(id),
      inputFilter: createInputFilter({ roots, configIgnore: config.ignore.set, respectGitignore: config.respectGitignore.value }),
      nodeGroups: config.nodes.groups.length ? config.nodes : void 0,
      today
    }
  };
}

// src/cli/main.ts
function exitCodeFor(findings, opts) {
  const threshold = opts.failLevel === "none" ? Infinity : SEVERITY_RANK[opts.failLevel];
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) return 1;
  if (opts.maxWarnings >= 0 && findings.filter((f) => f.severity === "warning").length > opts.maxWarnings) return 1;
  return 0;
}
function describeProblem2(p) {
  if (!p.text) return `${p.file}: ${p.message}`;
  const pos = new LineIndex(p.text).position(p.span.start);
  return `${p.file}:${pos.line}:${pos.column}: ${p.message}`;
}
function runCli(io) {
  let opts;
  try {
    opts = parseCli(io.argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`sysctl-lint: ${e.message}
Run sysctl-lint --help for usage.
`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${toolVersion()}
`);
    return 0;
  }
  const ctxErrors = validateContextOptions(opts);
  if (ctxErrors.length) {
    for (const e of ctxErrors) io.stderr.write(`sysctl-lint: ${e}
`);
    return 2;
  }
  const control = userControl(opts, io);
  if (control.exit !== void 0) return control.exit;
  if (opts.paths.length === 0 && !opts.root && !opts.live && !opts.liveSnapshot) {
    io.stderr.write("sysctl-lint: no paths given (try `sysctl-lint .` or `sysctl-lint --root /mnt/image`)\n");
    return 2;
  }
  const result = lint({ ...opts, cwd: io.cwd, policyDirs: opts.policies, ...control.lintOptions });
  let status = 0;
  for (const p of result.problems) {
    io.stderr.write(`sysctl-lint: invalid policy: ${describeProblem2(p)}
`);
    status = 2;
  }
  for (const e of result.inputErrors) {
    io.stderr.write(`sysctl-lint: ${e.path}: ${e.message}
`);
    status = 2;
  }
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === "error");
  const reporter = REPORTERS[opts.format];
  if (!reporter) throw new Error(`no reporter ${opts.format}`);
  const color = opts.outputFile ? false : colorWanted(io.stdout, io.env, opts.color);
  const reportCtx = { result, cwd: io.cwd, toolVersion: toolVersion(), color, codeFrame: opts.codeFrame, ...deliveryContext(opts, io.cwd, io.env) };
  const report = reporter(reportCtx);
  if (opts.outputFile) {
    const out = import_node_path21.default.resolve(io.cwd, opts.outputFile);
    import_node_fs16.default.mkdirSync(import_node_path21.default.dirname(out), { recursive: true });
    import_node_fs16.default.writeFileSync(out, report);
  } else io.stdout.write(report);
  afterReport(opts, reportCtx, io.env, io.stderr);
  io.onResult?.(result, reportCtx);
  return status || exitCodeFor(result.findings, opts);
}

// src/cli/bin.ts
var [major, minor] = process.versions.node.split(".").map(Number);
if (major < 18 || major === 18 && minor < 18) {
  process.stderr.write(`sysctl-lint needs Node.js 18.18 or later (this is ${process.versions.node})
`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
  } catch (e) {
    process.stderr.write(`sysctl-lint: internal error: ${e.stack ?? String(e)}
`);
    process.exitCode = 2;
  }
}
