-- Teams, owners and leases (issue 18). Portable SQL again: H2 and PostgreSQL read it alike; one
-- column per ALTER, as both dialects take that form.
-- team, owner: who submitted the run; runs are seen by their team (and admins). Rows from before
-- belong to the local token's team.
-- paths: the run's path count, for per-user quotas.
-- lease_owner, lease_until: which replica runs it and until when (epoch ms) its lease holds; the
-- replica renews it while the run goes on, and any replica re-queues a running job whose lease ran out.
-- cancel_requested: a cancel that reached another replica than the one running the job.
ALTER TABLE jobs ADD COLUMN team VARCHAR(128) DEFAULT 'local' NOT NULL;
ALTER TABLE jobs ADD COLUMN owner VARCHAR(256) DEFAULT 'local' NOT NULL;
ALTER TABLE jobs ADD COLUMN paths INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE jobs ADD COLUMN lease_owner VARCHAR(128);
ALTER TABLE jobs ADD COLUMN lease_until BIGINT;
ALTER TABLE jobs ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX jobs_by_team ON jobs (team, submitted);
CREATE INDEX jobs_by_owner ON jobs (owner, status);
