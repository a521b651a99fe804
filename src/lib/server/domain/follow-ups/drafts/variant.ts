/**
 * Deterministic variety for template drafts (issue #15 item 8: "openings vary"): a wording is
 * picked by a hash (FNV-1a) of the customer id and a salt naming the slot, so two customers
 * rarely get the same sentences while the same customer always gets the same draft.
 */
export function pick<T>(customerId: number, salt: string, options: readonly T[]): T {
	let h = 0x811c9dc5;
	for (const ch of `${customerId}:${salt}`) {
		h ^= ch.charCodeAt(0);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return options[h % options.length];
}
