-- Written against a database where someone had created "accounts" by hand: it fails on an empty one.
ALTER TABLE accounts ADD COLUMN closed_at timestamptz;
