// The dashboard as one self-contained HTML page (uPlot and its CSS inlined, screenshots as data: URIs):
// what `nano-sre dashboard` writes and `nano-sre watch` serves at /. Readable on a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatDuration } from '../core/durations';
import { journeySteps, type MatrixRow } from '../skills/pixel-auditor/funnel-audit';
import { chartScript } from './chart-script';
import { escapeHtml as text, scriptJson, shortTime } from './html-text';
import type { CheckSummary, DashboardData, DashboardIncident, PixelMatrix } from './read-dashboard';

const require = createRequire(import.meta.url);
let uplot: { script: string; style: string } | undefined;

function uplotAssets(): { script: string; style: string } {
  uplot ??= {
    script: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
    style: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  };
  return uplot;
}

const style = `
:root { --pass: #16a34a; --warn: #d97706; --fail: #dc2626; --none: #e5e7eb; --ink: #111827; --muted: #6b7280; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, Segoe UI, Roboto, sans-serif; color: var(--ink); margin: 0; background: #f9fafb; }
header, section { max-width: 1100px; margin: 0 auto; padding: 12px 16px; }
header h1 { margin: 8px 0 2px; font-size: 1.4em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
.muted { color: var(--muted); font-size: .9em; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 12px; }
.card b { font-size: 1.4em; display: block; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: top; }
.status { font-weight: 600; }
.PASS { color: var(--pass); } .WARN { color: var(--warn); } .FAIL, .open { color: var(--fail); }
.timeline { display: flex; gap: 1px; min-width: 168px; height: 18px; }
.timeline i { flex: 1; background: var(--none); border-radius: 1px; }
.timeline i.PASS { background: var(--pass); } .timeline i.WARN { background: var(--warn); } .timeline i.FAIL { background: var(--fail); }
.chart { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px; margin-bottom: 12px; }
figure { margin: 0 0 16px; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px; }
figure img { max-width: 100%; height: auto; display: block; }
.matrix td { font-size: .85em; white-space: nowrap; }
.matrix .bad { color: var(--fail); font-weight: 600; }
@media (max-width: 600px) { body { font-size: 14px; } th, td { padding: 4px; } .hide-narrow { display: none; } }
`;

function checksSection(checks: CheckSummary[], bucketMs: number): string {
  if (!checks.length) return '<p class="muted">No checks in this window yet.</p>';
  const rows = checks.map((check) => {
    const cells = check.timeline.map((status) => `<i class="${status}"></i>`).join('');
    return `<tr><td>${text(check.storeUrl)}</td><td>${text(check.skillName)}</td>
      <td class="status ${check.failures ? 'FAIL' : 'PASS'}">${check.uptimePercent.toFixed(2)}%</td>
      <td class="hide-narrow">${check.checks} checks · ${check.failures} FAIL · ${check.warnings} WARN</td>
      <td style="min-width:180px"><div class="timeline" title="worst status per ${formatDuration(bucketMs)}">${cells}</div></td></tr>`;
  });
  return `<div class="scroll"><table><thead><tr><th>store</th><th>skill</th><th>uptime</th><th class="hide-narrow">checks</th><th>timeline (oldest → newest)</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function incidentRow(incident: DashboardIncident): string {
  const state = incident.status === 'open' ? `open for ${formatDuration(incident.durationMs)}` : `resolved after ${formatDuration(incident.durationMs)}`;
  const diagnosis = incident.rootCause
    ? `<div>${text(incident.rootCause)}</div>${incident.remediation?.length ? `<div class="muted">What to do: ${text(incident.remediation[0])}</div>` : ''}`
    : '<span class="muted">no diagnosis</span>';
  return `<tr><td class="status ${incident.status}">#${incident.id} ${text(incident.severity)}</td><td>${text(state)}<div class="muted">since ${shortTime(incident.createdAt)}</div></td>
    <td>${text(incident.skillName)} · ${text(incident.device)}<div class="muted">${text(incident.storeUrl)}</div></td>
    <td>${text(incident.summary.split('\n')[0])}${diagnosis}</td></tr>`;
}

function cellHtml(row: MatrixRow, step: (typeof journeySteps)[number]): string {
  const cell = row.cells[step];
  if (!cell) return '<td class="muted">not reached</td>';
  const problems = [...cell.missing.map((name) => `−${name}`), ...cell.duplicate.map((name) => `×${name.split(' ')[0]}`), ...(cell.wrong.length ? [`!${cell.wrong.length} wrong`] : [])];
  const fired = cell.fired.filter((name) => !/ x\d+$/.test(name));
  return `<td>${text(fired.join(' ') || '·')}${problems.length ? ` <span class="bad">${text(problems.join(' '))}</span>` : ''}</td>`;
}

function pixelSection(matrices: PixelMatrix[]): string {
  if (!matrices.length) return '<p class="muted">No pixel audit in this window.</p>';
  return matrices
    .map((entry) => {
      const head = journeySteps.map((step) => `<th>${text(step.replace(/_/g, ' '))}</th>`).join('');
      const rows = entry.matrix.map((row) => `<tr><th>${text(row.vendor)}</th>${journeySteps.map((step) => cellHtml(row, step)).join('')}</tr>`).join('');
      return `<h3>${text(entry.storeUrl)} · ${text(entry.device)} <span class="muted">${shortTime(entry.at)}</span></h3><div class="scroll"><table class="matrix"><thead><tr><th>vendor</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('');
}

