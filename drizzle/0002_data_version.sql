-- A counter bumped by every statement that changes orders or customers. Caches of
-- whole-portfolio figures (peer cycles, RFV quintiles, the BG/NBD fit) key on it, so an import,
-- a new order or a segment change made by any process invalidates them — no writer can forget.
CREATE OR REPLACE FUNCTION giro_bump_data_version() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app_meta (key, value, updated_at) VALUES ('data_version', to_jsonb(1), now())
  ON CONFLICT (key) DO UPDATE
    SET value = to_jsonb(coalesce((app_meta.value #>> '{}')::bigint, 0) + 1), updated_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_bump_data_version();
--> statement-breakpoint
CREATE TRIGGER customers_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION giro_bump_data_version();
