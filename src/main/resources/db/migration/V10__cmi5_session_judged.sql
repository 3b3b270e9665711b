-- cmi5: a session may send at most one "passed" or "failed".
ALTER TABLE cmi5_session ADD COLUMN judged BOOLEAN NOT NULL DEFAULT FALSE;
