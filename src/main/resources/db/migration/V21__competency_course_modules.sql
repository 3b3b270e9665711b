-- A module rule may name a course (catalogue, V18) as well as a content package: the course counts for the rule when
-- its completion rule is met by the learner's package evidence (see docs/competency.md). Evidence stays per package.
ALTER TABLE competency_rule_module DROP CONSTRAINT competency_rule_module_module_kind_check;
ALTER TABLE competency_rule_module ADD CONSTRAINT competency_rule_module_module_kind_check
    CHECK (module_kind IN ('PACKAGE', 'COURSE'));
