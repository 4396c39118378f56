-- Warnings and retention (issue 17, second part). Portable SQL again: H2 and PostgreSQL read it alike.
-- warnings: what `gram check` warns about the job's scenario (a shock after the horizon, ...), as a
-- JSON array of diagnostics, kept from the submission so the run's status shows them. Rows from
-- before have none.
-- The index on finished serves the retention sweep, which deletes jobs finished long ago.
ALTER TABLE jobs ADD COLUMN warnings VARCHAR(100000);

CREATE INDEX jobs_by_finished ON jobs (finished);
