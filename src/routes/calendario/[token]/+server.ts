/**
 * GET /calendario/<token> — a user's follow-ups as an iCalendar feed, for Google Calendar,
 * Outlook or the phone's calendar (issue #15). The secret token is the only credential (a
 * calendar app sends no cookie); an unknown or revoked token is a 404 that says nothing more.
 */
import { error } from '@sveltejs/kit';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { feedItems, feedOwner, renderFeed } from '#lib/server/domain/follow-ups/calendar-feed.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const db = await appDatabase();
	const token = params.token.replace(/\.ics$/, '');
	const owner = await feedOwner(db, token);
	if (!owner) error(404, 'Calendário não encontrado.');
	const body = renderFeed(owner, await feedItems(db, owner.id), {
		origin: url.origin,
		now: new Date()
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300'
		}
	});
};
