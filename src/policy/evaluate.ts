/**
 * Runs compiled policies over one node model and produces findings. Policies only see the
 * model; locations come from the facts, never from re-reading files.
 */
import type { Finding, RelatedLocation } from '../core/finding';
import { LIMITS } from '../core/limits';
import { isGlobKey, selectorMatches } from '../model/keys';
import { lookup } from '../model/precedence';
import type { Applier, AppliedState, Assignment, AssignmentOrigin, EffectiveSetting, NodeFile, NodeModel } from '../model/types';
import { formatIntervals } from '../model/values';
import type { ValueType } from '../model/values';
import { conditionHolds } from './conditions';
import type { EvalEnv } from './env';
import type { PolicyLists } from './lists';
import type { MessageVars } from './message';
import { assertionRequiredInRaw, compiledAssertion } from './operators/index';
import { holdsAnyOf } from './required-chars';
import { evaluateDrift, normalizeLiveValue } from './drift';
import { makeSubject, type Subject } from './subject';
import { decide, type Outcome } from './decide';
import type { Check, CheckKind, CheckKinds, FileCheck, LoadedPolicy, Policy, SettingCheck, SettingTarget, SyntaxCheck } from './types';
import { evaluateContextCheck, evaluateObservationCheck, contextProvenance } from './evaluate-cluster';
import { evaluateCommandCheck, evaluateProvisioningCheck, type Report } from './runtime-checks';
import { assignmentFixIntent, duplicatesFixIntent } from './fix-intent';
import { derivedOnce } from '../core/memo';
import { keyIndexOf } from './key-index';

export interface EvaluateOptions {
  lists: PolicyLists;
  /**
   * Judge every line a setting rule selects, without the key index (policy/key-index.ts) and
   * without ruling values out by the characters they lack (policy/required-chars.ts): the
   * tests compare both ways on every fixture.
   */
  fullScan?: boolean;
}

// Message variables of a node are the same for every finding on it; computed once per node.
const baseVarsCache = new WeakMap<NodeModel, Readonly<MessageVars>>();

function baseVars(node: NodeModel): Readonly<MessageVars> {
  return derivedOnce(baseVarsCache, node, computeBaseVars);
}

function computeBaseVars(node: NodeModel): MessageVars {
  const c = node.context;
  return {
    kernel: c.kernel ? c.kernel.value.text : 'unknown',
    kubernetesVersion: c.kubernetesVersion ? c.kubernetesVersion.value.text : 'unknown',
    nodeRole: c.nodeRole.value,
    nodeRoleSource: c.nodeRole.source,
    nodePortRange: formatIntervals([c.nodePortRange.value]),
    nodePortRangeSource: c.nodePortRange.source,
    applier: c.appliers.join(' and '),
    node: node.label,
    workload: c.pod?.workload ?? node.label,
  };
}

interface Emit {
  (f: Finding): void;
}

/**
 * At most LIMITS.relatedPerFinding related locations: a generated file can make one line
 * override a million others, and a finding listing them all helps nobody and fills memory.
 */
function limitRelated(f: Finding): Finding {
  const max = LIMITS.relatedPerFinding;
  if (f.related.length <= max) return f;
  const more = f.related.length - (max - 1);
  const next = f.related[max - 1] as RelatedLocation;
  return { ...f, related: [...f.related.slice(0, max - 1), { location: next.location, message: `and ${more} more not listed here` }] };
}

/** Values for a message, the first LIMITS.relatedPerFinding of them. */
function quotedList(values: string[]): string {
  const max = LIMITS.relatedPerFinding;
  return values.length <= max ? values.join(', ') : `${values.slice(0, max).join(', ')} and ${values.length - max} more`;
}

