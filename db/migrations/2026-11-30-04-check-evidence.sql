-- A check row keeps what history needs for the whole retention: the warning and failing findings, metrics
-- and attempts (details) beside status, summary, diagnosis and, when it did not pass, its screenshots. What a
-- check saw (the test's title, its browser evidence, the skill's own details such as the pixel matrix or the
-- vitals table, the full findings list when it has info findings, a passing check's screenshots) goes to
-- check_evidence: kept as long as the check row when the check warned or failed, and for
-- EVIDENCE_RETENTION_DAYS when it passed. A year of history then costs under 1 KB per check instead of ~3 KB
-- (bench/history-at-scale.ts). Rows written before this migration keep everything in details.
CREATE TABLE check_evidence (
  check_run_id INTEGER PRIMARY KEY,   -- check_runs.id
  passed_at TEXT,                     -- the check's timestamp when it passed (this evidence expires); NULL otherwise
  title TEXT NOT NULL,                -- the test's title
  findings TEXT,                      -- JSON: every finding, info included, when the check had info findings; NULL otherwise
  evidence TEXT NOT NULL,             -- JSON: console and page errors, failed requests, pages
  skill_details TEXT NOT NULL,        -- JSON: the skill's own details
  screenshots TEXT                    -- JSON: a passing check's screenshots; NULL otherwise (the check row has them)
);
CREATE INDEX check_evidence_passed_by_time ON check_evidence (passed_at) WHERE passed_at IS NOT NULL;

CREATE TRIGGER check_evidence_after_check_delete AFTER DELETE ON check_runs
BEGIN
  DELETE FROM check_evidence WHERE check_run_id = OLD.id;
END;

-- Every check as one row with its details whole again (when its evidence is still kept): what a person
-- querying the file, the dashboard and the tests read. Same columns as check_runs.
CREATE VIEW check_results AS
SELECT c.id, c.run_id, c.timestamp, c.store_url, c.skill_name, c.device, c.project, c.status, c.summary,
  CASE WHEN e.check_run_id IS NULL THEN c.details
       ELSE json_set(c.details, '$.title', e.title, '$.findings', json(coalesce(e.findings, json_extract(c.details, '$.findings'))),
                     '$.evidence', json(e.evidence), '$.skillDetails', json(e.skill_details)) END AS details,
  coalesce(e.screenshots, c.screenshots) AS screenshots, c.error, c.duration_ms, c.retries, c.diagnosis
FROM check_runs c LEFT JOIN check_evidence e ON e.check_run_id = c.id;
