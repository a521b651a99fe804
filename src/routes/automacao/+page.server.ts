/**
 * /automacao — managers only: the automatic follow-ups (SPEC "Automatic follow-ups"): on or
 * off, N per rep per day, and what the daily run created in the last two weeks. The settings
 * live in the database (`automation_settings`); a change is recorded in the audit log.
 */
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { auditLog } from '#lib/server/db/schema.ts';
import {
	automationSettings,
	recentAutomaticFollowUps,
	saveAutomationSettings
} from '#lib/server/domain/follow-ups/automatic-follow-ups.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { Actions, PageServerLoad } from './$types';

const MANAGERS_ONLY = 'Só gestores configuram os follow-ups automáticos.';

export const load: PageServerLoad = async ({ locals }) => {
	const { db, user, asOf } = await pageContext(locals);
	if (user.role !== 'manager') error(403, MANAGERS_ONLY);
	return {
		asOf,
		settings: await automationSettings(db),
		recent: await recentAutomaticFollowUps(db, asOf)
	};
};

const Settings = z.object({
	enabled: z.literal('on').optional(),
	maxPerRep: z.coerce
		.number({ error: 'Informe um número de 0 a 50.' })
		.int('Use um número inteiro.')
		.min(0, 'Use um número de 0 a 50.')
		.max(50, 'Use um número de 0 a 50.')
});

export const actions: Actions = {
	save: async ({ locals, request }) => {
		const { db, user } = await pageContext(locals);
		if (user.role !== 'manager') error(403, MANAGERS_ONLY);
		const parsed = Settings.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]?.message });
		const settings = { enabled: parsed.data.enabled === 'on', maxPerRep: parsed.data.maxPerRep };
		await saveAutomationSettings(db, settings, user.id);
		await db.orm.insert(auditLog).values({
			userId: user.id,
			door: 'web',
			action: 'update_automation_settings',
			entity: 'automation_settings',
			entityId: '1',
			payload: settings
		});
		return { saved: true };
	}
};
