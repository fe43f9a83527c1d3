// Which Chromium runs the shopper: CHROMIUM_PATH, else a system Chromium, else Playwright's own.
// A system Chromium in a closed network needs flags that stop it phoning home.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LaunchOptions } from '@playwright/test';

const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep Chromium from background traffic that a closed network refuses. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function findSystemChromium(explicitPath?: string): string | undefined {
  if (explicitPath) return explicitPath;
  return systemChromiumPaths.find((path) => existsSync(path));
}

export function chromiumLaunchOptions(explicitPath?: string): LaunchOptions {
  const executablePath = findSystemChromium(explicitPath);
  if (explicitPath && !existsSync(explicitPath)) {
    throw new Error(`CHROMIUM_PATH=${explicitPath} does not exist; point it at a Chromium binary or unset it`);
  }
  return executablePath ? { executablePath, args: quietChromiumArgs } : { args: quietChromiumArgs };
}

/** Video needs Playwright's own ffmpeg build, which a system-Chromium machine may not have. */
export function playwrightFfmpegInstalled(): boolean {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(root).some((name) => name.startsWith('ffmpeg'));
  } catch {
    return false;
  }
}
