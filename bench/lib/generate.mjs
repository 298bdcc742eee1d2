/**
 * Generates a realistic infrastructure repository of exactly `files` files, the same on every
 * machine for a given seed:
 *
 *   images/<name>/rootfs/...   node images: sysctl.d drop-ins (about a tenth of all files),
 *                              usr/lib/sysctl.d, etc/sysctl.conf (+ the 99-sysctl.conf link),
 *                              modules-load.d, a Dockerfile or Packer template
 *   clusters/<env>/...         kubeadm configs, the kube-proxy ConfigMap, cloud-init
 *                              user-data per node pool, an ingress-nginx umbrella chart
 *   charts/<name>/             ordinary Helm charts (Chart.yaml + values.yaml)
 *   apps/<team>/<service>/     the bulk: Deployments, Services, ConfigMaps, HPAs,
 *                              kustomizations, some multi-document files, a few DaemonSets
 *   docs/, scripts/            prose and shell
 *
 * Problems are planted at fixed rates (decided by the seeded PRNG) and every one is recorded
 * with its file, line, column and rule ids (plants.mjs). Everything else is meant to be clean:
 * a finding the manifest does not list is an "extra" in the benchmark's check.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { createRng } from './prng.mjs';
import { FileText } from './text.mjs';

/** Bump when the output changes, so cached trees are regenerated. */
export const GENERATOR_VERSION = 4;

/** Planting rates. Per image, per Deployment, per user-data, per ingress umbrella. */
export const RATES = {
  image: { twRecycle: 0.12, synRetries: 0.1, quoted: 0.1, inlineComment: 0.1, conntrackTimeWait: 0.12, portRange: 0.15, sysctlConfUnlinked: 0.3 },
  deployment: { podSysctlsHostNetwork: 0.012, initSysctlHostNetwork: 0.012 },
  cloudInit: { twRecycle: 0.15 },
  ingress: { sysctlsHostNetwork: 0.4 },
};

const TEAMS = ['payments', 'search', 'identity', 'billing', 'catalog', 'checkout', 'ledger', 'notify', 'media', 'analytics', 'platform', 'ml', 'growth', 'risk', 'support', 'data'];
const SERVICES = ['api', 'worker', 'gateway', 'cron', 'ingest', 'sync', 'web', 'admin', 'proxy', 'cache', 'scheduler', 'indexer', 'exporter', 'router', 'store', 'events'];
const ENVS = ['prod', 'staging', 'dev', 'qa', 'perf', 'sandbox'];
const REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-south-1', 'eu-central-1'];
const IMAGE_BASES = ['debian-12', 'ubuntu-22.04', 'ubuntu-24.04', 'rocky-9', 'flatcar', 'al2023'];
const IMAGE_ROLES = ['k8s-worker', 'k8s-gpu', 'k8s-edge', 'k8s-control-plane', 'bastion', 'db', 'ci-runner', 'vpn'];

// ---------------------------------------------------------------------------------------
// sysctl settings. Every value here is clean under the built-in policies; keys are unique
// within an image so that no line overrides another unless a problem is planted.

const SYSCTL_THEMES = {
  '10-network.conf': {
    header: '# Network stack tuning',
    pool: [
      ['net.core.somaxconn', ['4096', '8192', '16384', '32768']],
      ['net.core.netdev_max_backlog', ['5000', '16384', '30000']],
      ['net.core.rmem_max', ['16777216', '33554432']],
      ['net.core.wmem_max', ['16777216', '33554432']],
      ['net.ipv4.tcp_rmem', ['4096 87380 16777216', '4096 131072 33554432']],
      ['net.ipv4.tcp_wmem', ['4096 65536 16777216', '4096 16384 33554432']],
      ['net.ipv4.tcp_max_syn_backlog', ['4096', '8192']],
      ['net.ipv4.tcp_slow_start_after_idle', ['0']],
      ['net.ipv4.tcp_mtu_probing', ['1']],
      ['net.ipv4.tcp_fin_timeout', ['15', '30']],
      ['net.ipv4.tcp_syn_retries', ['5', '6']],
      ['net.ipv4.tcp_timestamps', ['1']],
      ['net.ipv4.ip_local_port_range', ['32768 60999', '40000 60999']],
    ],
  },
  '20-hardening.conf': {
    header: '# Hardening (CIS-style)',
    pool: [
      ['kernel.kptr_restrict', ['1', '2']],
      ['kernel.dmesg_restrict', ['1']],
      ['kernel.randomize_va_space', ['2']],
      ['fs.suid_dumpable', ['0']],
      ['net.ipv4.conf.all.accept_redirects', ['0']],
      ['net.ipv4.conf.default.accept_redirects', ['0']],
      ['net.ipv4.conf.all.send_redirects', ['0']],
      ['net.ipv4.conf.all.log_martians', ['1']],
      ['net.ipv4.icmp_echo_ignore_broadcasts', ['1']],
      ['net.ipv6.conf.all.accept_ra', ['0']],
    ],
  },
  '30-vm.conf': {
    header: '# Memory management',
    pool: [
      ['vm.max_map_count', ['262144', '524288']],
      ['vm.swappiness', ['1', '10']],
      ['vm.dirty_ratio', ['10', '20']],
      ['vm.dirty_background_ratio', ['5']],
      ['vm.min_free_kbytes', ['65536', '131072']],
    ],
  },
  '40-fs.conf': {
    header: '# File handles and inotify (many pods watch many files)',
    pool: [
      ['fs.inotify.max_user_watches', ['524288', '1048576']],
      ['fs.inotify.max_user_instances', ['8192']],
      ['fs.file-max', ['2097152']],
    ],
  },
  '60-neighbours.conf': {
    header: '# Large L2 domains: keep the neighbour table from overflowing',
    pool: [
      ['net.ipv4.neigh.default.gc_thresh1', ['4096']],
      ['net.ipv4.neigh.default.gc_thresh2', ['8192']],
      ['net.ipv4.neigh.default.gc_thresh3', ['16384']],
    ],
  },
};

