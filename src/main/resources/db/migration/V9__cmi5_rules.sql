-- cmi5 statement rules and satisfaction: how each AU stands in a registration, the sessions that ended, and the
-- blocks/course already reported satisfied (never twice).
ALTER TABLE cmi5_session ADD COLUMN terminated_at TIMESTAMPTZ;
ALTER TABLE cmi5_session ADD COLUMN abandoned_at TIMESTAMPTZ;

CREATE TABLE cmi5_au_status (
    registration_id  BIGINT   NOT NULL REFERENCES cmi5_registration (id),
    au_id            TEXT     NOT NULL,
    completed        BOOLEAN  NOT NULL DEFAULT FALSE,
    passed           BOOLEAN  NOT NULL DEFAULT FALSE,
    failed           BOOLEAN  NOT NULL DEFAULT FALSE,
    waived           BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (registration_id, au_id)
);

CREATE TABLE cmi5_satisfied (
    registration_id  BIGINT       NOT NULL REFERENCES cmi5_registration (id),
    node_id          TEXT         NOT NULL,
    statement_id     UUID         NOT NULL,
    satisfied_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, node_id)
);
