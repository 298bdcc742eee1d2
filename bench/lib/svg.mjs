/**
 * A log-log line chart as hand-written SVG (no chart library): x = files in the repository,
 * y = a measured quantity, one polyline with labelled points per series.
 */

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const fmtFiles = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/**
 * @param {{ title: string, yLabel: string, formatY: (v: number) => string,
 *           series: Array<{ name: string, color: string, dash?: string, points: Array<[number, number]> }> }} chart
 */
export function logLogChart(chart) {
  const W = 760;
  const H = 440;
  const m = { left: 78, right: 210, top: 48, bottom: 58 };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const pts = chart.series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.floor(Math.log10(Math.min(...xs)));
  const x1 = Math.ceil(Math.log10(Math.max(...xs)));
  const y0 = Math.floor(Math.log10(Math.min(...ys)));
  const y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const sx = (x) => m.left + ((Math.log10(x) - x0) / Math.max(1, x1 - x0)) * pw;
  const sy = (y) => m.top + ph - ((Math.log10(y) - y0) / Math.max(1, y1 - y0)) * ph;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${m.left}" y="24" font-size="15" font-weight="bold">${esc(chart.title)}</text>`);
  // Grid: decades, with 2x and 5x minor lines on the y axis.
  for (let e = y0; e <= y1; e++) {
    for (const f of [1, 2, 5]) {
      const v = f * 10 ** e;
      if (Math.log10(v) > y1 + 1e-9) continue;
      const y = sy(v).toFixed(1);
      out.push(`<line x1="${m.left}" x2="${m.left + pw}" y1="${y}" y2="${y}" stroke="${f === 1 ? '#cccccc' : '#eeeeee'}"/>`);
      if (f === 1 || y1 - y0 <= 2) out.push(`<text x="${m.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#444">${esc(chart.formatY(v))}</text>`);
    }
  }
  for (let e = x0; e <= x1; e++) {
    const x = sx(10 ** e).toFixed(1);
    out.push(`<line x1="${x}" x2="${x}" y1="${m.top}" y2="${m.top + ph}" stroke="#cccccc"/>`);
    out.push(`<text x="${x}" y="${m.top + ph + 18}" text-anchor="middle" fill="#444">${fmtFiles(10 ** e)}</text>`);
  }
  out.push(`<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`);
  out.push(`<text x="${m.left + pw / 2}" y="${H - 16}" text-anchor="middle">files in the repository (log scale)</text>`);
  out.push(`<text transform="translate(18 ${m.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(chart.yLabel)} (log scale)</text>`);
  chart.series.forEach((s, i) => {
    const p = s.points.filter(([x, y]) => x > 0 && y > 0);
    if (p.length) {
      out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} points="${p.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"/>`);
      for (const [x, y] of p) {
        out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="4" fill="${s.color}"/>`);
        // A white halo keeps the value readable where it crosses a grid line or another series.
        out.push(`<text x="${(sx(x) + 7).toFixed(1)}" y="${(sy(y) - 7).toFixed(1)}" fill="${s.color}" font-size="11" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(chart.formatY(y))}</text>`);
      }
    }
    const ly = m.top + 14 + i * 22;
    const lx = m.left + pw + 16;
    out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    out.push(`<text x="${lx + 32}" y="${ly}" dominant-baseline="middle">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

export function formatSeconds(v) {
  if (v >= 1) return `${+v.toPrecision(3)} s`;
  return `${+(v * 1000).toPrecision(3)} ms`;
}