const K8S_SETTINGS = [
  ['net.ipv4.ip_forward', ['1']],
  ['net.bridge.bridge-nf-call-iptables', ['1']],
  ['net.bridge.bridge-nf-call-ip6tables', ['1']],
  ['net.netfilter.nf_conntrack_max', ['524288', '1048576']],
  ['net.netfilter.nf_conntrack_tcp_timeout_established', ['86400']],
  ['net.netfilter.nf_conntrack_tcp_timeout_close_wait', ['3600']],
  ['net.netfilter.nf_conntrack_tcp_timeout_time_wait', ['120']],
  ['vm.overcommit_memory', ['1']],
  ['vm.panic_on_oom', ['0']],
  ['kernel.panic', ['10']],
  ['kernel.panic_on_oops', ['1']],
];

/** systemd's own 50-default.conf (abridged), shipped in /usr/lib/sysctl.d. */
const SYSTEMD_DEFAULT = [
  '#  SPDX-License-Identifier: LGPL-2.1-or-later',
  '#',
  '#  This file is part of systemd.',
  '',
  '# See sysctl.d(5) and core(5) for documentation.',
  '',
  '# System Request functionality of the kernel (SYNC)',
  'kernel.sysrq = 16',
  '',
  '# Append the PID to the core filename',
  'kernel.core_uses_pid = 1',
  '',
  '# Source route verification',
  'net.ipv4.conf.default.rp_filter = 2',
  'net.ipv4.conf.*.rp_filter = 2',
  '-net.ipv4.conf.all.rp_filter',
  '',
  '# Do not accept source routing',
  'net.ipv4.conf.default.accept_source_route = 0',
  'net.ipv4.conf.*.accept_source_route = 0',
  '-net.ipv4.conf.all.accept_source_route',
  '',
  '# Promote secondary addresses when the primary address is removed',
  'net.ipv4.conf.default.promote_secondaries = 1',
  'net.ipv4.conf.*.promote_secondaries = 1',
  '-net.ipv4.conf.all.promote_secondaries',
  '',
  '# ping(8) without CAP_NET_ADMIN and CAP_NET_RAW',
  'net.ipv4.ping_group_range = 0 2147483647',
  '',
  '# Fair Queue CoDel packet scheduler to fight bufferbloat',
  'net.core.default_qdisc = fq_codel',
  '',
  '# Enable hard and soft link protection',
  'fs.protected_hardlinks = 1',
  'fs.protected_symlinks = 1',
  '',
  '# Enable regular file and FIFO protection',
  'fs.protected_regular = 1',
  'fs.protected_fifos = 1',
];

/** The commented-out part of Debian's /etc/sysctl.conf. */
const DEBIAN_SYSCTL_CONF = [
  '#',
  '# /etc/sysctl.conf - Configuration file for setting system variables',
  '# See /etc/sysctl.d/ for additional system variables.',
  '# See sysctl.conf (5) for information.',
  '#',
  '',
  '#kernel.domainname = example.com',
  '',
  '# Uncomment the following to stop low-level messages on console',
  '#kernel.printk = 3 4 1 3',
  '',
  '###################################################################',
  '# Functions previously found in netbase',
  '#',
  '',
  '# Uncomment the next two lines to enable Spoof protection (reverse-path filter)',
  '#net.ipv4.conf.default.rp_filter=1',
  '#net.ipv4.conf.all.rp_filter=1',
  '',
  '# Uncomment the next line to enable TCP/IP SYN cookies',
  '#net.ipv4.tcp_syncookies=1',
  '',
];
const LEGACY_SETTINGS = [
  ['kernel.printk', ['3 4 1 3']],
  ['net.ipv4.tcp_syncookies', ['1']],
  ['vm.vfs_cache_pressure', ['50', '100']],
];

// ---------------------------------------------------------------------------------------

class RepoWriter {
  constructor(root, limit) {
    this.root = root;
    this.limit = limit;
    this.count = 0;
    this.bytes = 0;
    this.dirs = new Set();
    this.problems = [];
    this.kinds = {};
    this.samples = {};
  }

  get full() {
    return this.count >= this.limit;
  }

  ensureDir(rel) {
    const dir = path.posix.dirname(rel);
    if (this.dirs.has(dir)) return;
    fs.mkdirSync(path.join(this.root, dir), { recursive: true });
    this.dirs.add(dir);
  }

  /** Writes a FileText (or a string) as `rel`; `kind` groups files for the report. */
  write(rel, content, kind) {
    if (this.full) return false;
    this.ensureDir(rel);
    const text = typeof content === 'string' ? content : content.text();
    fs.writeFileSync(path.join(this.root, rel), text);
    if (typeof content !== 'string') this.problems.push(...content.problems);
    this.count++;
    this.bytes += Buffer.byteLength(text);
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    this.samples[kind] ??= rel;
    return true;
  }

