-- Speed baselines per store x skill x page template x device x metric: every sample a skill measured
-- (skillDetails.metricSamples of its PASS and WARN results), and the rolling median and median absolute
-- deviation of the last 20 samples of each series, which workers read to judge a regression. The older
-- `baselines` table (a running mean per skill + store) stays as it was and is still written and readable.
CREATE TABLE metric_samples (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT,
  recorded_at TEXT NOT NULL,
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  template TEXT NOT NULL,
  device TEXT NOT NULL,
  metric TEXT NOT NULL,
  value REAL NOT NULL
);
CREATE INDEX metric_samples_by_series ON metric_samples (store_url, skill_name, template, device, metric, recorded_at);

CREATE TABLE metric_baselines (
  store_url TEXT NOT NULL,
  skill_name TEXT NOT NULL,
  template TEXT NOT NULL,
  device TEXT NOT NULL,
  metric TEXT NOT NULL,
  median REAL NOT NULL,
  mad REAL NOT NULL,
  samples INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (store_url, skill_name, template, device, metric)
);
