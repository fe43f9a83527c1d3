-- What the pixel auditor's readers need of its checks, kept apart from the checks' evidence (a passing check's
-- is written only when EVIDENCE_RETENTION_DAYS asks): the analytics vendors seen on each store and when last
-- (the auditor remembers a week of them), and the newest pixel check's matrix per store and device (the
-- dashboard). Both are small and written by the save; they were read out of a week of evidence rows
-- (52 ms and 27 ms on a year of history for 10 stores).
CREATE TABLE pixel_vendors_seen (
  store_url TEXT NOT NULL,
  vendor TEXT NOT NULL,            -- pixel vendor name: ga4, meta, tiktok, shopify, ...
  last_seen_at TEXT NOT NULL,      -- timestamp of the newest pixel check that saw it
  PRIMARY KEY (store_url, vendor)
) WITHOUT ROWID;

CREATE TABLE pixel_matrices_latest (
  store_url TEXT NOT NULL,
  device TEXT NOT NULL,
  check_run_id INTEGER NOT NULL,   -- check_runs.id of the newest pixel check of this store and device
  checked_at TEXT NOT NULL,        -- its timestamp
  summary TEXT NOT NULL,
  matrix TEXT,                     -- JSON: its details' matrix (vendor x step); NULL when it had none
  PRIMARY KEY (store_url, device)
);

INSERT INTO pixel_vendors_seen (store_url, vendor, last_seen_at)
SELECT checks.store_url, seen.value, max(checks.timestamp)
FROM check_results AS checks, json_each(checks.details, '$.skillDetails.vendorsSeen') AS seen
WHERE checks.skill_name = 'pixel_auditor' AND json_valid(checks.details) AND seen.type = 'text'
GROUP BY checks.store_url, seen.value;

INSERT INTO pixel_matrices_latest (store_url, device, check_run_id, checked_at, summary, matrix)
SELECT store_url, device, id, timestamp, summary, CASE WHEN json_valid(details) THEN json_extract(details, '$.skillDetails.matrix') END
FROM check_results WHERE id IN (SELECT max(id) FROM check_runs WHERE skill_name = 'pixel_auditor' GROUP BY store_url, device);
