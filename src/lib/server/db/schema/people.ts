/** Users (reps and managers), their logins (better-auth) and their MCP API tokens. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf, USER_ROLES } from './columns.ts';

export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		name: text('name').notNull(),
		email: text('email').notNull(),
		role: text('role', { enum: USER_ROLES }).notNull(),
		region: text('region'),
		/** ERP seller code, when the ERP has one. */
		externalId: text('external_id'),
		active: boolean('active').notNull().default(true),
		/** Login (better-auth's `user` model): e-mail confirmed, avatar, last change. */
		emailVerified: boolean('email_verified').notNull().default(false),
		image: text('image'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
		uniqueIndex('users_external_id_unique').on(t.externalId),
		check('users_role_check', sql`${t.role} in (${oneOf(USER_ROLES)})`)
	]
);

/**
 * Login sessions, credentials and one-time verification values of better-auth (see
 * `src/lib/server/auth/`), on numeric ids like every other table. Prefixed `auth_` so an
 * "account" here is never mistaken for a customer account. Passwords live only in
 * `auth_accounts.password`, as scrypt hashes; sessions are opaque random tokens.
 */
export const authSessions = pgTable(
	'auth_sessions',
	{
		id: serial('id').primaryKey(),
		token: text('token').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('auth_sessions_token_unique').on(t.token),
		index('auth_sessions_user_idx').on(t.userId)
	]
);

export const authAccounts = pgTable(
	'auth_accounts',
	{
		id: serial('id').primaryKey(),
		/** For the `credential` provider: the user id, as text. */
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		/** scrypt hash (`salt:key`), never the password. */
		password: text('password'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('auth_accounts_provider_account_unique').on(t.providerId, t.accountId),
		index('auth_accounts_user_idx').on(t.userId)
	]
);

export const authVerifications = pgTable(
	'auth_verifications',
	{
		id: serial('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('auth_verifications_identifier_idx').on(t.identifier)]
);

/** API tokens of the MCP server: each belongs to one user; only a SHA-256 is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** First characters of the token, to recognise it in listings ("giro_ab12…"). */
		prefix: text('prefix').notNull(),
		tokenHash: text('token_hash').notNull(),
		createdAt: createdAt(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
		index('api_tokens_user_idx').on(t.userId)
	]
);
