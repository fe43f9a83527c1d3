-- History at scale (a year of 10 stores x 4 skills x 2 devices every 15 minutes, ~2.8 M check rows):
-- indexes for every query the dashboard, `incidents` and the alert policy make, and a summary table
-- of the metrics charts draw, so no page load parses JSON details row by row. bench/history-at-scale.ts measures them.

-- The alert policy's "status in the previous run" and the newest check of a key.
CREATE INDEX check_runs_by_key_time ON check_runs (store_url, skill_name, device, timestamp);
-- Status timelines and uptime read only the window's (time, store, skill, status): covered, no row lookups.
-- It starts with the columns of check_runs_by_time_store_skill, which it replaces.
CREATE INDEX check_runs_by_time_status ON check_runs (timestamp, store_url, skill_name, status);
DROP INDEX check_runs_by_time_store_skill;
-- The latest failures (screenshots) and the latest pixel matrices: small slices of the window.
CREATE INDEX check_runs_failures_by_time ON check_runs (timestamp) WHERE status = 'FAIL';
CREATE INDEX check_runs_by_skill_time ON check_runs (skill_name, timestamp);

-- `incidents --all` (newest first), flapping (openings of a key since), retention and the recent-runs list.
CREATE INDEX incidents_by_time ON incidents (created_at);
CREATE INDEX incidents_by_key_time ON incidents (store_url, skill_name, device, created_at);
CREATE INDEX incidents_resolved_by_time ON incidents (resolved_at) WHERE status = 'resolved';
CREATE INDEX runs_by_start ON runs (started_at);
-- Warning cooldowns look up the newest alert of a kind.
CREATE INDEX alert_outbox_by_kind_time ON alert_outbox (kind, created_at);

-- TTFB, LCP and CLS of each check that recorded any, kept in step with check_runs by triggers
-- (inserted with the check, deleted with it by retention), so the charts read narrow rows.
CREATE TABLE check_metrics (
  check_run_id INTEGER PRIMARY KEY,   -- check_runs.id
  timestamp TEXT NOT NULL,
  store_url TEXT NOT NULL,
  device TEXT NOT NULL,
  ttfb_ms REAL,
  lcp_ms REAL,
  cls REAL
);
CREATE INDEX check_metrics_by_time ON check_metrics (timestamp, store_url, device);

CREATE TRIGGER check_metrics_after_insert AFTER INSERT ON check_runs
WHEN json_valid(NEW.details) AND json_type(NEW.details, '$.metrics') = 'object'
  AND (json_type(NEW.details, '$.metrics.ttfb_ms') IN ('integer', 'real') OR json_type(NEW.details, '$.metrics.lcp_ms') IN ('integer', 'real')
       OR json_type(NEW.details, '$.metrics.cls') IN ('integer', 'real'))
BEGIN
  INSERT INTO check_metrics (check_run_id, timestamp, store_url, device, ttfb_ms, lcp_ms, cls)
  VALUES (NEW.id, NEW.timestamp, NEW.store_url, NEW.device, json_extract(NEW.details, '$.metrics.ttfb_ms'),
          json_extract(NEW.details, '$.metrics.lcp_ms'), json_extract(NEW.details, '$.metrics.cls'));
END;

CREATE TRIGGER check_metrics_after_delete AFTER DELETE ON check_runs
BEGIN
  DELETE FROM check_metrics WHERE check_run_id = OLD.id;
END;

-- What was recorded before this migration.
INSERT INTO check_metrics (check_run_id, timestamp, store_url, device, ttfb_ms, lcp_ms, cls)
SELECT id, timestamp, store_url, device, json_extract(details, '$.metrics.ttfb_ms'), json_extract(details, '$.metrics.lcp_ms'), json_extract(details, '$.metrics.cls')
FROM check_runs
WHERE json_valid(details) AND json_type(details, '$.metrics') = 'object'
  AND (json_type(details, '$.metrics.ttfb_ms') IN ('integer', 'real') OR json_type(details, '$.metrics.lcp_ms') IN ('integer', 'real')
       OR json_type(details, '$.metrics.cls') IN ('integer', 'real'));