  symlink(rel, target, kind) {
    if (this.full) return false;
    this.ensureDir(rel);
    fs.symlinkSync(target, path.join(this.root, rel));
    this.count++;
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    return true;
  }
}

function sysctlLine(rng, key, value) {
  // Most files use `key = value`; some write `key=value` (both are common in the wild).
  return rng.chance(0.8) ? `${key} = ${value}` : `${key}=${value}`;
}

// --- images ------------------------------------------------------------------------------

function writeImage(w, rng, name, k8s) {
  const base = `images/${name}`;
  const rootfs = `${base}/rootfs`;
  const distro = rng.pick(IMAGE_BASES);
  if (rng.chance(0.5)) {
    w.write(`${base}/Dockerfile`, [`FROM ${distro.replace('-', ':')}`, 'COPY rootfs/ /', 'RUN apt-get update && apt-get install -y --no-install-recommends procps kmod && rm -rf /var/lib/apt/lists/*', ''].join('\n'), 'other');
  } else {
    w.write(
      `${base}/image.pkr.hcl`,
      [`source "amazon-ebs" "${name}" {`, `  ami_name      = "${name}-{{timestamp}}"`, '  instance_type = "m6i.large"', `  ssh_username  = "admin"`, '}', '', 'build {', `  sources = ["source.amazon-ebs.${name}"]`, '  provisioner "file" {', '    source      = "rootfs/"', '    destination = "/tmp/rootfs"', '  }', '}', ''].join('\n'),
      'other',
    );
  }
  w.write(`${rootfs}/etc/hostname`, `${name}\n`, 'other');
  if (k8s) w.write(`${rootfs}/etc/modules-load.d/k8s.conf`, ['# Loaded by systemd-modules-load before systemd-sysctl', 'overlay', 'br_netfilter', 'nf_conntrack', ''].join('\n'), 'other');

  const r = RATES.image;
  const plants = {
    twRecycle: rng.chance(r.twRecycle),
    synRetries: rng.chance(r.synRetries),
    quoted: rng.chance(r.quoted),
    inlineComment: rng.chance(r.inlineComment),
    conntrackTimeWait: k8s && rng.chance(r.conntrackTimeWait),
    portRange: k8s && rng.chance(r.portRange),
  };
  // Theme files of this image; the network file is needed by several plants.
  const themes = rng.sample(Object.keys(SYSCTL_THEMES), rng.int(2, 4));
  if ((plants.twRecycle || plants.synRetries || plants.quoted || plants.inlineComment || plants.portRange) && !themes.includes('10-network.conf')) themes.unshift('10-network.conf');
  for (const theme of themes) {
    const { header, pool } = SYSCTL_THEMES[theme];
    const ft = new FileText(`${rootfs}/etc/sysctl.d/${theme}`);
    ft.addAll([header, `# Managed by the ${name} image build; do not edit on nodes.`, '']);
    const chosen = rng.sample(pool, rng.int(Math.min(3, pool.length), pool.length));
    for (const [key, values] of chosen) {
      if (key === 'net.ipv4.tcp_syn_retries' && plants.synRetries) continue;
      if (key === 'net.core.somaxconn' && plants.quoted) continue;
      if (key === 'net.ipv4.tcp_fin_timeout' && plants.inlineComment) continue;
      if (key === 'net.ipv4.ip_local_port_range' && plants.portRange) continue;
      if (rng.chance(0.15)) ft.addAll(['', `# ${key.split('.').pop().replace(/_/g, ' ')}`]);
      // A wide ephemeral range is fine on a machine that is not a Kubernetes node
      // (ip_forward = 0 tells the linter so): a clean look-alike of the NodePort plant.
      const value = key === 'net.ipv4.ip_local_port_range' && !k8s && rng.chance(0.3) ? '1024 65535' : rng.pick(values);
      ft.add(sysctlLine(rng, key, value));
    }
    if (theme === '10-network.conf') {
      if (plants.twRecycle) {
        ft.addAll(['', '# Faster TIME_WAIT recycling (from a tuning guide)']);
        ft.plant('net.ipv4.tcp_tw_recycle = 1', 'net.ipv4.tcp_tw_recycle', 'tw-recycle');
      }
      if (plants.synRetries) ft.plant('net.ipv4.tcp_syn_retries = 1', 'net.ipv4.tcp_syn_retries', 'syn-retries-1');
      if (plants.quoted) ft.plant('net.core.somaxconn = "4096"', 'net.core.somaxconn', 'quoted-value');
      if (plants.inlineComment) ft.plant('net.ipv4.tcp_fin_timeout = 30      # shorter FIN_WAIT2', 'net.ipv4.tcp_fin_timeout', 'inline-comment');
      if (plants.portRange) {
        ft.addAll(['', '# More source ports for busy proxies']);
        ft.plant('net.ipv4.ip_local_port_range = 1024 65535', 'net.ipv4.ip_local_port_range', 'port-range-nodeport');
      }
    }
    w.write(ft.file, ft, 'sysctl-conf');
  }
  if (k8s) {
    const ft = new FileText(`${rootfs}/etc/sysctl.d/99-kubernetes.conf`);
    ft.addAll(['# Required by kubelet, kube-proxy and the CNI', '']);
    for (const [key, values] of K8S_SETTINGS) {
      if (key === 'net.netfilter.nf_conntrack_tcp_timeout_time_wait' && plants.conntrackTimeWait) {
        ft.plant(`${key} = 10`, key, 'conntrack-time-wait-10');
        continue;
      }
      ft.add(sysctlLine(rng, key, rng.pick(values)));
    }
    w.write(ft.file, ft, 'sysctl-conf');
  } else {
    w.write(`${rootfs}/etc/sysctl.d/90-router.conf`, '# Not a router\nnet.ipv4.ip_forward = 0\n', 'sysctl-conf');
  }
  if (rng.chance(0.4)) w.write(`${rootfs}/usr/lib/sysctl.d/50-default.conf`, SYSTEMD_DEFAULT.join('\n') + '\n', 'sysctl-conf');
  if (rng.chance(0.3)) w.write(`${rootfs}/usr/lib/sysctl.d/50-pid-max.conf`, '# Raise the PID limit (systemd default)\nkernel.pid_max = 4194304\n', 'sysctl-conf');
  if (rng.chance(0.35)) {
    const ft = new FileText(`${rootfs}/etc/sysctl.conf`);
    ft.addAll(DEBIAN_SYSCTL_CONF);
    for (const [key, values] of rng.sample(LEGACY_SETTINGS, rng.int(1, LEGACY_SETTINGS.length))) ft.add(sysctlLine(rng, key, rng.pick(values)));
    // Without the compatibility link systemd-sysctl never reads the file; that is a finding
    // only for a complete root (--root), not for an image tree met while walking a repo.
    const linked = !rng.chance(r.sysctlConfUnlinked);
    w.write(ft.file, ft, 'sysctl-conf');
    if (linked) w.symlink(`${rootfs}/etc/sysctl.d/99-sysctl.conf`, '../sysctl.conf', 'sysctl-conf');
  }
}

