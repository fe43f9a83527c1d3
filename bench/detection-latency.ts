// Detection latency of `nano-sre watch --interval 1m`: from switching a fault on (POST /__demo/faults)
// to the alert arriving at a local Discord stand-in, with the real suite in Chromium. Not a test: a
// measurement to read next to its goal (one interval + one suite run + under 1 s).
// Run: npx tsx bench/detection-latency.ts   (about 3 minutes)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoStore } from '../demo-store/server';
import { fakeDiscordWebhookUrl, startFakeDiscord } from '../tests/helpers/fake-servers/fake-discord-server';
import { repositoryRoot } from '../tests/helpers/paths';

const directory = mkdtempSync(join(tmpdir(), 'nano-sre-latency-'));
const store = await startDemoStore({ port: 0 });
const discord = await startFakeDiscord();
const watch = spawn(process.execPath, [join(repositoryRoot, 'bin/nano-sre.js'), 'watch', '--interval', '1m', '--port', '0'], {
  cwd: directory,
  env: {
    ...process.env, STORE_URL: store.url, DEVICES: 'desktop', NANO_SRE_DB: join(directory, 'nano.db'), REPORTS_DIR: join(directory, 'reports'),
    DISCORD_WEBHOOK_URL: fakeDiscordWebhookUrl, DISCORD_API_BASE: discord.apiBase, SLACK_WEBHOOK_URL: '', ALERT_WEBHOOK_URL: '', MCP_COMMAND: 'off', FORCE_COLOR: '0',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const marks: Array<{ at: number; line: string }> = [];
let output = '';
const onData = (chunk: Buffer) => {
  output += chunk;
  for (const line of chunk.toString().split('\n')) if (/nano-sre watch .* run (started|ended)/.test(line)) marks.push({ at: performance.now(), line: line.replace(/^nano-sre watch \S+ /, '') });
};
watch.stdout.on('data', onData);
watch.stderr.on('data', onData);
const until = async (check: () => boolean, what: string, timeoutMs = 300_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
try {
  await until(() => marks.some((mark) => mark.line.startsWith('run ended')), 'the healthy first run');
  const healthyRun = marks.find((mark) => mark.line.startsWith('run ended'))!;
  const firstStart = marks[0];
  const faultAt = performance.now();
  await fetch(`${store.url}/__demo/faults`, { method: 'POST', body: '["atc_500"]' });
  await until(() => discord.accepted().length > 0, 'the alert at Discord');
  const alertAt = performance.now();
  const runStart = marks.find((mark) => mark.at > faultAt && mark.line.startsWith('run started'))!;
  // The reporter delivers inside the run, so the alert usually arrives before the child has exited.
  await until(() => marks.some((mark) => mark.at > runStart.at && mark.line.startsWith('run ended')), 'the failing run to end');
  const runEnd = marks.find((mark) => mark.at > runStart.at && mark.line.startsWith('run ended'))!;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log('Detection latency, nano-sre watch --interval 1m, demo store, desktop, real suite in Chromium');
  console.log(`  healthy first run took            ${seconds(healthyRun.at - firstStart.at)}`);
  console.log(`  fault on → next run starts        ${seconds(runStart.at - faultAt)} (waiting for the interval; at most 60 s)`);
  console.log(`  that run (suite + store + alert)  ${seconds(runEnd.at - runStart.at)}  ${runEnd.line}`);
  console.log(`  fault on → alert at Discord       ${seconds(alertAt - faultAt)}`);
  console.log(`  alert at Discord vs run end       ${seconds(alertAt - runEnd.at)} (negative: delivered inside the run, before the child exited)`);
  console.log(`  goal: one interval + one suite run + < 1 s = ${seconds(60_000 + (healthyRun.at - firstStart.at) + 1000)}`);
} finally {
  watch.kill('SIGTERM');
  await new Promise((resolve) => watch.on('close', resolve));
  await store.close();
  await discord.close();
}
