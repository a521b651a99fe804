-- Extensions Giro needs on every PostgreSQL it runs on (PGlite loads them from its contrib
-- bundle; Debian, embedded-postgres and every managed PostgreSQL ship them).
-- pgvector is optional and handled at start-up by src/lib/server/db/ensure-vector.ts.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE; this IMMUTABLE wrapper lets indexes and generated columns use it.
CREATE OR REPLACE FUNCTION giro_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
