/**
 * Progress of an embedding run for a person: "Vetores: 12.000/22.645 (53%)", redrawn in place
 * on a terminal, one line per 10% otherwise (logs, CI), plus the final count and time.
 */
import { formatInteger } from '#lib/format.ts';
import type { EmbedProgress } from '../domain/interaction-search/embed-interactions.ts';

export function embedProgressPrinter(
	write: (text: string) => void,
	tty: boolean
): { update(p: EmbedProgress): void; done(): void } {
	let step = -1;
	let drawn = false;
	return {
		update({ done, total }) {
			if (total === 0) return;
			const pct = Math.floor((done / total) * 100);
			const line = `Vetores: ${formatInteger(done)}/${formatInteger(total)} (${pct}%)`;
			if (tty) {
				write(`\r\x1b[2K${line}`);
				drawn = true;
			} else if (Math.floor(pct / 10) !== step) {
				step = Math.floor(pct / 10);
				write(`${line}\n`);
			}
		},
		done() {
			if (drawn) write('\n');
		}
	};
}
