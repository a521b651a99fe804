-- Which customers each change to orders or customers touched, stamped with the data version
-- (migration 0002) that the same statement wrote. The materialised portfolio assessment
-- (src/lib/server/domain/portfolio/steady-state.ts) reads the rows past the version it holds
-- and refreshes those customers only. A null customer means "everything" (TRUNCATE).
-- Why the version stamp is safe as a cursor: the data_version row is locked by the statement
-- that bumps it until its transaction ends, so versions become visible in increasing order and
-- a reader that sees version v also sees every change stamped ≤ v. The stamp is read after the
-- bump: triggers of one event fire in name order, and "..._data_version" sorts before
-- "..._portfolio_changes_...".
CREATE TABLE "portfolio_changes" (
	"version" bigint NOT NULL,
	"customer_id" integer
);
--> statement-breakpoint
CREATE INDEX "portfolio_changes_version_idx" ON "portfolio_changes" USING btree ("version");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION giro_log_portfolio_changes(ids integer[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  v bigint := coalesce((SELECT (value #>> '{}')::bigint FROM app_meta WHERE key = 'data_version'), 0);
BEGIN
  IF ids IS NULL THEN
    INSERT INTO portfolio_changes (version, customer_id) VALUES (v, NULL);
  ELSIF cardinality(ids) > 0 THEN
    INSERT INTO portfolio_changes (version, customer_id)
      SELECT DISTINCT v, x FROM unnest(ids) x WHERE x IS NOT NULL;
  END IF;
  -- Bounded: the last 10,000 versions are kept; a reader further behind rebuilds from scratch.
  DELETE FROM portfolio_changes WHERE version < v - 10000;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION giro_orders_portfolio_changes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(SELECT customer_id FROM new_orders));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(
      SELECT o.customer_id FROM old_orders o JOIN new_orders n ON n.id = o.id
        WHERE (o.customer_id, o.order_date, o.total_cents, o.volume, o.status)
          IS DISTINCT FROM (n.customer_id, n.order_date, n.total_cents, n.volume, n.status)
      UNION
      SELECT n.customer_id FROM old_orders o JOIN new_orders n ON n.id = o.id
        WHERE (o.customer_id, o.order_date, o.total_cents, o.volume, o.status)
          IS DISTINCT FROM (n.customer_id, n.order_date, n.total_cents, n.volume, n.status)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(SELECT customer_id FROM old_orders));
  ELSE -- TRUNCATE
    PERFORM giro_log_portfolio_changes(NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_portfolio_changes_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER orders_portfolio_changes_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER orders_portfolio_changes_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS old_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER orders_portfolio_changes_truncate AFTER TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_portfolio_changes();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION giro_customers_portfolio_changes() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(SELECT id FROM new_customers));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(SELECT id FROM new_customers));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM giro_log_portfolio_changes(ARRAY(SELECT id FROM old_customers));
  ELSE -- TRUNCATE
    PERFORM giro_log_portfolio_changes(NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_portfolio_changes_insert AFTER INSERT ON customers
  REFERENCING NEW TABLE AS new_customers
  FOR EACH STATEMENT EXECUTE FUNCTION giro_customers_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER customers_portfolio_changes_update AFTER UPDATE ON customers
  REFERENCING NEW TABLE AS new_customers
  FOR EACH STATEMENT EXECUTE FUNCTION giro_customers_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER customers_portfolio_changes_delete AFTER DELETE ON customers
  REFERENCING OLD TABLE AS old_customers
  FOR EACH STATEMENT EXECUTE FUNCTION giro_customers_portfolio_changes();
--> statement-breakpoint
CREATE TRIGGER customers_portfolio_changes_truncate AFTER TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION giro_customers_portfolio_changes();