// --- Kubernetes workloads -----------------------------------------------------------------

function labels(ft, ind, name, team) {
  ft.addAll([`${ind}app.kubernetes.io/name: ${name}`, `${ind}app.kubernetes.io/part-of: ${team}`]);
}

function container(ft, rng, ind, name, team, opts = {}) {
  const port = rng.pick([8080, 8000, 9000, 3000, 8443]);
  ft.addAll([`${ind}- name: ${name}`, `${ind}  image: registry.example.com/${team}/${name}:${rng.int(1, 4)}.${rng.int(0, 30)}.${rng.int(0, 9)}`, `${ind}  imagePullPolicy: IfNotPresent`]);
  if (rng.chance(0.4)) ft.addAll([`${ind}  args:`, `${ind}    - --port=${port}`, `${ind}    - --log-level=${rng.pick(['info', 'debug', 'warn'])}`]);
  ft.addAll([`${ind}  ports:`, `${ind}    - name: http`, `${ind}      containerPort: ${port}`, `${ind}      protocol: TCP`]);
  const envs = rng.int(0, 6);
  if (envs) {
    ft.add(`${ind}  env:`);
    for (let i = 0; i < envs; i++) {
      if (rng.chance(0.3)) ft.addAll([`${ind}    - name: SECRET_${i}`, `${ind}      valueFrom:`, `${ind}        secretKeyRef:`, `${ind}          name: ${name}-secrets`, `${ind}          key: key-${i}`]);
      else ft.addAll([`${ind}    - name: ${rng.pick(['LOG_FORMAT', 'REGION', 'FEATURE_FLAGS', 'DB_POOL', 'CACHE_TTL', 'TIMEOUT_MS'])}_${i}`, `${ind}      value: "${rng.pick(['json', 'eu-west-1', 'a,b,c', '20', '300', '1500'])}"`]);
    }
  }
  ft.addAll([
    `${ind}  resources:`,
    `${ind}    requests:`,
    `${ind}      cpu: ${rng.pick(['50m', '100m', '250m', '500m'])}`,
    `${ind}      memory: ${rng.pick(['64Mi', '128Mi', '256Mi', '512Mi'])}`,
    `${ind}    limits:`,
    `${ind}      memory: ${rng.pick(['256Mi', '512Mi', '1Gi'])}`,
  ]);
  if (!opts.noProbes) {
    ft.addAll([`${ind}  readinessProbe:`, `${ind}    httpGet:`, `${ind}      path: /healthz`, `${ind}      port: http`, `${ind}    periodSeconds: 10`]);
    if (rng.chance(0.6)) ft.addAll([`${ind}  livenessProbe:`, `${ind}    httpGet:`, `${ind}      path: /livez`, `${ind}      port: http`, `${ind}    initialDelaySeconds: 15`]);
  }
  if (opts.privileged) ft.addAll([`${ind}  securityContext:`, `${ind}    privileged: true`]);
  else ft.addAll([`${ind}  securityContext:`, `${ind}    runAsNonRoot: true`, `${ind}    allowPrivilegeEscalation: false`, `${ind}    readOnlyRootFilesystem: true`, `${ind}    capabilities:`, `${ind}      drop: [ALL]`]);
}

/**
 * A pod template's spec at indentation `ind`. Plants: pod sysctls with hostNetwork, and a
 * privileged init container writing a sysctl in a hostNetwork pod. Clean look-alikes: pod
 * sysctls without hostNetwork (allowed: the pod's own network namespace), hostNetwork
 * agents without sysctls.
 */
