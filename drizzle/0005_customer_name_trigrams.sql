-- find_customers matches names accent- and typo-tolerantly with pg_trgm over
-- lower(giro_unaccent(...)); these indexes let every part of its filter use an index.
CREATE INDEX IF NOT EXISTS customers_trade_name_trgm_idx ON customers
  USING gin (lower(giro_unaccent(coalesce(trade_name, ''))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS customers_legal_name_trgm_idx ON customers
  USING gin (lower(giro_unaccent(legal_name)) gin_trgm_ops);
