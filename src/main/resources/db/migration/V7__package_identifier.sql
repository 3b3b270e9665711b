-- The identifier a package's descriptor gives itself (SCORM manifest identifier, cmi5 course id, tincan activity id):
-- uploading a package with the same identifier, standard and org unit again makes a new version of it.
ALTER TABLE content_package ADD COLUMN identifier VARCHAR(1000);
CREATE INDEX content_package_identifier_idx ON content_package (org_unit_id, identifier);
