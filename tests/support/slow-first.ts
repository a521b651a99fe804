/**
 * The order vitest starts test files in: the slowest files first (measured, see README "Tests
 * and databases"), then vitest's own order. On a clean clone vitest has no timings yet and
 * starts the biggest files first — a small but slow file (the UCI import) would start last and
 * run alone on one core for a minute at the end. Files not listed keep vitest's order; a file
 * renamed here only loses its head start.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST_FIRST = [
	'tests/import/public-data.test.ts',
	'tests/backtest-uci.test.ts',
	'tests/import/atomicity.test.ts',
	'tests/import/cli.test.ts',
	'tests/chat/run-chat.test.ts',
	'tests/mcp/inspector.test.ts',
	'tests/mcp/token-cli.test.ts',
	'tests/mcp/stdio.test.ts',
	'tests/search/recall.test.ts',
	'tests/chat/offline-model.test.ts',
	'tests/chat/flow-messages.test.ts',
	'tests/purchase-history.test.ts',
	'tests/db-migrations.test.ts',
	'tests/demo-seed.test.ts'
];

function rank(spec: TestSpecification): number {
	const file = spec.moduleId.replaceAll('\\', '/');
	const index = SLOWEST_FIRST.findIndex((name) => file.endsWith(`/${name}`));
	return index === -1 ? SLOWEST_FIRST.length : index;
}

export default class SlowestFirstSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return sorted
			.map((spec, position) => ({ spec, position }))
			.sort((a, b) => rank(a.spec) - rank(b.spec) || a.position - b.position)
			.map(({ spec }) => spec);
	}
}
