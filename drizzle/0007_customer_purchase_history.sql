CREATE TABLE "customer_purchase_history" (
	"customer_id" integer PRIMARY KEY NOT NULL,
	"occasion_dates" date[] NOT NULL,
	"cum_cents" bigint[] NOT NULL,
	"cum_volume_milli" bigint[] NOT NULL,
	"volume_counts" integer[] NOT NULL,
	"cycles" real[] NOT NULL,
	"mads" real[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_purchase_history" ADD CONSTRAINT "customer_purchase_history_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Rows stay inline and uncompressed up to ~8 kB (≈ 250 occasions), so reading a customer's
-- arrays costs no decompression or TOAST lookup.
ALTER TABLE "customer_purchase_history" SET (toast_tuple_target = 8160);
--> statement-breakpoint
-- Recomputes the purchase history of the given customers from their invoiced orders (all of
-- it: an order dated in the middle of a history shifts every running total after it). The
-- customers' rows are locked first, so two transactions refreshing the same customer queue up
-- and the second one's next statement sees the first one's orders (READ COMMITTED).
CREATE OR REPLACE FUNCTION giro_refresh_purchase_history(ids integer[]) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM customers c JOIN (SELECT DISTINCT unnest(ids) AS id) x ON x.id = c.id
    ORDER BY c.id FOR NO KEY UPDATE OF c;
  DELETE FROM customer_purchase_history h USING (SELECT DISTINCT unnest(ids) AS id) x
    WHERE h.customer_id = x.id;
  INSERT INTO customer_purchase_history
    (customer_id, occasion_dates, cum_cents, cum_volume_milli, volume_counts, cycles, mads)
  WITH occ AS (
    SELECT o.customer_id, o.order_date AS d, sum(o.total_cents) AS cents,
      sum(o.volume * 1000)::bigint AS milli, count(o.volume)::int AS vn
    FROM orders o JOIN (SELECT DISTINCT unnest(ids) AS id) x ON x.id = o.customer_id
    WHERE o.status = 'invoiced'
    GROUP BY o.customer_id, o.order_date
  ), gaps AS (
    SELECT occ.*, d - lag(d) OVER (PARTITION BY customer_id ORDER BY d) AS gap FROM occ
  ), running AS (
    SELECT customer_id, d,
      sum(cents) OVER w AS cum_cents,
      coalesce(sum(milli) OVER w, 0) AS cum_milli,
      sum(vn) OVER w AS cum_vn,
      array_agg(gap) FILTER (WHERE gap IS NOT NULL) OVER (PARTITION BY customer_id ORDER BY d
        ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS last_gaps
    FROM gaps
    WINDOW w AS (PARTITION BY customer_id ORDER BY d ROWS UNBOUNDED PRECEDING)
  ), stats AS (
    SELECT r.customer_id, r.d, r.cum_cents, r.cum_milli, r.cum_vn, m.cycle,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(g - m.cycle))
        FROM unnest(r.last_gaps) g) AS mad
    FROM running r
    CROSS JOIN LATERAL (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY g) AS cycle
      FROM unnest(r.last_gaps) g) m
  )
  SELECT customer_id, array_agg(d ORDER BY d), array_agg(cum_cents ORDER BY d),
    array_agg(cum_milli ORDER BY d), array_agg(cum_vn ORDER BY d),
    array_agg(cycle::real ORDER BY d), array_agg(mad::real ORDER BY d)
  FROM stats
  GROUP BY customer_id;
END $$;
--> statement-breakpoint
-- Statement-level triggers with transition tables: one refresh per statement, whatever its
-- size (an import of 2 million orders recomputes each customer once, not once per row). A
-- trigger with transition tables serves one event, hence three.
CREATE OR REPLACE FUNCTION giro_orders_purchase_history() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM giro_refresh_purchase_history(
      ARRAY(SELECT DISTINCT customer_id FROM new_orders WHERE status = 'invoiced'));
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows whose invoiced occasion could have changed.
    PERFORM giro_refresh_purchase_history(ARRAY(
      SELECT o.customer_id FROM old_orders o JOIN new_orders n ON n.id = o.id
        WHERE (o.status = 'invoiced' OR n.status = 'invoiced')
          AND (o.customer_id, o.order_date, o.total_cents, o.volume, o.status)
            IS DISTINCT FROM (n.customer_id, n.order_date, n.total_cents, n.volume, n.status)
      UNION
      SELECT n.customer_id FROM old_orders o JOIN new_orders n ON n.id = o.id
        WHERE (o.status = 'invoiced' OR n.status = 'invoiced')
          AND (o.customer_id, o.order_date, o.total_cents, o.volume, o.status)
            IS DISTINCT FROM (n.customer_id, n.order_date, n.total_cents, n.volume, n.status)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM giro_refresh_purchase_history(
      ARRAY(SELECT DISTINCT customer_id FROM old_orders WHERE status = 'invoiced'));
  ELSE -- TRUNCATE
    DELETE FROM customer_purchase_history;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_purchase_history_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_purchase_history();
--> statement-breakpoint
CREATE TRIGGER orders_purchase_history_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_purchase_history();
--> statement-breakpoint
CREATE TRIGGER orders_purchase_history_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS old_orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_purchase_history();
--> statement-breakpoint
CREATE TRIGGER orders_purchase_history_truncate AFTER TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION giro_orders_purchase_history();
--> statement-breakpoint
-- Backfill: every customer that has invoiced orders today.
SELECT giro_refresh_purchase_history(ARRAY(SELECT DISTINCT customer_id FROM orders WHERE status = 'invoiced'));
