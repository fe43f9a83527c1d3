-- History at scale (a year of 10 stores x 4 skills x 2 devices every 15 minutes, ~2.8 M check rows):
-- indexes for every query the dashboard, `incidents` and the alert policy make, and a summary table
-- of the metrics charts draw, so no page load parses JSON details row by row. bench/history-at-scale.ts measures them.

-- check_runs keeps its time index (retention, the newest check of a key, the pixel matrices); only the
-- latest failures (screenshots), a small slice of the window, get their own partial index. Every
-- index on check_runs costs bytes on each of its millions of rows, so timelines read a summary instead.
CREATE INDEX check_runs_failures_by_time ON check_runs (timestamp) WHERE status = 'FAIL';

-- `incidents --all` (newest first), flapping (openings of a key since), retention and the recent-runs list.
CREATE INDEX incidents_by_time ON incidents (created_at);
CREATE INDEX incidents_by_key_time ON incidents (store_url, skill_name, device, created_at);
CREATE INDEX incidents_resolved_by_time ON incidents (resolved_at) WHERE status = 'resolved';
CREATE INDEX runs_by_start ON runs (started_at);
-- Warning cooldowns look up the newest alert of a kind.
CREATE INDEX alert_outbox_by_kind_time ON alert_outbox (kind, created_at);

-- PASS/WARN/FAIL counts per store, skill and hour, kept in step with check_runs by triggers: uptime and
-- status timelines read ~7 k rows for a week instead of ~54 k checks (a year: 350 k instead of 2.8 M).
CREATE TABLE check_status_hourly (
  hour TEXT NOT NULL,                 -- substr(timestamp, 1, 13): 2026-11-30T14
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  pass INTEGER NOT NULL DEFAULT 0,
  warn INTEGER NOT NULL DEFAULT 0,
  fail INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (hour, store_url, skill_name)
) WITHOUT ROWID;

CREATE TRIGGER check_status_hourly_after_insert AFTER INSERT ON check_runs WHEN NEW.status != 'SKIP'
BEGIN
  INSERT INTO check_status_hourly (hour, store_url, skill_name, pass, warn, fail)
  VALUES (substr(NEW.timestamp, 1, 13), NEW.store_url, NEW.skill_name, NEW.status = 'PASS', NEW.status = 'WARN', NEW.status = 'FAIL')
  ON CONFLICT (hour, store_url, skill_name) DO UPDATE SET pass = pass + excluded.pass, warn = warn + excluded.warn, fail = fail + excluded.fail;
END;

CREATE TRIGGER check_status_hourly_after_delete AFTER DELETE ON check_runs WHEN OLD.status != 'SKIP'
BEGIN
  UPDATE check_status_hourly SET pass = pass - (OLD.status = 'PASS'), warn = warn - (OLD.status = 'WARN'), fail = fail - (OLD.status = 'FAIL')
  WHERE hour = substr(OLD.timestamp, 1, 13) AND store_url = OLD.store_url AND skill_name = OLD.skill_name;
  DELETE FROM check_status_hourly
  WHERE hour = substr(OLD.timestamp, 1, 13) AND store_url = OLD.store_url AND skill_name = OLD.skill_name AND pass + warn + fail <= 0;
END;

INSERT INTO check_status_hourly (hour, store_url, skill_name, pass, warn, fail)
SELECT substr(timestamp, 1, 13), store_url, skill_name, sum(status = 'PASS'), sum(status = 'WARN'), sum(status = 'FAIL')
FROM check_runs WHERE status != 'SKIP' GROUP BY 1, 2, 3;

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
