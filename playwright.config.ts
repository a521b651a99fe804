import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

/**
 * Browser tests run the *built* app (`npm run build`, then `node build`) on a fresh embedded
 * database seeded with the demo portfolio, in Debian's Chromium (never a downloaded browser).
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dataDir = path.join(os.tmpdir(), `giro-e2e-${process.pid}`);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'phone',
			// HTTP contracts (@api) run once, on desktop; the phone project checks layouts and flows.
			grepInvert: /@api/,
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }
		}
	],
	webServer: {
		command: `rm -rf ${dataDir} && npm run build && node build`,
		url: `http://127.0.0.1:${port}/login`,
		timeout: 400_000,
		reuseExistingServer: false,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			GIRO_DATA_DIR: dataDir,
			// Dozens of logins from one IP in a few minutes: the per-IP login limit is tested in
			// tests/auth, not here.
			GIRO_LOGIN_ATTEMPTS_PER_MINUTE: '0',
			DATABASE_URL: ''
		}
	}
});
