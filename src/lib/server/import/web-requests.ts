/**
 * The upload page's requests, checked with zod at the door (every body the endpoints accept).
 * Mappings from the page name columns by number ("#3"), since headers may repeat.
 */
import { z } from 'zod';
import { ENTITY_NAMES } from './entities/entity-spec.ts';

export const CreateUploadBody = z.object({
	name: z.string().min(1).max(255),
	size: z.number().int().min(0)
});

const Mapping = z.record(z.string().regex(/^#\d{1,4}$/), z.string().max(60).nullable()).default({});

export const PreviewBody = z.object({
	uploadId: z.string().regex(/^[a-f0-9]{24}$/),
	entity: z.enum(ENTITY_NAMES),
	mapping: Mapping
});

export const RunBody = PreviewBody.extend({
	validateOnly: z.boolean().default(false),
	skipInvalid: z.boolean().default(false),
	createMissingCustomers: z.boolean().default(false)
});

/** zod issues as one pt-BR line for a 400 answer. */
export function issues(error: z.ZodError): string {
	return error.issues.map((i) => `${i.path.join('.') || 'corpo'}: ${i.message}`).join('; ');
}
