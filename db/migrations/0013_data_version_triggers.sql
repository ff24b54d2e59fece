-- Every change to a user's logged data bumps users.data_version in the same transaction, so an
-- analysis cached with the old version (analysis_cache) is never read again, whichever server wrote.
-- Statement-level: an import of thousands of rows bumps each user once, not once per row.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET data_version = data_version + 1 WHERE id IN (SELECT DISTINCT user_id FROM changed_rows);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'night_checkins', 'episodes', 'stretches', 'routines', 'routine_steps', 'stretch_sessions',
    'daily_factors', 'custom_factors', 'custom_factor_values', 'medications', 'medication_doses',
    'irls_scores', 'experiments', 'experiment_pauses', 'experiment_adherence'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t || '_bump_on_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t || '_bump_on_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t || '_bump_on_delete', t);
  END LOOP;
END
$$;
