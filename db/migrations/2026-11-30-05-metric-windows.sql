-- Speed baselines as one row per store x skill x device holding, for each page template and metric, the last
-- 20 values (newest first); readers take the median and MAD from them. This replaces metric_samples, which
-- grew by ~30 rows per vitals check for the whole retention (and was only ever read 20 deep) and was pruned by
-- a full scan, and metric_baselines, a row per series rewritten on every save: saving a run of 20 vitals
-- checks went from ~20 ms to one read and one write per check (bench/history-at-scale.ts).
CREATE TABLE metric_windows (
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  device TEXT NOT NULL,
  series TEXT NOT NULL,      -- JSON {template: {metric: [value, ...]}}, newest first, at most 20 each
  updated_at TEXT NOT NULL,
  PRIMARY KEY (store_url, skill_name, device)
) WITHOUT ROWID;

-- What was sampled before: each series' last 20 values, newest first.
INSERT INTO metric_windows (store_url, skill_name, device, series, updated_at)
SELECT store_url, skill_name, device, json_group_object(template, json(metrics)), max(updated_at) FROM (
  SELECT store_url, skill_name, device, template, json_group_object(metric, json(samples)) AS metrics, max(updated_at) AS updated_at FROM (
    SELECT store_url, skill_name, device, template, metric, json_group_array(value) AS samples, max(recorded_at) AS updated_at FROM (
      SELECT *, row_number() OVER (PARTITION BY store_url, skill_name, template, device, metric ORDER BY recorded_at DESC, id DESC) AS newness
      FROM metric_samples
    ) WHERE newness <= 20 GROUP BY store_url, skill_name, device, template, metric
  ) GROUP BY store_url, skill_name, device, template
) GROUP BY store_url, skill_name, device;

DROP TABLE metric_baselines;
DROP TABLE metric_samples;