export function evaluateNode(node: NodeModel, policies: LoadedPolicy[], opts: EvaluateOptions, emit: Emit): void {
  const seen = new Set<string>();
  const dedupEmit: Emit = (f) => {
    const id = `${f.ruleId}\0${f.location.file}\0${f.location.span.start}\0${f.key ?? ''}\0${f.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    emit(limitRelated(f));
  };
  // Findings say where a context value from the linted files came from (a related location).
  // Worked out at a rule's first finding on the node: most rules find nothing on most nodes.
  let policy: Policy | undefined;
  let provenance: RelatedLocation[] | undefined;
  const withProvenance: Emit = (f) => {
    provenance ??= contextProvenance(policy as Policy, node);
    dedupEmit(provenance.length ? { ...f, related: [...f.related, ...provenance] } : f);
  };
  const plans = plansOf(policies);
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i] as PolicyPlan;
    const p = plan.policy;
    if (!plan.scopes.includes(node.scope)) continue;
    if (!conditionHolds(p.appliesWhen, node)) continue;
    policy = p;
    provenance = undefined;
    plan.evaluate(p, p.check, node, opts, withProvenance);
  }
}

/** What evaluating a policy needs that depends on the policy alone. */
interface PolicyPlan {
  policy: Policy;
  scopes: readonly string[];
  evaluate: CheckEvaluator<Check>;
}

// Every node asks every policy; what follows from the policy alone is worked out once per
// policy, and the plans of a run's catalogue are listed once, not looked up per node and policy.
const planCache = new WeakMap<Policy, PolicyPlan>();
const catalogueCache = new WeakMap<LoadedPolicy[], PolicyPlan[]>();

function plansOf(policies: LoadedPolicy[]): PolicyPlan[] {
  return derivedOnce(catalogueCache, policies, listPlans);
}

function listPlans(policies: LoadedPolicy[]): PolicyPlan[] {
  return policies.map((lp) => derivedOnce(planCache, lp.policy, makePlan));
}

function makePlan(p: Policy): PolicyPlan {
  return { policy: p, scopes: p.scope ?? ['node'], evaluate: CHECK_EVALUATORS[checkKind(p.check)] as CheckEvaluator<Check> };
}

type CheckEvaluator<C> = (p: Policy, check: C, node: NodeModel, opts: EvaluateOptions, emit: Emit) => void;

/** How each kind of check is judged; the key order is the order a check's kind is looked up in. */
const CHECK_EVALUATORS: { [K in CheckKind]: CheckEvaluator<CheckKinds[K]> } = {
  setting: evaluateSettingCheck,
  syntax: (p, check, node, _opts, emit) => evaluateSyntaxCheck(p, check, node, emit),
  file: (p, check, node, _opts, emit) => evaluateFileCheck(p, check, node, emit),
  context: (p, check, node, opts, emit) => evaluateContextCheck(p, check, node, opts, baseVars(node), emit),
  observation: (p, check, node, _opts, emit) => evaluateObservationCheck(p, check, node, baseVars(node), emit),
  command: (p, check, node, _opts, emit) => evaluateCommandCheck(check, node, reporter(p, node, emit)),
  provisioning: (p, check, node, _opts, emit) => evaluateProvisioningCheck(check, node, reporter(p, node, emit)),
};

const CHECK_KIND_KEYS = Object.keys(CHECK_EVALUATORS) as CheckKind[];

/** The kind of a check: the first key of CHECK_EVALUATORS it has (the schema allows one). */
function checkKind(check: Check): CheckKind {
  for (const k of CHECK_KIND_KEYS) if (k in check) return k;
  throw new Error(`unknown check ${JSON.stringify(Object.keys(check))}`);
}

/** Reports one finding of a policy whose check is not about a setting's value. */
function reporter(p: Policy, node: NodeModel, emit: Emit): Report {
  return (vars, location, key, related = [], subject) => {
    const outcome = decide(p, node, { ...baseVars(node), ...vars });
    if (!outcome) return;
    const f: Finding = { ruleId: p.id, severity: outcome.severity, message: outcome.message, location, key, related };
    const fixIntent = p.autofix && subject ? assignmentFixIntent(p.autofix, subject) : undefined;
    if (fixIntent) f.fixIntent = fixIntent;
    emit(f);
  };
}

/** The value as the kernel takes it for typed checks (`1024 65000`, without a trailing comment). */
function displayValue(s: Subject): string {
  if (!s.parsed.ok) return s.raw;
  const v = s.parsed.value;
  switch (v.type) {
    case 'string':
      return s.raw;
    case 'integer':
      return String(v.value);
    case 'integers':
      return v.value.join(' ');
    case 'portRange':
      return v.value.partial ? `${v.value.lo} (only the low end: the high end stays ${v.value.hi} by default)` : `${v.value.lo} ${v.value.hi}`;
    case 'portList':
      return formatIntervals(v.value);
  }
}

/**
 * A setting check's selectors as evaluation uses them, worked out once per check: one string
 * naming the list (the key of a node's candidate cache), which selectors name one key (looked
 * up, not matched against every key), and whether a key matches any of them.
 */
interface SelectorList {
  sels: string[];
  id: string;
  /** Per selector: it names a single key (no wildcard, no `**`). */
  single: boolean[];
  /** No selector names a single key: every key judged is a key some line of the node writes. */
  keysFromLines: boolean;
  matches: (key: string) => boolean;
}

const selectorListCache = new WeakMap<SettingCheck, SelectorList>();

function selectors(check: SettingCheck): SelectorList {
  return derivedOnce(selectorListCache, check, makeSelectorList);
}

function makeSelectorList(check: SettingCheck): SelectorList {
  const sels = Array.isArray(check.setting) ? check.setting : [check.setting];
  // A third of the setting policies select every key (`**`) and ask about every line of every node.
  const matches = sels.includes('**') ? () => true : (key: string) => sels.some((sel) => selectorMatches(sel, key));
  const single = sels.map((sel) => !isGlobKey(sel) && !sel.includes('**'));
  return { sels, id: sels.join('\n'), single, keysFromLines: !single.includes(true), matches };
}

interface Candidate {
  key: string;
  setting: EffectiveSetting;
  appliers: Applier[];
  state: AppliedState;
}

// Several policies select the same settings (six of them every key), so a node's candidates
// are computed once per selector list. Candidates are read-only once built.
const candidateCache = new WeakMap<NodeModel, Map<string, Candidate[]>>();

/** The settings in force that a selector names, one candidate per distinct winning line. */
function effectiveCandidates(node: NodeModel, selectorList: SelectorList): Candidate[] {
  const id = selectorList.id;
  const perNode = derivedOnce(candidateCache, node, newCandidateMap);
  let list = perNode.get(id);
  if (!list) {
    list = computeEffectiveCandidates(node, selectorList);
    perNode.set(id, list);
  }
  return list;
}

const NO_CANDIDATES: Candidate[] = [];

function newCandidateMap(): Map<string, Candidate[]> {
  return new Map();
}

function computeEffectiveCandidates(node: NodeModel, { sels, single }: SelectorList): Candidate[] {
  // Made at the first setting found: most policies name keys a node does not set.
  let byWinner: Map<Assignment, Candidate> | undefined;
  const add = (key: string, setting: EffectiveSetting, state: AppliedState) => {
    // A live value has no applier: `applier` conditions do not hold for it.
    const applier = state.applier === 'live' ? undefined : state.applier;
    const existing = (byWinner ??= new Map()).get(setting.winner);
    if (existing) {
      if (applier && !existing.appliers.includes(applier)) existing.appliers.push(applier);
      return;
    }
    byWinner.set(setting.winner, { key, setting, appliers: applier ? [applier] : [], state });
  };
  // Indexed loops and forEach: this runs once per node and selector list, mostly before the
  // code is optimized, where a for..of allocates an iterator result per element.
  const states = node.states;
  for (let si = 0; si < states.length; si++) {
    const state = states[si] as AppliedState;
    for (let i = 0; i < sels.length; i++) {
      const sel = sels[i] as string;
      if (single[i]) {
        const s = lookup(state, sel);
        if (s) add(sel, s, state);
        continue;
      }
      state.effective.forEach((s, key) => {
        if (selectorMatches(sel, key)) add(key, s, state);
      });
      const globs = state.globs;
      for (let g = 0; g < globs.length; g++) {
        const glob = globs[g] as EffectiveSetting;
        if (selectorMatches(sel, glob.key)) add(glob.key, glob, state);
      }
    }
  }
  // Most policies name keys a node does not set: they all share one empty list.
  return byWinner ? [...byWinner.values()] : NO_CANDIDATES;
}

const assignmentCache = new WeakMap<NodeModel, Array<{ a: Assignment; state: AppliedState }>>();

/** Every assignment line of a node once (with the first applier state that writes it), computed once per node. */
function everyAssignment(node: NodeModel): Array<{ a: Assignment; state: AppliedState }> {
  return derivedOnce(assignmentCache, node, listAssignments);
}

function listAssignments(node: NodeModel): Array<{ a: Assignment; state: AppliedState }> {
  const list: Array<{ a: Assignment; state: AppliedState }> = [];
  const seen = new Set<Assignment>();
  const take = (a: Assignment, state: AppliedState) => {
    if (seen.has(a)) return;
    seen.add(a);
    list.push({ a, state });
  };
  // The lines a setting overrode, then the one in force; explicit keys before globs.
  const takeSetting = (s: EffectiveSetting, state: AppliedState) => {
    const overridden = s.overridden;
    for (let i = 0; i < overridden.length; i++) take(overridden[i] as Assignment, state);
    take(s.winner, state);
  };
  const states = node.states;
  for (let si = 0; si < states.length; si++) {
    const state = states[si] as AppliedState;
    state.effective.forEach((s) => takeSetting(s, state));
    const globs = state.globs;
    for (let g = 0; g < globs.length; g++) takeSetting(globs[g] as EffectiveSetting, state);
  }
  return list;
}

/** The message variables a judged line adds when it adds none (read, never written). */
const NO_VARS: MessageVars = Object.freeze({}) as MessageVars;

const nodeKeysCache = new WeakMap<NodeModel, string[]>();

/** The distinct keys a node's lines write (explicit and glob lines, every applier). */
function keysOf(node: NodeModel): string[] {
  return derivedOnce(nodeKeysCache, node, listKeys);
}

const nodeOriginsCache = new WeakMap<NodeModel, Set<AssignmentOrigin>>();

/** Whether some line of the node is written in one of these ways. */
function writesAnyOrigin(node: NodeModel, origins: readonly AssignmentOrigin[]): boolean {
  const written = derivedOnce(nodeOriginsCache, node, listOrigins);
  for (let i = 0; i < origins.length; i++) if (written.has(origins[i] as AssignmentOrigin)) return true;
  return false;
}

function listOrigins(node: NodeModel): Set<AssignmentOrigin> {
  const origins = new Set<AssignmentOrigin>();
  const lines = everyAssignment(node);
  for (let i = 0; i < lines.length; i++) origins.add((lines[i] as { a: Assignment }).a.origin ?? 'file');
  return origins;
}

function listKeys(node: NodeModel): string[] {
  const keys = new Set<string>();
  const lines = everyAssignment(node);
  for (let i = 0; i < lines.length; i++) keys.add((lines[i] as { a: Assignment }).a.key);
  return [...keys];
}

function settingFinding(p: Policy, key: string, a: Assignment, outcome: Outcome, related: RelatedLocation[] = [], earlier?: Assignment[]): Finding {
  const f: Finding = { ruleId: p.id, severity: outcome.severity, message: outcome.message, location: { file: a.file, span: a.keySpan }, key, related };
  const fixIntent = p.autofix && (earlier ? duplicatesFixIntent(p.autofix, a, earlier) : assignmentFixIntent(p.autofix, a));
  if (fixIntent) f.fixIntent = fixIntent;
  return f;
}

function evaluateSettingCheck(p: Policy, check: SettingCheck, node: NodeModel, opts: EvaluateOptions, emit: Emit): void {
  const sels = selectors(check);
  const valueType: ValueType = check.valueType ?? 'string';
  const target = check.target ?? 'effective';
  // Most pairs of a policy and a node have no line to judge (the policy names keys the node
  // does not set, the node is a pod or a live kernel): they end here, before anything is set up.
  if (!hasLinesToJudge(node, sels, target)) return;

  // `oncePerFileBy`: one finding per file and value of a message variable (per case), at the
  // first line; the other lines become its related locations.
  // Lines whose key the violation cannot hold for are skipped before their value is parsed,
  // and a node none of whose keys it can hold for is skipped at once (when the keys judged are
  // the keys its lines write, not a selector found through a glob line).
  const violation = check.violation;
  const keyAnswers = violation && !opts.fullScan ? keyIndexOf(opts.lists).answersFor(violation) : undefined;
  if (keyAnswers && (target === 'assignments' || sels.keysFromLines) && !keyAnswers.mayFlagAny(keysOf(node))) return;
  // Likewise a rule about lines written one way (`origin`) and a node with no such line.
  if (check.origin && !opts.fullScan && !writesAnyOrigin(node, check.origin)) return;
  const holds = violation ? compiledAssertion(violation) : undefined;
  // Likewise a line whose value lacks every character the violation needs (a regular
  // expression's literal): its value is scanned, no subject is made.
  const required = violation && !opts.fullScan ? assertionRequiredInRaw(violation) : undefined;

  const groupBy = check.oncePerFileBy;
  const groups = groupBy ? new Map<string, Finding>() : undefined;
  const report = (f: Finding, vars: MessageVars, caseIndex: number | undefined) => {
    if (!groups || !groupBy) return emit(f);
    const id = `${f.location.file}\0${f.severity}\0${caseIndex ?? -1}\0${vars[groupBy] ?? ''}`;
    const first = groups.get(id);
    if (!first) groups.set(id, { ...f, related: [...f.related] });
    else if (first.location.span.start !== f.location.span.start) first.related.push({ location: f.location, message: `also ${f.key ?? 'here'} (same ${groupBy}: ${vars[groupBy] ?? ''})` });
  };

  const flushGroups = () => {
    for (const f of groups?.values() ?? []) emit(f);
  };

  /** Judges one line; returns the severity of its finding, if any. `severity` forces one (a shadowed line gets its winner's). */
  // One environment for every line: operators read it while a line is judged and keep nothing.
  const env: EvalEnv = { node, state: undefined, lists: opts.lists, assignment: undefined };
  const judge = (key: string, a: Assignment, state: AppliedState | undefined, appliers: Applier[] | undefined, extra: MessageVars, related?: RelatedLocation[], severity?: Finding['severity'], earlier?: Assignment[]): Finding['severity'] | undefined => {
    if (a.templated) return undefined;
    if (check.origin && !check.origin.includes(a.origin ?? 'file')) return undefined;
    if (keyAnswers && !keyAnswers.mayFlag(key)) return undefined;
    if (required !== undefined && !holdsAnyOf(a.value, required)) return undefined;
    const subject = makeSubject(key, a.value, valueType);
    env.state = state;
    env.assignment = a;
    // Most settings pass; the message variables are only built for a violation.
    let violationVars: MessageVars | undefined;
    if (holds) {
      const r = holds(subject, env);
      if (!r.holds) return undefined;
      violationVars = r.vars;
    }
    const vars: MessageVars = { ...baseVars(node), key, value: displayValue(subject), file: a.file, via: a.via ?? a.file, ...extra };
    if (appliers) vars.applier = appliers.length ? appliers.join(' and ') : 'the running kernel';
    // Values no sysctl file holds (pod sysctls, container commands) are not written by an applier.
    if (a.origin === 'pod-sysctls') vars.applier = 'the container runtime, in list order';
    else if (a.origin === 'container') vars.applier = 'the containers, in the order they run';
    Object.assign(vars, violationVars);
    const outcome = decide(p, node, vars, subject, env, appliers);
    if (!outcome) return undefined;
    report(settingFinding(p, key, a, severity ? { ...outcome, severity } : outcome, related ?? [], earlier), vars, outcome.caseIndex);
    return outcome.severity;
  };

  if (target === 'effective') {
    const candidates = effectiveCandidates(node, sels);
    const winners = new Set<Assignment>();
    for (let i = 0; i < candidates.length; i++) winners.add((candidates[i] as Candidate).setting.winner);
    const shadowedDone = new Set<Assignment>();
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      const severity = judge(c.key, c.setting.winner, c.state, c.appliers, NO_VARS);
      // Every line that sets a flagged value is reported, so one run shows them all: the lines
      // the winner overrides get the same rule at the winner's severity, with a note naming
      // the line that takes effect. (When the value in force is fine, an overridden line
      // changes nothing; that is how vendor files are meant to be corrected.)
      if (!severity || node.provenance === 'live') continue;
      const w = c.setting.winner;
      const overridden = c.setting.overridden;
      for (let j = 0; j < overridden.length; j++) {
        const o = overridden[j] as Assignment;
        if (winners.has(o) || shadowedDone.has(o)) continue;
        shadowedDone.add(o);
        judge(c.key, o, c.state, c.appliers, NO_VARS, [{ location: { file: w.file, span: w.keySpan }, message: `overridden by this later assignment of ${w.value}, which takes effect` }], severity);
      }
    }
    flushGroups();
    return;
  }
  // The other targets are about lines in files and how appliers combine them; a running
  // kernel's values have neither.
  if (node.provenance === 'live') return;
  if (target === 'drift') {
    evaluateDrift(node, sels.sels, (key, winner, state, liveValue) => {
      judge(key, winner, state, state.applier === 'live' ? [] : [state.applier], { liveValue: normalizeLiveValue(liveValue.value), liveSource: node.live?.label ?? 'live' }, [
        { location: { file: liveValue.file, span: liveValue.keySpan }, message: `the running kernel has ${normalizeLiveValue(liveValue.value)}` },
      ]);
    });
    flushGroups();
    return;
  }
  if (target === 'assignments') {
    const lines = everyAssignment(node);
    for (let i = 0; i < lines.length; i++) {
      const { a, state } = lines[i] as { a: Assignment; state: AppliedState };
      if (sels.matches(a.key)) judge(a.key, a, state, undefined, NO_VARS);
    }
    flushGroups();
    return;
  }
  if (target === 'overridden') {
    for (const c of effectiveCandidates(node, sels)) {
      const winner = c.setting.winner;
      // A symlink to a file that is applied too (99-sysctl.conf -> ../sysctl.conf) repeats
      // the same line; that is not an override anybody wrote.
      const earlier = c.setting.overridden.filter((o) => o !== winner);
      if (earlier.length === 0) continue;
      const related = earlier.map((o) => ({
        location: { file: o.file, span: o.keySpan },
        message: o.value === winner.value ? `earlier assignment of the same value ${o.value}` : `overridden assignment: ${o.value}`,
      }));
      judge(c.key, winner, c.state, c.appliers, { overriddenValues: quotedList(earlier.map((o) => o.value)) }, related, undefined, earlier);
    }
    flushGroups();
    return;
  }
  // divergent: the two appliers end with different values for the same key.
  const systemd = node.states.find((s) => s.applier === 'systemd');
  const procps = node.states.find((s) => s.applier === 'procps');
  if (!systemd || !procps) return;
  const keys = new Set<string>();
  for (const st of [systemd, procps]) for (const k of st.effective.keys()) if (sels.matches(k)) keys.add(k);
  for (const key of keys) {
    const a = lookup(systemd, key);
    const b = lookup(procps, key);
    if (!a || !b) continue;
    if (a.winner.value === b.winner.value || sameFields(a.winner.value, b.winner.value)) continue;
    const related = [{ location: { file: a.winner.file, span: a.winner.keySpan }, message: `systemd-sysctl applies ${a.winner.value} from here` }];
    judge(key, b.winner, procps, ['procps'], { otherValue: a.winner.value, otherApplier: 'systemd-sysctl' }, related);
  }
  flushGroups();
}

/** Two values with the same fields (blank runs are one separator to both appliers). */
function sameFields(a: string, b: string): boolean {
  const norm = (v: string) => v.trim().split(/\s+/).join(' ');
  return norm(a) === norm(b);
}

/** False when a setting check with this target certainly judges no line of the node. */
function hasLinesToJudge(node: NodeModel, sels: SelectorList, target: SettingTarget): boolean {
  switch (target) {
    case 'effective':
      return effectiveCandidates(node, sels).length > 0;
    case 'overridden':
      return node.provenance !== 'live' && effectiveCandidates(node, sels).length > 0;
    case 'assignments':
      return node.provenance !== 'live' && everyAssignment(node).length > 0;
    case 'drift':
      return node.provenance !== 'live' && !!node.live;
    case 'divergent':
      return node.provenance !== 'live' && node.states.length > 1;
  }
}

function evaluateSyntaxCheck(p: Policy, check: SyntaxCheck, node: NodeModel, emit: Emit): void {
  for (const f of node.files) {
    if (f.aliasOf) continue;
    let first = true;
    for (const issue of f.parsed.issues) {
      if (!check.syntax.includes(issue.code)) continue;
      if (check.oncePerFile && !first) break;
      first = false;
      const file = issue.file ?? f.file;
      const outcome = decide(p, node, { ...baseVars(node), text: issue.text, file });
      if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: { file, span: issue.span }, related: [] });
    }
  }
}

function fileAnchor(f: NodeFile) {
  const first = f.parsed.assignments[0];
  return { file: f.file, span: first ? first.keySpan : { start: 0, end: 0 } };
}

function evaluateFileCheck(p: Policy, check: FileCheck, node: NodeModel, emit: Emit): void {
  const report = (f: NodeFile, vars: MessageVars, related: RelatedLocation[] = []) => {
    const outcome = decide(p, node, { ...baseVars(node), file: f.file, ...vars });
    if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: fileAnchor(f), related });
  };
  switch (check.file) {
    case 'masked':
      for (const m of node.masked) report(m.file, { maskedBy: m.by.devNull ? `${m.by.file} (a link to /dev/null)` : m.by.file }, [{ location: fileAnchor(m.by), message: 'the file that takes precedence' }]);
      return;
    case 'not-dotconf':
      for (const f of node.files) if (f.ignoredName) report(f, {});
      return;
    case 'sysctl-conf-ignored': {
      const conf = node.files.find((f) => f.dirRank === -1);
      if (!conf || conf.parsed.assignments.length === 0) return;
      const linked = node.files.some((f) => f.dirRank >= 0 && f.realFile === conf.realFile);
      if (!linked) report(conf, {});
      return;
    }
  }
}
