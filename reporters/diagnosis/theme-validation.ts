// THEME_DIR through the MCP server's validate_theme (theme-check, works offline): run once per run,
// its answer parsed into ThemeProblems that the diagnoses of codes the catalogue marks
// `themeValidationHelps` carry.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ThemeProblem } from '../../core/diagnosis-schema';
import type { McpAdvisor } from './mcp-advisor';
import { conversationId } from './shopify-docs';
import { errorText } from '../../core/error-text';

const themeFolders = ['layout', 'sections', 'blocks', 'snippets', 'templates', 'config', 'locales', 'assets'];
const maxFiles = 400;
const maxProblems = 20;

/** The theme's Liquid and JSON files, relative to its root, as validate_theme expects them. */
export function listThemeFiles(themeDir: string): string[] {
  const root = resolve(themeDir);
  const files: string[] = [];
  const walk = (directory: string) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files.length >= maxFiles) return;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(liquid|json)$/.test(entry.name)) files.push(relative(root, path));
    }
  };
  for (const folder of themeFolders) walk(join(root, folder));
  return files;
}

/**
 * validate_theme answers markdown: "Theme file sections/x.liquid failed to validate:" followed by
 * "ERROR: …" / "WARNING: …" lines. Errors come first in what we keep.
 */
export function parseThemeValidation(text: string): ThemeProblem[] {
  const problems: ThemeProblem[] = [];
  let file = '';
  for (const line of text.split('\n')) {
    const header = line.match(/Theme file (\S+) failed to validate/);
    if (header) file = header[1];
    const problem = line.trim().match(/^(ERROR|WARNING|WARN):\s*(.+)$/i);
    if (problem) problems.push({ file, level: /^err/i.test(problem[1]) ? 'error' : 'warning', message: problem[2].trim() });
  }
  return problems.sort((a, b) => Number(a.level === 'warning') - Number(b.level === 'warning')).slice(0, maxProblems);
}

export interface ThemeValidation {
  problems: ThemeProblem[];
  problem?: string;
}

export async function validateTheme(advisor: McpAdvisor, themeDir: string, timeoutMs: number): Promise<ThemeValidation> {
  const tools = await advisor.listTools().catch((error: unknown) => error);
  if (!Array.isArray(tools)) return { problems: [], problem: errorText(tools) };
  if (!tools.some((tool) => tool.name === 'validate_theme')) return { problems: [], problem: 'the MCP server has no validate_theme tool' };
  const files = listThemeFiles(themeDir);
  if (!files.length) return { problems: [], problem: `THEME_DIR=${themeDir} holds no theme files (layout/, sections/, …)` };
  const answer = await advisor.callTool(
    'validate_theme',
    { conversationId: await conversationId(advisor), absoluteThemePath: resolve(themeDir), filesCreatedOrUpdated: files.map((path) => ({ path })) },
    timeoutMs,
  );
  return answer.ok ? { problems: parseThemeValidation(answer.text) } : { problems: [], problem: answer.text };
}
