-- Job records of gram serve. Portable SQL: H2 (embedded, the default) and PostgreSQL read it alike.
-- Times are epoch milliseconds; settings, summary and error are JSON text. Files live under DATA/jobs/<id>/.
CREATE TABLE jobs (
    id        VARCHAR(64)     NOT NULL PRIMARY KEY,
    kind      VARCHAR(32)     NOT NULL,
    status    VARCHAR(16)     NOT NULL,
    progress  DOUBLE PRECISION NOT NULL DEFAULT 0,
    submitted BIGINT          NOT NULL,
    started   BIGINT,
    finished  BIGINT,
    attempts  INTEGER         NOT NULL DEFAULT 0,
    settings  VARCHAR(10000)  NOT NULL,
    summary   VARCHAR(100000),
    error     VARCHAR(100000)
);

CREATE INDEX jobs_by_status ON jobs (status, submitted);
CREATE INDEX jobs_by_submitted ON jobs (submitted);
