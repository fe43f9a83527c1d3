-- The speed charts read hourly sums instead of a row per check: check_metrics (a narrow row and an index
-- entry for every check with TTFB, LCP or CLS) made the 90-day chart query read ~800 k rows (206 ms on a
-- year of history for 10 stores); hourly sums per store and device are ~40 k rows for 90 days. Kept in step
-- with check_runs by triggers, like check_status_hourly. Charts' buckets are whole hours.
CREATE TABLE check_metrics_hourly (
  hour TEXT NOT NULL,                 -- substr(timestamp, 1, 13): 2026-11-30T14
  store_url TEXT NOT NULL,
  device TEXT NOT NULL,
  ttfb_sum REAL NOT NULL DEFAULT 0,
  ttfb_count INTEGER NOT NULL DEFAULT 0,
  lcp_sum REAL NOT NULL DEFAULT 0,
  lcp_count INTEGER NOT NULL DEFAULT 0,
  cls_sum REAL NOT NULL DEFAULT 0,
  cls_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (hour, store_url, device)
) WITHOUT ROWID;

CREATE TRIGGER check_metrics_hourly_after_insert AFTER INSERT ON check_runs
WHEN json_valid(NEW.details) AND (ifnull(json_type(NEW.details, '$.metrics.ttfb_ms'), '') IN ('integer', 'real')
  OR ifnull(json_type(NEW.details, '$.metrics.lcp_ms'), '') IN ('integer', 'real') OR ifnull(json_type(NEW.details, '$.metrics.cls'), '') IN ('integer', 'real'))
BEGIN
  INSERT INTO check_metrics_hourly (hour, store_url, device, ttfb_sum, ttfb_count, lcp_sum, lcp_count, cls_sum, cls_count)
  SELECT substr(NEW.timestamp, 1, 13), NEW.store_url, NEW.device,
    CASE WHEN ttfb_type IN ('integer', 'real') THEN ttfb ELSE 0 END, ttfb_type IN ('integer', 'real'),
    CASE WHEN lcp_type IN ('integer', 'real') THEN lcp ELSE 0 END, lcp_type IN ('integer', 'real'),
    CASE WHEN cls_type IN ('integer', 'real') THEN cls ELSE 0 END, cls_type IN ('integer', 'real')
  FROM (SELECT json_extract(NEW.details, '$.metrics.ttfb_ms') AS ttfb, ifnull(json_type(NEW.details, '$.metrics.ttfb_ms'), '') AS ttfb_type,
               json_extract(NEW.details, '$.metrics.lcp_ms') AS lcp, ifnull(json_type(NEW.details, '$.metrics.lcp_ms'), '') AS lcp_type,
               json_extract(NEW.details, '$.metrics.cls') AS cls, ifnull(json_type(NEW.details, '$.metrics.cls'), '') AS cls_type)
  WHERE true -- an upsert from a SELECT needs a WHERE, or SQLite reads ON CONFLICT as a join's ON
  ON CONFLICT (hour, store_url, device) DO UPDATE SET
    ttfb_sum = ttfb_sum + excluded.ttfb_sum, ttfb_count = ttfb_count + excluded.ttfb_count,
    lcp_sum = lcp_sum + excluded.lcp_sum, lcp_count = lcp_count + excluded.lcp_count,
    cls_sum = cls_sum + excluded.cls_sum, cls_count = cls_count + excluded.cls_count;
END;

CREATE TRIGGER check_metrics_hourly_after_delete AFTER DELETE ON check_runs
WHEN json_valid(OLD.details) AND (ifnull(json_type(OLD.details, '$.metrics.ttfb_ms'), '') IN ('integer', 'real')
  OR ifnull(json_type(OLD.details, '$.metrics.lcp_ms'), '') IN ('integer', 'real') OR ifnull(json_type(OLD.details, '$.metrics.cls'), '') IN ('integer', 'real'))
BEGIN
  UPDATE check_metrics_hourly SET
    ttfb_sum = ttfb_sum - CASE WHEN ifnull(json_type(OLD.details, '$.metrics.ttfb_ms'), '') IN ('integer', 'real') THEN json_extract(OLD.details, '$.metrics.ttfb_ms') ELSE 0 END,
    ttfb_count = ttfb_count - (ifnull(json_type(OLD.details, '$.metrics.ttfb_ms'), '') IN ('integer', 'real')),
    lcp_sum = lcp_sum - CASE WHEN ifnull(json_type(OLD.details, '$.metrics.lcp_ms'), '') IN ('integer', 'real') THEN json_extract(OLD.details, '$.metrics.lcp_ms') ELSE 0 END,
    lcp_count = lcp_count - (ifnull(json_type(OLD.details, '$.metrics.lcp_ms'), '') IN ('integer', 'real')),
    cls_sum = cls_sum - CASE WHEN ifnull(json_type(OLD.details, '$.metrics.cls'), '') IN ('integer', 'real') THEN json_extract(OLD.details, '$.metrics.cls') ELSE 0 END,
    cls_count = cls_count - (ifnull(json_type(OLD.details, '$.metrics.cls'), '') IN ('integer', 'real'))
  WHERE hour = substr(OLD.timestamp, 1, 13) AND store_url = OLD.store_url AND device = OLD.device;
  DELETE FROM check_metrics_hourly
  WHERE hour = substr(OLD.timestamp, 1, 13) AND store_url = OLD.store_url AND device = OLD.device AND ttfb_count + lcp_count + cls_count <= 0;
END;

-- What check_metrics held.
INSERT INTO check_metrics_hourly (hour, store_url, device, ttfb_sum, ttfb_count, lcp_sum, lcp_count, cls_sum, cls_count)
SELECT substr(timestamp, 1, 13), store_url, device, coalesce(sum(ttfb_ms), 0), count(ttfb_ms), coalesce(sum(lcp_ms), 0), count(lcp_ms), coalesce(sum(cls), 0), count(cls)
FROM check_metrics GROUP BY 1, 2, 3;

DROP TRIGGER check_metrics_after_insert;
DROP TRIGGER check_metrics_after_delete;
DROP TABLE check_metrics;
