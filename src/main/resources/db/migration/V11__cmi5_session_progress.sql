-- cmi5: what an AU did in its session, for the order rules (learner preferences read before "initialized",
-- "initialized" once and before anything else), and the session of a launch credential.
ALTER TABLE cmi5_session ADD COLUMN preferences_read_at TIMESTAMPTZ;
ALTER TABLE cmi5_session ADD COLUMN initialized_at TIMESTAMPTZ;
CREATE INDEX cmi5_session_credential ON cmi5_session (credential_id);
