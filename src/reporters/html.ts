/**
 * `--format html`: one self-contained page a reviewer opens from a CI artifact. Summary counts,
 * findings grouped by node and file with the code frame, notes and fix, filters by severity and
 * rule, the explanation of each rule that has findings (with links), and each node's effective
 * settings.
 *
 * The page is built from untrusted input (file names, keys, values, messages), so:
 * - everything the run produced travels as JSON in a `<script type="application/json">` block in
 *   which `<`, `>`, `&` and the JavaScript line separators are escaped, so no text can close it;
 * - the page's own script renders it with `textContent` and `setAttribute` only (no HTML is ever
 *   parsed from data), and links only `https:` URLs;
 * - a Content-Security-Policy allows nothing but the page's own inline style and script (by
 *   hash): no network request, no other script, even if something were injected.
 * Findings render a page at a time (200), so 10,000 findings stay responsive.
 */
import { sha256 as sha256Of } from '../core/sha256';
import type { Finding, Severity } from '../core/finding';
import type { NodeSettings, ViewApplier } from '../result';
import { PositionResolver, type ReportContext } from './context';
import { collectRuleDocs, ruleLinks } from './rule-docs';
import { jsonText } from './escape';

/** Lines of code shown before and after a finding's line. */
const FRAME_CONTEXT = 1;

