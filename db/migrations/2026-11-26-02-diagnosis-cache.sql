-- Last diagnosis per fingerprint (store, skill, finding codes, normalised messages), so a repeat
-- failure within DIAGNOSIS_CACHE_HOURS reuses it instead of paying for another LLM call.
CREATE TABLE diagnosis_cache (
  fingerprint TEXT PRIMARY KEY,
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  source TEXT NOT NULL,              -- rules | llm | llm+mcp
  diagnosis TEXT NOT NULL,           -- JSON, the Diagnosis as stored on the check run
  created_at TEXT NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diagnosis_cache_by_time ON diagnosis_cache (created_at);
