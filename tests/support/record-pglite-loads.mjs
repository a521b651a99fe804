// Preloaded with `node --import` by tests/import/lean-server-import.test.ts: appends to
// $RECORD_MODULES_FILE every module URL resolved under @electric-sql/pglite (PGlite's
// WebAssembly build and its extensions), so the test can tell whether a process loaded it.
import fs from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.RECORD_MODULES_FILE;
registerHooks({
	resolve(specifier, context, nextResolve) {
		const result = nextResolve(specifier, context);
		if (file && result.url.includes('@electric-sql/pglite'))
			fs.appendFileSync(file, `${result.url}\n`);
		return result;
	}
});
