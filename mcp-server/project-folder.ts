/**
 * MCP clients start the server from any folder (Claude Desktop uses `/`). Relative paths —
 * GIRO_DATA_DIR=./data, the migrations, the prompts — must mean the Giro folder, as they do
 * for the app; and a `.env` there is read (variables already set in the environment win).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function enterProjectFolder(): void {
	process.chdir(PROJECT_ROOT);
	if (fs.existsSync('.env')) process.loadEnvFile('.env');
}