/** JSON inside a script element: nothing can close the element, and a log that shows the page sees no command. */
function jsonForScript(data: unknown): string {
  return jsonText(JSON.stringify(data)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--code:#f6f8fa;--error:#cf222e;--warning:#9a6700;--info:#0969da;--hl:#fff8c5}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--code:#151b23;--error:#ff7b72;--warning:#d29922;--info:#4493f8;--hl:#3b2e00}}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
header,main{max-width:1200px;margin:0 auto;padding:0 16px}header{padding-top:16px}h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid var(--line)}h3{font-size:15px;margin:16px 0 6px}
.summary{display:flex;gap:12px;flex-wrap:wrap}.count{border:1px solid var(--line);border-radius:6px;padding:6px 12px}.count b{font-size:18px;margin-right:4px}
.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}
.filters{display:flex;gap:16px;flex-wrap:wrap;align-items:center;padding:8px 0;border-bottom:1px solid var(--line);position:sticky;top:0;background:var(--bg)}
.finding{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:8px 12px}.finding .head{display:flex;gap:8px;flex-wrap:wrap}.rule{color:var(--muted);font-family:ui-monospace,monospace}
pre{background:var(--code);padding:6px 8px;border-radius:4px;overflow:auto;margin:6px 0;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace}.row{display:block}.hit{background:var(--hl)}
.note,.fix{color:var(--muted);margin:2px 0}.fix b{color:var(--fg)}table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}td code{white-space:pre-wrap;word-break:break-all}
.pager{display:flex;gap:8px;align-items:center;margin:12px 0}button{font:inherit;padding:2px 10px}.muted{color:var(--muted)}.differs{color:var(--warning)}
`;

const SCRIPT = `
(function(){
'use strict';
var data=JSON.parse(document.getElementById('report-data').textContent);
var PAGE=200;
function el(tag,attrs,children){var e=document.createElement(tag);if(attrs){for(var k in attrs){if(k==='text')e.textContent=attrs[k];else e.setAttribute(k,attrs[k]);}}(children||[]).forEach(function(c){if(c)e.appendChild(typeof c==='string'?document.createTextNode(c):c);});return e;}
function link(url,text){if(!/^https:\\/\\//.test(url))return document.createTextNode(text);return el('a',{href:url,rel:'noopener noreferrer',target:'_blank',text:text});}
var state={sev:{error:true,warning:true,info:true},rule:'',page:0};
var sevBox=document.getElementById('filter-severity');
['error','warning','info'].forEach(function(s){var cb=el('input',{type:'checkbox',id:'sev-'+s,'data-severity':s});cb.checked=true;cb.addEventListener('change',function(){state.sev[s]=cb.checked;state.page=0;render();});sevBox.appendChild(el('label',{'class':'sev-'+s},[cb,' '+s+' ('+data.counts[s]+')']));});
var ruleSel=document.getElementById('filter-rule');
ruleSel.appendChild(el('option',{value:'',text:'all rules'}));
data.ruleIds.forEach(function(r){ruleSel.appendChild(el('option',{value:r,text:r+' ('+data.ruleCounts[r]+')'}));});
ruleSel.addEventListener('change',function(){state.rule=ruleSel.value;state.page=0;render();});
function frame(f){if(!f.frame.length)return null;var pre=el('pre');f.frame.forEach(function(l){pre.appendChild(el('span',{'class':l.line===f.line?'row hit':'row',text:String(l.line).padStart(5,' ')+' | '+l.text}));});return pre;}
function findingEl(f){
var box=el('div',{'class':'finding','data-rule':f.ruleId,'data-severity':f.severity});
box.appendChild(el('div',{'class':'head'},[el('b',{'class':'sev-'+f.severity,text:f.severity}),el('span',{text:f.file+':'+f.line+':'+f.column}),el('span',{'class':'rule',text:f.ruleId})]));
box.appendChild(el('div',{'class':'message',text:f.message}));
var fr=frame(f);if(fr)box.appendChild(fr);
f.notes.forEach(function(n){box.appendChild(el('div',{'class':'note',text:'note: '+n}));});
if(f.fix)box.appendChild(el('div',{'class':'fix'},[el('b',{text:f.fix.safe?'fix (--fix): ':'suggestion: '}),f.fix.description]));
else if(f.notFixable)box.appendChild(el('div',{'class':'fix',text:'not fixable here: '+f.notFixable}));
return box;}
function render(){
var list=document.getElementById('findings');list.textContent='';
var shown=data.findings.filter(function(f){return state.sev[f.severity]&&(!state.rule||f.ruleId===state.rule);});
var pages=Math.max(1,Math.ceil(shown.length/PAGE));if(state.page>=pages)state.page=pages-1;
var slice=shown.slice(state.page*PAGE,(state.page+1)*PAGE);
var node=null,file=null;
slice.forEach(function(f){var g=data.groups[f.group];if(g.node!==node){node=g.node;file=null;list.appendChild(el('h2',{text:node}));}if(g.file!==file){file=g.file;list.appendChild(el('h3',{text:file}));}list.appendChild(findingEl(f));});
if(!shown.length)list.appendChild(el('p',{'class':'muted',text:'No finding matches the filters.'}));
document.getElementById('shown').textContent=shown.length+' of '+data.findings.length+' findings';
var pager=document.getElementById('pager');pager.textContent='';
if(pages>1){var prev=el('button',{type:'button',id:'prev',text:'Previous'});prev.disabled=state.page===0;prev.addEventListener('click',function(){state.page--;render();window.scrollTo(0,0);});
var next=el('button',{type:'button',id:'next',text:'Next'});next.disabled=state.page>=pages-1;next.addEventListener('click',function(){state.page++;render();window.scrollTo(0,0);});
pager.appendChild(prev);pager.appendChild(el('span',{text:'page '+(state.page+1)+' of '+pages}));pager.appendChild(next);}}
var rules=document.getElementById('rules');
data.rules.forEach(function(r){var d=el('details',{id:'rule-'+r.id});d.appendChild(el('summary',{},[el('span',{'class':'rule',text:r.id}),' — '+r.title+' ('+r.severity+')']));d.appendChild(el('p',{text:r.rationale}));d.appendChild(el('p',{},[el('b',{text:'Fix: '}),r.fix]));var ul=el('ul');if(r.docsUrl)ul.appendChild(el('li',{},[link(r.docsUrl,'Rule documentation')]));r.references.forEach(function(x){ul.appendChild(el('li',{},[link(x.url,x.title)]));});d.appendChild(ul);rules.appendChild(d);});
var nodes=document.getElementById('nodes');
if(!data.nodes.length)nodes.appendChild(el('p',{'class':'muted',text:'No node settings in this run.'}));
data.nodes.forEach(function(n){var d=el('details',{});d.appendChild(el('summary',{text:n.title}));var t=el('table');t.appendChild(el('tr',{},[el('th',{text:'Key'}),el('th',{text:'Value'}),el('th',{text:'Set at'}),el('th',{text:'Overrides'})]));
n.settings.forEach(function(s){var tr=el('tr',{'class':s.differs?'differs':''});tr.appendChild(el('td',{},[el('code',{text:s.key}),s.differs?' (appliers differ)':'']));
var v=el('td'),at=el('td'),ov=el('td');s.values.forEach(function(x,i){if(i){v.appendChild(el('br'));at.appendChild(el('br'));}v.appendChild(el('code',{text:(s.differs?x.applier+': ':'')+x.value}));at.appendChild(document.createTextNode(x.at));x.overridden.forEach(function(o){ov.appendChild(el('div',{},[el('code',{text:o.value}),' '+o.at]));});});
tr.appendChild(v);tr.appendChild(at);tr.appendChild(ov);t.appendChild(tr);});d.appendChild(t);nodes.appendChild(d);});
render();
})();
`;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

const sha256 = (s: string) => `'sha256-${sha256Of(s).toString('base64')}'`;

const APPLIER_NAMES: Record<ViewApplier, string> = { systemd: 'systemd-sysctl', procps: 'procps', live: 'running kernel' };

export function reportHtml(ctx: ReportContext): string {
  const { result } = ctx;
  const pos = new PositionResolver(result.sources);
  const docsUrl = ruleLinks(ctx);
  const nodes: NodeSettings[] = result.nodes ?? [];
  // The node each file belongs to, for grouping: the first node that reads it.
  const nodeOfFile = new Map<string, string>();
  for (const n of nodes) for (const f of n.files) if (!nodeOfFile.has(f)) nodeOfFile.set(f, n.label);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const ruleCounts: Record<string, number> = {};
  const groups: Array<{ node: string; file: string }> = [];
  const groupIndex = new Map<string, number>();
  const nodeLabel = (file: string) => (nodeOfFile.has(file) ? `node ${nodeOfFile.get(file)}` : 'files');
  const ordered = [...result.findings].sort((a, b) => {
    const na = nodeLabel(a.location.file);
    const nb = nodeLabel(b.location.file);
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  const findings = ordered.map((f: Finding) => {
    counts[f.severity]++;
    ruleCounts[f.ruleId] = (ruleCounts[f.ruleId] ?? 0) + 1;
    const node = nodeLabel(f.location.file);
    const gid = `${node}\0${f.location.file}`;
    let group = groupIndex.get(gid);
    if (group === undefined) {
      group = groups.length;
      groups.push({ node, file: f.location.file });
      groupIndex.set(gid, group);
    }
    const r = pos.resolve(f.location);
    const frame: Array<{ line: number; text: string }> = [];
    if (pos.hasText(f.location.file)) {
      const last = pos.lineCount(f.location.file);
      for (let l = Math.max(1, r.start.line - FRAME_CONTEXT); l <= Math.min(last, r.start.line + FRAME_CONTEXT); l++) {
        const text = pos.lineText(f.location.file, l);
        // The empty "line" after a final newline is not a line of the file.
        if (l === last && l > r.start.line && text === '') break;
        frame.push({ line: l, text });
      }
    }
    const notes = f.related.map((rel) => {
      const rr = pos.resolve(rel.location);
      return `${rel.location.file}:${rr.start.line}:${rr.start.column} ${rel.message}`;
    });
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.location.file,
      line: r.start.line,
      column: r.start.column,
      group,
      frame,
      notes,
      ...(f.fix ? { fix: { safe: f.fix.safe, description: f.fix.description } } : {}),
      ...(f.notFixable ? { notFixable: f.notFixable } : {}),
    };
  });
  const ids = Object.keys(ruleCounts).sort();
  const rules = collectRuleDocs(result.policies, ids)
    .filter((d) => ruleCounts[d.id])
    .map((d) => ({ id: d.id, title: d.title, severity: d.severity, rationale: d.rationale.trim(), fix: d.fix.trim(), references: d.references, ...(docsUrl(d.id) ? { docsUrl: docsUrl(d.id) } : {}) }));
  const where = (l: { file: string; span: { start: number; end: number } }) => {
    const p = pos.resolve({ file: l.file, span: l.span });
    return `${l.file}:${p.start.line}:${p.start.column}`;
  };
  const nodeData = nodes
    .filter((n) => n.settings.length)
    .map((n) => ({
      title: `${n.provenance === 'live' ? 'running kernel' : n.scope === 'pod' ? 'pod' : 'node'} ${n.label} (${plural(n.settings.length, 'key')})`,
      settings: n.settings.map((s) => {
        const appliers = (Object.keys(s.values) as ViewApplier[]).filter((a) => s.values[a]);
        const shown = s.differs ? appliers : appliers.slice(0, 1);
        return {
          key: s.key,
          differs: s.differs,
          values: shown.map((a) => {
            const v = s.values[a] as NonNullable<(typeof s.values)[ViewApplier]>;
            return { applier: APPLIER_NAMES[a], value: v.value, at: where(v), overridden: v.overridden.map((o) => ({ value: o.value, at: where(o) })) };
          }),
        };
      }),
    }));
  const data = { counts, ruleCounts, ruleIds: ids, groups, findings, rules, nodes: nodeData };
  const total = counts.error + counts.warning + counts.info;
  const csp = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const fixable = result.findings.filter((f) => f.fix?.safe).length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sysctl-lint ${escapeHtml(ctx.toolVersion)}">
<title>sysctl-lint report: ${total} problem${total === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>sysctl-lint report</h1>
<div class="summary" id="summary">
<span class="count sev-error" id="count-error"><b>${counts.error}</b>${counts.error === 1 ? 'error' : 'errors'}</span>
<span class="count sev-warning" id="count-warning"><b>${counts.warning}</b>${counts.warning === 1 ? 'warning' : 'warnings'}</span>
<span class="count sev-info" id="count-info"><b>${counts.info}</b>info</span>
<span class="count" id="count-fixable"><b>${fixable}</b>fixable with --fix</span>
<span class="count"><b>${result.stats.filesLinted}</b>${result.stats.filesLinted === 1 ? 'file' : 'files'} linted</span>
<span class="count"><b>${result.stats.nodes}</b>${result.stats.nodes === 1 ? 'node' : 'nodes'}</span>
</div>
</header>
<main>
<div class="filters" id="filters"><span id="filter-severity"></span><label>Rule <select id="filter-rule"></select></label><span class="muted" id="shown"></span></div>
<noscript><p>This report renders its findings with JavaScript; the JSON data is in the page source.</p></noscript>
<section id="findings"></section>
<div class="pager" id="pager"></div>
<h2>Rules</h2>
<section id="rules"></section>
<h2>Effective settings per node</h2>
<section id="nodes"></section>
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
