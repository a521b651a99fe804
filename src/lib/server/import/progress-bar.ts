/**
 * The CLI's progress bar on stderr: redrawn in place on a terminal (at most 10 times a second),
 * one line per 10% otherwise (CI logs), silent with --quiet or --json.
 */
import { formatInteger } from '#lib/format.ts';
import type { ImportProgress } from './import-summary.ts';

const PHASE_PT = { validating: 'Validando', writing: 'Gravando  ', done: 'Pronto    ' };

export function progressBar(out: NodeJS.WriteStream, silent: boolean) {
	let last = 0;
	let lastStep = -1;
	let drawn = false;
	let phase = '';
	return {
		update(p: ImportProgress) {
			if (silent) return;
			const ratio = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
			const text = `${PHASE_PT[p.phase]} [${'█'.repeat(Math.round(ratio * 24)).padEnd(24, '░')}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${formatInteger(p.rows)} linhas`;
			if (out.isTTY) {
				const now = Date.now();
				if (now - last < 100 && p.phase === phase) return;
				last = now;
				out.write(`\r${text}`);
				drawn = true;
			} else {
				const step = Math.floor(ratio * 10);
				if (step === lastStep && p.phase === phase) return;
				lastStep = step;
				out.write(`${text}\n`);
			}
			phase = p.phase;
		},
		done() {
			if (drawn) out.write('\n');
		}
	};
}