function podSpec(ft, rng, ind, name, team, opts) {
  ft.add(`${ind}serviceAccountName: ${name}`);
  if (opts.hostNetwork) ft.addAll([`${ind}hostNetwork: true`, `${ind}dnsPolicy: ClusterFirstWithHostNet`]);
  if (opts.podSysctls) {
    ft.addAll([`${ind}securityContext:`, `${ind}  sysctls:`]);
    if (opts.hostNetwork) ft.plant(`${ind}    - name: net.ipv4.tcp_syncookies`, 'net.ipv4.tcp_syncookies', 'pod-sysctls-hostnetwork');
    else ft.add(`${ind}    - name: net.ipv4.tcp_syncookies`);
    ft.add(`${ind}      value: "1"`);
  } else if (rng.chance(0.5)) {
    ft.addAll([`${ind}securityContext:`, `${ind}  runAsUser: 10001`, `${ind}  fsGroup: 10001`, `${ind}  seccompProfile:`, `${ind}    type: RuntimeDefault`]);
  }
  if (opts.initSysctl) {
    ft.addAll([`${ind}initContainers:`, `${ind}  - name: sysctl`, `${ind}    image: busybox:1.36`, `${ind}    command:`, `${ind}      - sh`, `${ind}      - -c`]);
    ft.plant(`${ind}      - sysctl -w net.core.somaxconn=32768`, 'net.core.somaxconn', 'init-sysctl-w-hostnetwork');
    ft.addAll([`${ind}    securityContext:`, `${ind}      privileged: true`]);
  } else if (rng.chance(0.1)) {
    ft.addAll([`${ind}initContainers:`, `${ind}  - name: wait-for-db`, `${ind}    image: busybox:1.36`, `${ind}    command: ["sh", "-c", "until nc -z ${team}-db 5432; do sleep 2; done"]`]);
  }
  ft.add(`${ind}containers:`);
  container(ft, rng, `${ind}  `, name, team, { privileged: opts.privileged, noProbes: opts.privileged });
  if (rng.chance(0.3)) ft.addAll([`${ind}nodeSelector:`, `${ind}  kubernetes.io/os: linux`]);
  if (rng.chance(0.2)) ft.addAll([`${ind}tolerations:`, `${ind}  - key: dedicated`, `${ind}    operator: Equal`, `${ind}    value: ${team}`, `${ind}    effect: NoSchedule`]);
}

