-- Visual baselines: one row per store × device × page template. The images live beside the database
-- (<folder of NANO_SRE_DB>/visual-baselines/<store>/<device>/<template>.png and <template>.latest.png);
-- the row says where, what they hash to, and how the baseline came about. Only the reporter and the CLI write.
CREATE TABLE visual_baselines (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  store_key TEXT NOT NULL,                 -- host, non-default port and locale prefix, e.g. shop.example.com_en-ca
  device TEXT NOT NULL,
  template TEXT NOT NULL,                  -- home | collection | product | cart
  page_url TEXT NOT NULL,
  baseline_sha256 TEXT,                    -- null after a reset, until the next run creates a new one
  baseline_width INTEGER,
  baseline_height INTEGER,
  baseline_source TEXT,                    -- first-run | approved | null after a reset
  baseline_at TEXT,
  latest_sha256 TEXT,                      -- the last run's shot, which `nano-sre baselines approve` promotes
  latest_at TEXT,
  latest_ratio REAL,                       -- its changed share against the baseline (null when it created it)
  latest_verdict TEXT,                     -- pass | warn | fail, after the vision model when one judged
  latest_run_id TEXT,
  UNIQUE (store_key, device, template)
);
