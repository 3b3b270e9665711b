-- Audit log of administrative actions: append-only (a trigger refuses UPDATE and DELETE), each entry chained to
-- the previous one by SHA-256 (hash = SHA-256(prev_hash || canonical entry)), and the chain's head kept in
-- audit_head so that removing the newest entries is detected too. Verification recomputes the chain.
CREATE TABLE audit_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(100)  NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    target_type    VARCHAR(60)   NOT NULL,
    target_id      VARCHAR(100)  NOT NULL,
    -- the org unit the action concerns (its path), for scoped reading; NULL = city-wide
    org_path       VARCHAR(400),
    -- canonical JSON text (stored as text so that the hashed bytes are exactly what is stored)
    details        TEXT          NOT NULL,
    prev_hash      CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL UNIQUE
);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_action_idx ON audit_log (action);

CREATE TABLE audit_head (
    singleton   BOOLEAN   PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_id     BIGINT    NOT NULL,
    last_hash   CHAR(64)  NOT NULL,
    entries     BIGINT    NOT NULL
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
