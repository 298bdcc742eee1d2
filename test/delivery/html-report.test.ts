/**
 * The HTML report in a real browser: Debian's Chromium (installed by .ci/run), driven by
 * playwright-core, which downloads no browser of its own. The page must render with no console
 * error and no network request, show findings and filters, filter correctly, keep hostile file
 * names, keys and values as text, and stay usable with 10,000 findings (one page at a time).
 * A screenshot of each report is kept in test-artifacts/ (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli';
import { requireClient, skipClientTests } from '../helpers/clients';
import { tmpDir, tmpTree } from '../helpers/tmp-tree';

const ARTIFACTS = path.join(projectRoot, 'test-artifacts');

/** Flags known to work for headless Chromium as root in CI; a fresh profile per run. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

describe.skipIf(skipClientTests)('--format html in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    const executablePath = requireClient('chromium', 'chromium');
    // A fresh profile, removed after the file's tests (made while they are collected).
    profile = tmpDir('sysctl-lint-chromium-');
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  async function open(file: string): Promise<Opened> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests };
  }

  function report(dir: string, args: string[]): string {
    const out = path.join(dir, 'report.html');
    const r = runCli(['--no-config', '--format', 'html', '--output-file', out, ...args], { cwd: dir });
    expect([0, 1], r.stderr).toContain(r.status);
    return out;
  }

  it('renders findings, filters, rule explanations and node settings; hostile text stays text', async () => {
    const dir = tmpTree({
      'img/usr/lib/sysctl.d/50-default.conf': 'net.core.somaxconn = 128\n',
      'img/etc/sysctl.d/60-<img src=x onerror=alert(1)>.conf': 'net.ipv4.tcp_tw_recycle = 1\nvm.swappiness = 10 # </script><script>alert(2)</script>\nnet.core.somaxconn = 4096\n',
      'img/etc/sysctl.conf': 'kernel.pid_max = "65536"\n',
      'user-data': '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90-k.conf\n    content: |\n      net.ipv4.ip_local_port_range = 1024 65535\n',
    });
    const file = report(dir, ['img', 'user-data']);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link|@import|url\(/);
    const json = JSON.parse(runCli(['--no-config', '--format', 'json', 'img', 'user-data'], { cwd: dir }).stdout) as { results: Array<{ ruleId: string; severity: string }> };
    const { page, errors, requests } = await open(file);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.locator('.finding').count()).toBe(json.results.length);
    expect(await page.locator('#count-error b').textContent()).toBe(String(json.results.filter((r) => r.severity === 'error').length));
    // Hostile names are text: no element was made from them.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('h3', { hasText: '60-<img src=x onerror=alert(1)>.conf' }).count()).toBe(1);
    expect(await page.locator('.row', { hasText: '</script><script>alert(2)</script>' }).count()).toBeGreaterThan(0);
    // Grouped by node, then file; fixes and suggestions said.
    expect(await page.locator('h2', { hasText: 'node img' }).count()).toBe(1);
    expect(await page.locator('.fix', { hasText: 'fix (--fix): Remove the line' }).count()).toBe(1);
    expect(await page.locator('.fix', { hasText: 'suggestion:' }).count()).toBeGreaterThan(0);
    // Filters: severity and rule.
    await page.locator('#sev-info').uncheck();
    expect(await page.locator('.finding').count()).toBe(json.results.filter((r) => r.severity !== 'info').length);
    await page.locator('#sev-info').check();
    await page.locator('#filter-rule').selectOption('tcp-tw-recycle-enabled');
    expect(await page.locator('.finding').count()).toBe(json.results.filter((r) => r.ruleId === 'tcp-tw-recycle-enabled').length);
    expect(await page.locator('.finding[data-rule="tcp-tw-recycle-enabled"]').count()).toBe(await page.locator('.finding').count());
    // Rule explanations with links; effective settings per node.
    expect(await page.locator('#rule-tcp-tw-recycle-enabled a').first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('#nodes details').count()).toBe(2);
    await page.locator('#nodes summary', { hasText: 'node img' }).click();
    expect(await page.locator('#nodes tr', { hasText: 'net.core.somaxconn' }).first().textContent()).toContain('4096');
    await page.close();
  });

  it('stays usable with 10,000 findings: one page of 200 at a time', async () => {
    // 20 files of 500 (findings are capped per rule and file, so one file would not do).
    const files: Record<string, string> = {};
    for (let f = 0; f < 20; f++) files[`etc/sysctl.d/${60 + f}-many.conf`] = Array.from({ length: 500 }, (_, i) => `net.ipv4.conf.eth${f}x${i}.rp_filter = 1 # n${i}\n`).join('');
    const dir = tmpTree(files);
    const file = report(dir, ['etc']);
    const t0 = Date.now();
    const { page, errors } = await open(file);
    const loaded = Date.now() - t0;
    expect(errors).toEqual([]);
    expect(await page.locator('#shown').textContent()).toMatch(/^(\d+) of \1 findings$/);
    const total = Number((await page.locator('#shown').textContent())?.split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(await page.locator('.finding').count()).toBe(200);
    await page.locator('#next').click();
    expect(await page.locator('#pager').textContent()).toContain('page 2 of');
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-10000.png') });
    // Generous: the page renders 200 findings, not 10,000 (about a second here).
    expect(loaded).toBeLessThan(20_000);
    await page.close();
  });
});