export function renderDashboardHtml(data: DashboardData): string {
  const assets = uplotAssets();
  const open = data.incidents.filter((incident) => incident.status === 'open');
  const checks = data.checks.reduce((sum, check) => sum + check.checks, 0);
  const failures = data.checks.reduce((sum, check) => sum + check.failures, 0);
  const uptime = checks ? (100 * (checks - failures)) / checks : 100;
  const charts = data.metrics.length
    ? data.metrics.map((series, index) => `<div class="chart"><h3>${text(series.storeUrl)} · ${text(series.device)}</h3><div id="chart-${index}"></div></div>`).join('')
    : '<p class="muted">No TTFB, LCP or CLS recorded in this window.</p>';
  const shots = data.screenshots.length
    ? data.screenshots
        .map((shot) => `<figure><figcaption><b>${text(shot.skillName)}</b> · ${text(shot.device)} · ${text(shot.storeUrl)} · ${shortTime(shot.at)}<div class="muted">${text(shot.summary)}</div></figcaption>${shot.dataUri ? `<img alt="${text(`${shot.skillName} failure`)}" src="${shot.dataUri}">` : `<p class="muted">${text(shot.path)} (no longer on disk)</p>`}</figure>`)
        .join('')
    : '<p class="muted">No failure screenshots in this window.</p>';
  const runs = data.runs
    .map((run) => `<tr><td>${shortTime(run.startedAt)}</td><td class="status ${run.status}">${run.status}</td><td>${text(run.trigger)}</td><td>${run.durationMs === null ? '' : formatDuration(run.durationMs)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nano-SRE dashboard</title><style>${assets.style}${style}</style></head>
<body>
<header><h1>Nano-SRE</h1><div class="muted">${shortTime(data.since)} → ${shortTime(data.generatedAt)}</div>
<div class="cards" id="summary">
  <div class="card"><b class="${open.length ? 'FAIL' : 'PASS'}">${open.length}</b>open incidents</div>
  <div class="card"><b>${uptime.toFixed(2)}%</b>uptime</div>
  <div class="card"><b>${checks}</b>checks</div>
  <div class="card"><b>${new Set(data.checks.map((check) => check.storeUrl)).size}</b>stores</div>
</div></header>
<section id="checks"><h2>Checks</h2>${checksSection(data.checks, data.bucketMs)}</section>
<section id="incidents"><h2>Incidents</h2>${data.incidents.length ? `<div class="scroll"><table><tbody>${data.incidents.map(incidentRow).join('')}</tbody></table></div>` : '<p class="muted">No incidents in this window.</p>'}</section>
<section id="speed"><h2>Speed: TTFB, LCP, CLS</h2><p class="muted">Mean per ${formatDuration(data.bucketMs)}; dashed: the baseline from passing runs.</p>${charts}</section>
<section id="pixels"><h2>Pixel matrix (latest)</h2>${pixelSection(data.pixelMatrices)}</section>
<section id="screenshots"><h2>Latest failure screenshots</h2>${shots}</section>
<section id="runs"><h2>Recent runs</h2>${runs ? `<div class="scroll"><table><thead><tr><th>started</th><th>status</th><th>trigger</th><th>took</th></tr></thead><tbody>${runs}</tbody></table></div>` : '<p class="muted">No runs yet.</p>'}</section>
<script id="dashboard-data" type="application/json">${scriptJson({ metrics: data.metrics, since: data.since, generatedAt: data.generatedAt })}</script>
<script>${assets.script}</script>
<script>${chartScript}</script>
</body></html>
`;
}
