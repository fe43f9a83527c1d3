-- Alerting: an outbox row per alert and channel, written in the run's transaction so nothing is lost;
-- what the policy remembers about each incident and key; and mutes (`nano-sre mute STORE --for 2h`).
CREATE TABLE alert_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id TEXT NOT NULL,            -- one alert event; shared by its rows, sent to receivers as an idempotency key
  created_at TEXT NOT NULL,
  run_id TEXT,
  channel TEXT NOT NULL,             -- stdout | discord | slack | webhook
  kind TEXT NOT NULL,                -- incident-opened | incident-reminder | incident-resolved | incident-flapping | warning-raised | test
  event TEXT NOT NULL,               -- JSON AlertEvent, already redacted
  subject_keys TEXT NOT NULL DEFAULT '[]', -- JSON array of skill+store+device keys it is about (cooldowns)
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'held', 'failed', 'expired', 'dropped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  held_until TEXT,                   -- end of the mute or maintenance window that holds it
  last_error TEXT,
  delivered_at TEXT,
  UNIQUE (alert_id, channel)
);
CREATE INDEX alert_outbox_due ON alert_outbox (status, next_attempt_at);

-- The failure screenshot travels with its alert: a retry in a later run must not depend on a
-- reports folder that Playwright has cleaned, or that CI did not keep. Deleted once delivered.
CREATE TABLE alert_screenshots (
  alert_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  png BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- When each incident was announced and last alerted: the basis of thresholds, cooldowns and reminders.
ALTER TABLE incidents ADD COLUMN announced_at TEXT;
ALTER TABLE incidents ADD COLUMN last_alert_at TEXT;

-- A skill + store + device that flapped: reported once, then quiet until it has been stable for an hour.
CREATE TABLE alert_flapping (
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  device TEXT NOT NULL,
  since TEXT NOT NULL,
  PRIMARY KEY (store_url, skill_name, device)
);

CREATE TABLE mutes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  store_url TEXT NOT NULL,           -- a store URL, or '*' for every store
  until TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX mutes_by_until ON mutes (until);
