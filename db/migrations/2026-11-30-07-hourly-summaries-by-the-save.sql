-- The hourly summaries are added to by the save, a run's checks grouped per hour and key from the numbers it
-- already holds (db/hourly-summaries.ts), and retention drops them by whole hours: the triggers parsed each
-- check row's details JSON on the way in and again on the way out, about 0.6 ms of every 100-check save
-- (bench/history-at-scale.ts). What the summaries hold does not change.
DROP TRIGGER check_status_hourly_after_insert;
DROP TRIGGER check_status_hourly_after_delete;
DROP TRIGGER check_metrics_hourly_after_insert;
DROP TRIGGER check_metrics_hourly_after_delete;
