-- Assumes a table that no migration creates: made by hand once, never in a migration.
ALTER TABLE regions ADD COLUMN code text;
