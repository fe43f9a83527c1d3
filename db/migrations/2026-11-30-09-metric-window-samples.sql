-- Speed baselines as one row per vitals check (its samples: {template: {metric: value}}), the newest 20 per
-- store x skill x device, instead of one row per key read, extended and written back whole on every save:
-- with values at a browser's precision that was 1-2 ms of every 100-check save on a year of history
-- (bench/history-at-scale.ts); now a save adds a small row and deletes the 21st newest. Workers read their
-- key's 20 rows. A series' window is its values in the last 20 checks (a metric a check did not measure
-- leaves a gap, not an older value).
CREATE TABLE metric_window_samples (
  id INTEGER PRIMARY KEY,
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  device TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  samples TEXT NOT NULL         -- JSON {template: {metric: value}} of one check
);
CREATE INDEX metric_window_samples_by_key ON metric_window_samples (store_url, skill_name, device, id);

-- What metric_windows held: the n-th newest value of every series becomes the n-th newest check's, oldest
-- inserted first so that ids grow with time.
INSERT INTO metric_window_samples (store_url, skill_name, device, recorded_at, samples)
SELECT store_url, skill_name, device, updated_at, json_group_object(template, json(metrics)) FROM (
  SELECT w.store_url, w.skill_name, w.device, w.updated_at, t.key AS template, v.key AS slot, json_group_object(m.key, v.value) AS metrics
  FROM metric_windows AS w, json_each(w.series) AS t, json_each(t.value) AS m, json_each(m.value) AS v
  WHERE json_valid(w.series) AND t.type = 'object' AND m.type = 'array' AND v.type IN ('integer', 'real')
  GROUP BY w.store_url, w.skill_name, w.device, t.key, v.key
)
GROUP BY store_url, skill_name, device, slot
ORDER BY store_url, skill_name, device, slot DESC;

DROP TABLE metric_windows;
