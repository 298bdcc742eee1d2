/**
 * The detect stage: which source kind reads a file. A file claimed by its path is confirmed by
 * its content; a file named on the command line that no kind understands is reported.
 */
import type { Finding } from '../core/finding';
import type { InputFile } from '../inputs/discover';
import { handlerForFile } from '../sources/registry';
import type { SourceHandler } from '../sources/types';
import { UNRECOGNIZED_FILE } from '../sources/unrecognized-file';

export function detectKind(f: InputFile, text: string): SourceHandler | undefined {
  return handlerForFile({ abs: f.abs, display: f.display, text, explicit: f.explicit }, f.claimedByPath);
}

export function unrecognizedFile(display: string): Finding {
  return {
    ruleId: UNRECOGNIZED_FILE.id,
    severity: 'info',
    message: 'not a kind of file sysctl-lint understands (sysctl.conf, a sysctl.d drop-in, cloud-init user-data, a shell script, a systemd unit, a Packer template, an Ansible playbook or task file, a Kubernetes manifest or configuration, Helm values, a Talos machine configuration, a k3s or RKE2 configuration); skipped',
    location: { file: display, span: { start: 0, end: 0 } },
    related: [],
  };
}
