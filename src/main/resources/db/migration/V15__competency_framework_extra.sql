-- Database guard for the immutability of published competency framework versions (V12): once published_at is set,
-- a version's document, items, proficiency levels, associations and role targets can no longer change or be removed.
-- The only change allowed on a published version is its CASE adoption status (Adopted -> Deprecated when a newer
-- version is published) and the matching last_change. The application refuses such edits first with a 409; this
-- trigger catches everything else (scripts, bugs). SQLSTATE 55000 (object_not_in_prerequisite_state).

CREATE FUNCTION competency_framework_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.published_at IS NOT NULL THEN
            RAISE EXCEPTION 'competency framework % version % is published and immutable', OLD.code, OLD.version
                USING ERRCODE = '55000';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.published_at IS NOT NULL AND (
            NEW.identifier IS DISTINCT FROM OLD.identifier OR NEW.code IS DISTINCT FROM OLD.code
            OR NEW.version IS DISTINCT FROM OLD.version OR NEW.title IS DISTINCT FROM OLD.title
            OR NEW.title_en IS DISTINCT FROM OLD.title_en OR NEW.creator IS DISTINCT FROM OLD.creator
            OR NEW.publisher IS DISTINCT FROM OLD.publisher OR NEW.description IS DISTINCT FROM OLD.description
            OR NEW.language IS DISTINCT FROM OLD.language
            OR NEW.official_source_url IS DISTINCT FROM OLD.official_source_url
            OR NEW.licence_uri IS DISTINCT FROM OLD.licence_uri OR NEW.licence_note IS DISTINCT FROM OLD.licence_note
            OR NEW.editable IS DISTINCT FROM OLD.editable OR NEW.published_at IS DISTINCT FROM OLD.published_at
            OR NEW.created_by IS DISTINCT FROM OLD.created_by) THEN
        RAISE EXCEPTION 'competency framework % version % is published and immutable', OLD.code, OLD.version
            USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER competency_framework_immutable
    BEFORE UPDATE OR DELETE ON competency_framework
    FOR EACH ROW EXECUTE FUNCTION competency_framework_guard();

-- Rows that belong to a version (items, levels, associations, role targets): no insert, update or delete once the
-- version is published.
CREATE FUNCTION competency_framework_part_guard() RETURNS trigger AS $$
DECLARE
    fw BIGINT;
BEGIN
    FOR fw IN SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.framework_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.framework_id END]) AS x WHERE x IS NOT NULL LOOP
        IF EXISTS (SELECT 1 FROM competency_framework WHERE id = fw AND published_at IS NOT NULL) THEN
            RAISE EXCEPTION 'competency framework % is published: % on % refused', fw, TG_OP, TG_TABLE_NAME
                USING ERRCODE = '55000';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER competency_item_immutable BEFORE INSERT OR UPDATE OR DELETE ON competency_item
    FOR EACH ROW EXECUTE FUNCTION competency_framework_part_guard();
CREATE TRIGGER proficiency_level_immutable BEFORE INSERT OR UPDATE OR DELETE ON proficiency_level
    FOR EACH ROW EXECUTE FUNCTION competency_framework_part_guard();
CREATE TRIGGER competency_association_immutable BEFORE INSERT OR UPDATE OR DELETE ON competency_association
    FOR EACH ROW EXECUTE FUNCTION competency_framework_part_guard();
CREATE TRIGGER competency_role_target_immutable BEFORE INSERT OR UPDATE OR DELETE ON competency_role_target
    FOR EACH ROW EXECUTE FUNCTION competency_framework_part_guard();

-- Versions of one framework are listed by code; crosswalks are looked up by destination.
CREATE INDEX competency_framework_code_idx ON competency_framework (code);
CREATE INDEX competency_role_target_item_idx ON competency_role_target (item_id);