function workload(ft, rng, kind, name, ns, team, opts) {
  ft.addAll([`apiVersion: apps/v1`, `kind: ${kind}`, 'metadata:', `  name: ${name}`, `  namespace: ${ns}`, '  labels:']);
  labels(ft, '    ', name, team);
  ft.add('spec:');
  if (kind !== 'DaemonSet') ft.add(`  replicas: ${rng.int(1, 6)}`);
  if (kind === 'StatefulSet') ft.add(`  serviceName: ${name}`);
  ft.addAll(['  revisionHistoryLimit: 5', '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${name}`, '  template:', '    metadata:', '      labels:']);
  labels(ft, '        ', name, team);
  if (rng.chance(0.5)) ft.addAll(['      annotations:', '        prometheus.io/scrape: "true"', `        prometheus.io/port: "${rng.pick([9090, 9102, 8080])}"`]);
  ft.add('    spec:');
  podSpec(ft, rng, '      ', name, team, opts);
  if (kind === 'StatefulSet') ft.addAll(['  volumeClaimTemplates:', '    - metadata:', '        name: data', '      spec:', '        accessModes: [ReadWriteOnce]', '        resources:', '          requests:', `            storage: ${rng.pick(['10Gi', '50Gi', '200Gi'])}`]);
}

function service(ft, rng, name, ns, team) {
  ft.addAll(['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`, `  namespace: ${ns}`, '  labels:']);
  labels(ft, '    ', name, team);
  const type = rng.chance(0.1) ? 'NodePort' : 'ClusterIP';
  ft.addAll(['spec:', `  type: ${type}`, '  selector:', `    app.kubernetes.io/name: ${name}`, '  ports:', '    - name: http', '      port: 80', '      targetPort: http']);
  if (type === 'NodePort') ft.add(`      nodePort: ${rng.int(30000, 32767)}`);
}

function configMap(ft, rng, name, ns) {
  ft.addAll(['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}-config`, `  namespace: ${ns}`, 'data:']);
  if (rng.chance(0.5)) {
    ft.addAll(['  application.yaml: |', '    server:', `      port: ${rng.pick([8080, 8000])}`, '    logging:', `      level: ${rng.pick(['INFO', 'DEBUG', 'WARN'])}`, '    database:', `      pool: ${rng.int(5, 50)}`, `      timeout: ${rng.int(1, 30)}s`]);
  }
  for (let i = 0, n = rng.int(1, 8); i < n; i++) ft.add(`  ${rng.pick(['FEATURE', 'LIMIT', 'ENDPOINT', 'MODE', 'RETRIES'])}_${i}: "${rng.pick(['on', 'off', '100', 'https://api.example.com', 'fast', '3'])}"`);
}

function hpa(ft, rng, name, ns) {
  ft.addAll([
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${ns}`,
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${name}`,
    `  minReplicas: ${rng.int(1, 3)}`,
    `  maxReplicas: ${rng.int(4, 30)}`,
    '  metrics:',
    '    - type: Resource',
    '      resource:',
    '        name: cpu',
    '        target:',
    '          type: Utilization',
    `          averageUtilization: ${rng.pick([60, 70, 80])}`,
  ]);
}

function deploymentOpts(rng) {
  const r = RATES.deployment;
  if (rng.chance(r.podSysctlsHostNetwork)) return { hostNetwork: true, podSysctls: true };
  if (rng.chance(r.initSysctlHostNetwork)) return { hostNetwork: true, initSysctl: true };
  if (rng.chance(0.02)) return { podSysctls: true }; // allowed: the pod's own network namespace
  return {};
}

function writeService(w, rng, team, svc) {
  const dir = `apps/${team}/${svc}`;
  const name = svc;
  const ns = team;
  const t = team.replace(/-\d+$/, '');
  const layout = rng.next();
  if (layout < 0.3) {
    // One multi-document file.
    const ft = new FileText(`${dir}/${name}.yaml`);
    configMap(ft, rng, name, ns);
    ft.add('---');
    workload(ft, rng, 'Deployment', name, ns, t, deploymentOpts(rng));
    ft.add('---');
    service(ft, rng, name, ns, t);
    w.write(ft.file, ft, 'k8s-manifest');
    w.write(`${dir}/kustomization.yaml`, ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', `namespace: ${ns}`, 'resources:', `  - ${name}.yaml`, ''].join('\n'), 'k8s-manifest');
    return;
  }
  const files = [];
  const kind = layout > 0.95 ? 'DaemonSet' : layout > 0.9 ? 'StatefulSet' : 'Deployment';
  // DaemonSets here are node agents: hostNetwork and privileged, but they write no sysctl.
  const opts = kind === 'DaemonSet' ? { hostNetwork: true, privileged: true } : deploymentOpts(rng);
  const steps = [
    [`${kind.toLowerCase()}.yaml`, (ft) => workload(ft, rng, kind, name, ns, t, opts)],
    ['service.yaml', (ft) => service(ft, rng, name, ns, t)],
  ];
  if (rng.chance(0.7)) steps.push(['configmap.yaml', (ft) => configMap(ft, rng, name, ns)]);
  if (kind === 'Deployment' && rng.chance(0.3)) steps.push(['hpa.yaml', (ft) => hpa(ft, rng, name, ns)]);
  for (const [file, fill] of steps) {
    const ft = new FileText(`${dir}/${file}`);
    fill(ft);
    if (!w.write(ft.file, ft, 'k8s-manifest')) return;
    files.push(file);
  }
  w.write(`${dir}/kustomization.yaml`, ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', `namespace: ${ns}`, 'resources:', ...files.map((f) => `  - ${f}`), ''].join('\n'), 'k8s-manifest');
}

// --- clusters: kubeadm, kube-proxy, cloud-init, ingress-nginx ------------------------------

function writeKubeadm(w, rng, env, cluster) {
  const ft = new FileText(`clusters/${cluster}/kubeadm-config.yaml`);
  const minor = rng.int(27, 31);
  ft.addAll([
    'apiVersion: kubeadm.k8s.io/v1beta3',
    'kind: InitConfiguration',
    'nodeRegistration:',
    '  criSocket: unix:///run/containerd/containerd.sock',
    '  kubeletExtraArgs:',
    '    cgroup-driver: systemd',
    '---',
    'apiVersion: kubeadm.k8s.io/v1beta3',
    'kind: ClusterConfiguration',
    `kubernetesVersion: v1.${minor}.${rng.int(0, 9)}`,
    `clusterName: ${cluster}`,
    `controlPlaneEndpoint: api.${cluster}.example.internal:6443`,
    'networking:',
    '  podSubnet: 10.244.0.0/16',
    '  serviceSubnet: 10.96.0.0/12',
    'apiServer:',
    '  extraArgs:',
    '    service-node-port-range: 30000-32767',
    `    audit-log-maxage: "${rng.int(7, 30)}"`,
    'controllerManager:',
    '  extraArgs:',
    '    bind-address: 0.0.0.0',
    '---',
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    'cgroupDriver: systemd',
    `maxPods: ${rng.pick([110, 150, 250])}`,
    'serverTLSBootstrap: true',
  ]);
  w.write(ft.file, ft, 'kubeadm');
}

function writeKubeProxy(w, rng, cluster) {
  const ft = new FileText(`clusters/${cluster}/kube-system/kube-proxy-configmap.yaml`);
  const ipvs = rng.chance(0.3);
  ft.addAll([
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: kube-proxy',
    '  namespace: kube-system',
    '  labels:',
    '    app: kube-proxy',
    'data:',
    '  config.conf: |-',
    '    apiVersion: kubeproxy.config.k8s.io/v1alpha1',
    '    kind: KubeProxyConfiguration',
    '    bindAddress: 0.0.0.0',
    '    clientConnection:',
    '      kubeconfig: /var/lib/kube-proxy/kubeconfig.conf',
    '    clusterCIDR: 10.244.0.0/16',
    '    conntrack:',
    '      maxPerCore: 32768',
    '      min: 131072',
    '      tcpCloseWaitTimeout: 1h0m0s',
    '      tcpEstablishedTimeout: 24h0m0s',
    '    ipvs:',
    `      scheduler: "${ipvs ? 'rr' : ''}"`,
    '      strictARP: false',
    `    mode: "${ipvs ? 'ipvs' : 'iptables'}"`,
    '    metricsBindAddress: 0.0.0.0:10249',
    '  kubeconfig.conf: |-',
    '    apiVersion: v1',
    '    kind: Config',
    '    clusters:',
    '    - cluster:',
    '        certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
    `        server: https://api.${cluster}.example.internal:6443`,
    '      name: default',
  ]);
  w.write(ft.file, ft, 'kube-proxy');
}

function writeCloudInit(w, rng, cluster, pool) {
  const ft = new FileText(`clusters/${cluster}/nodepools/${pool}/user-data.yaml`);
  ft.addAll([
    '#cloud-config',
    `hostname: ${pool}`,
    'package_update: true',
    'packages:',
    '  - containerd',
    '  - jq',
    '  - nfs-common',
    'users:',
    '  - name: ops',
    '    groups: [sudo]',
    '    shell: /bin/bash',
    '    ssh_authorized_keys:',
    `      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${pool.replace(/[^a-z]/g, '')}ops ops@example.com`,
  ]);
  const sysctlFile = rng.chance(0.5);
  const plant = sysctlFile && rng.chance(RATES.cloudInit.twRecycle / 0.5);
  if (sysctlFile) {
    ft.addAll(['write_files:', '  - path: /etc/sysctl.d/60-node-tuning.conf', '    owner: root:root', "    permissions: '0644'", '    content: |', '      # Node tuning', `      net.core.somaxconn = ${rng.pick([4096, 8192])}`, '      fs.inotify.max_user_watches = 524288']);
    if (plant) ft.plant('      net.ipv4.tcp_tw_recycle = 1', 'net.ipv4.tcp_tw_recycle', 'cloud-init-tw-recycle');
    ft.add('      vm.max_map_count = 262144');
  }
  ft.addAll(['runcmd:', '  - systemctl enable --now containerd']);
  if (sysctlFile) ft.add('  - sysctl --system');
  ft.add(`  - kubeadm join --config /etc/kubeadm/join.yaml`);
  w.write(ft.file, ft, 'cloud-init');
}

function writeIngress(w, rng, cluster) {
  const dir = `clusters/${cluster}/ingress-nginx`;
  w.write(`${dir}/Chart.yaml`, ['apiVersion: v2', 'name: ingress', 'version: 1.0.0', 'dependencies:', '  - name: ingress-nginx', `    version: 4.${rng.int(8, 12)}.${rng.int(0, 3)}`, '    repository: https://kubernetes.github.io/ingress-nginx', ''].join('\n'), 'helm-values');
  const ft = new FileText(`${dir}/values.yaml`);
  const hostNetwork = rng.chance(0.6);
  const plant = hostNetwork && rng.chance(RATES.ingress.sysctlsHostNetwork / 0.6);
  ft.addAll(['ingress-nginx:', '  controller:', `    kind: ${hostNetwork ? 'DaemonSet' : 'Deployment'}`, `    hostNetwork: ${hostNetwork}`]);
  if (hostNetwork) ft.add('    dnsPolicy: ClusterFirstWithHostNet');
  if (plant) {
    ft.add('    sysctls:');
    ft.plant('      net.ipv4.tcp_syncookies: "1"', 'net.ipv4.tcp_syncookies', 'helm-ingress-sysctls-hostnetwork');
  }
  ft.addAll(['    service:', `      type: ${hostNetwork ? 'ClusterIP' : 'LoadBalancer'}`, '    config:', '      use-forwarded-headers: "true"', `      worker-processes: "${rng.int(2, 8)}"`, '    resources:', '      requests:', '        cpu: 200m', '        memory: 256Mi', '    metrics:', '      enabled: true']);
  w.write(ft.file, ft, 'helm-values');
}

function writeChart(w, rng, name) {
  const dir = `charts/${name}`;
  w.write(`${dir}/Chart.yaml`, ['apiVersion: v2', `name: ${name}`, `description: A Helm chart for ${name}`, 'type: application', `version: 0.${rng.int(1, 20)}.${rng.int(0, 9)}`, `appVersion: "${rng.int(1, 5)}.${rng.int(0, 20)}"`, ''].join('\n'), 'helm-values');
  const lines = [
    `replicaCount: ${rng.int(1, 5)}`,
    'image:',
    `  repository: registry.example.com/${name}`,
    '  pullPolicy: IfNotPresent',
    '  tag: ""',
    'serviceAccount:',
    '  create: true',
    '  name: ""',
    'podAnnotations: {}',
    'podSecurityContext:',
    '  fsGroup: 2000',
    'securityContext:',
    '  capabilities:',
    '    drop: [ALL]',
    '  readOnlyRootFilesystem: true',
    '  runAsNonRoot: true',
    'service:',
    '  type: ClusterIP',
    `  port: ${rng.pick([80, 8080])}`,
    'ingress:',
    `  enabled: ${rng.chance(0.5)}`,
    '  className: nginx',
    '  hosts:',
    `    - host: ${name}.example.com`,
    '      paths:',
    '        - path: /',
    '          pathType: Prefix',
    'resources:',
    '  limits:',
    `    memory: ${rng.pick(['256Mi', '512Mi'])}`,
    '  requests:',
    '    cpu: 100m',
    'nodeSelector: {}',
    'tolerations: []',
    'affinity: {}',
    '',
  ];
  w.write(`${dir}/values.yaml`, lines.join('\n'), 'helm-values');
}

// --- everything else ----------------------------------------------------------------------

function writeDoc(w, rng, i) {
  const title = rng.pick(['Runbook', 'Architecture', 'On-call', 'Upgrades', 'Networking', 'Node images']);
  const lines = [`# ${title} ${i}`, '', 'This page describes how the platform team operates this part of the infrastructure.', ''];
  for (let p = 0, n = rng.int(2, 8); p < n; p++) lines.push(`## Step ${p + 1}`, '', `Run \`make ${rng.pick(['plan', 'apply', 'diff', 'test'])}\` and check the dashboards before continuing.`, '');
  w.write(`docs/${title.toLowerCase().replace(/ /g, '-')}-${i}.md`, lines.join('\n'), 'other');
}

function writeScript(w, rng, i) {
  const lines = ['#!/usr/bin/env bash', 'set -euo pipefail', '', `kubectl --context ${rng.pick(ENVS)} get nodes -o wide`, `kubectl rollout status deploy/${rng.pick(SERVICES)} -n ${rng.pick(TEAMS)}`, ''];
  w.write(`scripts/ops-${i}.sh`, lines.join('\n'), 'other');
}

/**
 * Writes the repository under `dir/repo` and returns its manifest (also written to
 * `dir/manifest.json`, outside the tree so that no tool reads it).
 */
export function generateRepo({ dir, files, seed, mix = 'mixed' }) {
  const repo = path.join(dir, 'repo');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(repo, { recursive: true });
  const rng = createRng(mix === 'mixed' ? `${seed}/${files}` : `${seed}/${files}/${mix}`);
  const w = new RepoWriter(repo, files);
  if (mix !== 'mixed') writeOneKind(w, rng, mix);
  else writeMixed(w, rng, files);
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    mix,
    files: w.count,
    bytes: w.bytes,
    kinds: w.kinds,
    samples: w.samples,
    problems: w.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : 1))),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

/**
 * Trees of one source kind, so that the cost of each parser shows on its own: `sysctl` (image
 * trees), `cloud-init` (user-data of node pools), `manifests` (application manifests) and
 * `values` (Helm charts and ingress umbrella values).
 */
export const MIXES = ['sysctl', 'cloud-init', 'manifests', 'values'];

function writeOneKind(w, rng, mix) {
  for (let i = 0; !w.full; i++) {
    const cluster = `${ENVS[i % ENVS.length]}-${REGIONS[i % REGIONS.length]}-${i}`;
    if (mix === 'sysctl') {
      const role = rng.pick(IMAGE_ROLES);
      writeImage(w, rng, `${role}-${i}`, role.startsWith('k8s'));
    } else if (mix === 'cloud-init') {
      for (let p = 0; p < 6; p++) writeCloudInit(w, rng, cluster, `${rng.pick(['general', 'gpu', 'spot', 'system', 'memory'])}-${p}`);
    } else if (mix === 'manifests') {
      const team = `${TEAMS[i % TEAMS.length]}-${i}`;
      for (let s = 0; s < 10 && !w.full; s++) writeService(w, rng, team, `${rng.pick(SERVICES)}-${s}`);
    } else if (mix === 'values') {
      writeIngress(w, rng, cluster);
      writeChart(w, rng, `${rng.pick(TEAMS)}-${rng.pick(SERVICES)}-${i}`);
    } else throw new Error(`unknown mix ${mix} (one of mixed, ${MIXES.join(', ')})`);
  }
}

/** The default tree: every kind, in the shares of a platform team's repository. */
function writeMixed(w, rng, files) {

  // About a tenth of the files are sysctl files inside image trees.
  const sysctlTarget = Math.round(files * 0.1);
  for (let i = 0; (w.kinds['sysctl-conf'] ?? 0) < sysctlTarget && !w.full; i++) {
    const role = rng.pick(IMAGE_ROLES);
    writeImage(w, rng, `${role}-${i}`, role.startsWith('k8s'));
  }
  // Clusters: kubeadm and kube-proxy (0.5% each), cloud-init (3%), ingress umbrella (1%).
  const clusters = Math.max(2, Math.round(files / 200));
  for (let c = 0; c < clusters && !w.full; c++) {
    const env = ENVS[c % ENVS.length];
    const cluster = `${env}-${REGIONS[c % REGIONS.length]}-${c}`;
    writeKubeadm(w, rng, env, cluster);
    writeKubeProxy(w, rng, cluster);
    for (let p = 0; p < 6; p++) writeCloudInit(w, rng, cluster, `${rng.pick(['general', 'gpu', 'spot', 'system', 'memory'])}-${p}`);
    writeIngress(w, rng, cluster);
  }
  // Ordinary charts (2%), docs and scripts (2%).
  for (let i = 0; i < Math.round(files * 0.01) && !w.full; i++) writeChart(w, rng, `${rng.pick(TEAMS)}-${rng.pick(SERVICES)}-${i}`);
  for (let i = 0; i < Math.round(files * 0.01) && !w.full; i++) writeDoc(w, rng, i);
  for (let i = 0; i < Math.round(files * 0.01) && !w.full; i++) writeScript(w, rng, i);
  // The rest: application manifests, about ten services per team.
  for (let t = 0; !w.full; t++) {
    const team = `${TEAMS[t % TEAMS.length]}-${t}`;
    for (let s = 0; s < 10 && !w.full; s++) writeService(w, rng, team, `${rng.pick(SERVICES)}-${s}`);
    if (!w.full && rng.chance(0.5)) w.write(`apps/${team}/README.md`, `# ${team}\n\nServices owned by the ${team} team.\n`, 'other');
  }
}
