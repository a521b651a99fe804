/**
 * Giro's data model (SPEC "Domain"): reps/users, customers, contacts, products,
 * orders and items, interactions, opportunities, follow-ups, and the audit log.
 *
 * - Money is integer cents (`bigint`, read as a JS number: exact up to R$ 90 trillion).
 * - Business dates are `date` columns read as 'YYYY-MM-DD' strings (America/Sao_Paulo);
 *   instants (interactions, audit) are `timestamptz`.
 * - Every enum is a `text` column with a CHECK constraint, so a bad value is rejected by the
 *   database itself with the constraint's name in the error, whatever door it came through.
 * - ERP ids are unique per table so imports can upsert.
 * - Interaction notes carry a generated Portuguese `tsvector` (GIN-indexed). The pgvector
 *   embedding lives in `interaction_embeddings`, created by `ensure-vector.ts` only where the
 *   `vector` extension exists (see that file for why it is not a plain migration).
 */
export {
	CHANNELS,
	CREATED_BY,
	DIRECTIONS,
	DOORS,
	FOLLOW_UP_PURPOSES,
	FOLLOW_UP_STATUSES,
	INTERACTION_OUTCOMES,
	OPPORTUNITY_STAGES,
	ORDER_STATUSES,
	USER_ROLES
} from './schema/columns.ts';
export * from './schema/people.ts';
export * from './schema/customers.ts';
export * from './schema/sales.ts';
export * from './schema/activity.ts';
export * from './schema/system.ts';
