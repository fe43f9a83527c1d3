-- The seed design's tables, plus a row per suite run so check rows can be grouped.
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,               -- PASS | WARN | FAIL | SKIP: the worst skill status
  trigger TEXT NOT NULL DEFAULT 'cli',
  stores TEXT NOT NULL DEFAULT '[]',  -- JSON array of store URLs
  counts TEXT NOT NULL DEFAULT '{}',  -- JSON {PASS: n, WARN: n, FAIL: n, SKIP: n}
  duration_ms INTEGER
);

CREATE TABLE check_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT REFERENCES runs(id) ON DELETE CASCADE,
  timestamp TEXT NOT NULL,
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  device TEXT NOT NULL DEFAULT 'desktop',
  project TEXT,
  status TEXT NOT NULL CHECK (status IN ('PASS', 'WARN', 'FAIL', 'SKIP')),
  summary TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}',     -- JSON: findings, metrics, evidence, attempts
  screenshots TEXT NOT NULL DEFAULT '[]', -- JSON array of file paths
  error TEXT,
  duration_ms INTEGER,
  retries INTEGER NOT NULL DEFAULT 0,
  diagnosis TEXT                          -- JSON, when a diagnosis was made
);
CREATE INDEX check_runs_by_time_store_skill ON check_runs (timestamp, store_url, skill_name);
CREATE INDEX check_runs_by_run ON check_runs (run_id);

CREATE TABLE baselines (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  skill_name TEXT NOT NULL,
  store_url TEXT NOT NULL,
  baseline_data TEXT NOT NULL DEFAULT '{}', -- JSON {device: {metric: {mean, samples}}}
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (skill_name, store_url)
);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  device TEXT NOT NULL DEFAULT 'desktop',
  severity TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  finding_codes TEXT NOT NULL DEFAULT '[]',
  failure_count INTEGER NOT NULL DEFAULT 1,     -- consecutive failing runs while open
  last_seen_at TEXT NOT NULL,
  opened_run_id TEXT,
  resolved_run_id TEXT
);
CREATE INDEX incidents_by_store_status ON incidents (store_url, status);
-- At most one open incident per skill, store and device.
CREATE UNIQUE INDEX incidents_one_open ON incidents (store_url, skill_name, device) WHERE status = 'open';
