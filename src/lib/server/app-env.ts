/**
 * The running app's configuration, parsed once per process from `process.env` (config.ts names
 * the variable and what to put in it when a value is wrong). The app's modules that need the
 * environment read it here; scripts and the MCP server parse it once at their own start.
 */
import { parseEnv, type Env } from './config.ts';

const KEY = Symbol.for('giro.app-env');
type Holder = { [KEY]?: Env };

export function appEnv(): Env {
	const holder = globalThis as Holder;
	holder[KEY] ??= parseEnv();
	return holder[KEY];
}
