// Same failure, same diagnosis: a fingerprint of (store, skill, finding codes, normalised messages)
// maps to the last diagnosis in SQLite, so a repeat within DIAGNOSIS_CACHE_HOURS costs no LLM call.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../db/open-database';
import type { SkillResult } from '../../core/skill-result';
import { diagnosisSchema, type Diagnosis } from '../../core/diagnosis-schema';

/**
 * Strips what changes between two runs of the same failure: numbers (ms, ids, statuses stay as
 * their code), query strings, hex ids and tokens, so "took 2034 ms" and "took 2511 ms" match.
 */
export function normaliseMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/https?:\/\/[^\s?#"']+(\?[^\s#"']*)?/g, (url) => url.split('?')[0])
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '#')
    .replace(/\b[0-9a-f]{12,}\b/g, '#')
    .replace(/\d+(\.\d+)?/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

export function diagnosisFingerprint(result: SkillResult): string {
  const findings = result.findings.filter((finding) => finding.level !== 'info');
  const key = {
    store: result.storeUrl,
    skill: result.skillName,
    codes: [...new Set(findings.map((finding) => finding.code))].sort(),
    messages: [...new Set(findings.map((finding) => normaliseMessage(finding.message)))].sort(),
  };
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

export interface CacheLookup {
  /** With an LLM configured, a rules-only entry is not good enough: the LLM should get its chance. */
  requireLlm: boolean;
}

export interface DiagnosisCache {
  get(fingerprint: string, lookup: CacheLookup): Diagnosis | undefined;
  put(fingerprint: string, result: SkillResult, diagnosis: Diagnosis): void;
  close(): void;
}

export function createDiagnosisCache(database: Database.Database, maxAgeHours: number, now: () => Date = () => new Date()): DiagnosisCache {
  const cutoff = () => new Date(now().getTime() - maxAgeHours * 3_600_000).toISOString();
  const select = database.prepare('SELECT diagnosis FROM diagnosis_cache WHERE fingerprint = ? AND created_at >= ?');
  const hit = database.prepare('UPDATE diagnosis_cache SET hits = hits + 1 WHERE fingerprint = ?');
  const upsert = database.prepare(
    `INSERT INTO diagnosis_cache (fingerprint, store_url, skill_name, source, diagnosis, created_at, hits)
     VALUES (@fingerprint, @storeUrl, @skillName, @source, @diagnosis, @createdAt, 0)
     ON CONFLICT (fingerprint) DO UPDATE SET source = excluded.source, diagnosis = excluded.diagnosis, created_at = excluded.created_at, hits = 0`,
  );
  const prune = database.prepare('DELETE FROM diagnosis_cache WHERE created_at < ?');

  return {
    get(fingerprint, lookup) {
      if (maxAgeHours <= 0) return undefined;
      const row = select.get(fingerprint, cutoff()) as { diagnosis: string } | undefined;
      if (!row) return undefined;
      const parsed = diagnosisSchema.safeParse(JSON.parse(row.diagnosis));
      if (!parsed.success || (lookup.requireLlm && parsed.data.source === 'rules')) return undefined;
      hit.run(fingerprint);
      return { ...parsed.data, cached: true };
    },
    put(fingerprint, result, diagnosis) {
      if (maxAgeHours <= 0 || diagnosis.cached) return;
      upsert.run({
        fingerprint,
        storeUrl: result.storeUrl,
        skillName: result.skillName,
        source: diagnosis.source,
        diagnosis: JSON.stringify(diagnosis),
        createdAt: now().toISOString(),
      });
      prune.run(cutoff());
    },
    close() {
      database.close();
    },
  };
}

export function openDiagnosisCache(databasePath: string, maxAgeHours: number): DiagnosisCache {
  return createDiagnosisCache(openDatabase(databasePath), maxAgeHours);
}
