import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Giro is served at the root (no `paths.base`), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	// Layering (STYLE.md "One domain core, several doors"): domain ← tools ← doors (chat, MCP,
	// CLI, routes, evals). The domain imports none of the tools or the doors, nor their
	// frameworks; the tools import no door.
	{
		files: ['src/lib/server/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'**/tools/*',
								'**/chat/*',
								'**/web/*',
								'**/mcp-server/*',
								'**/routes/*',
								'**/components/*',
								'**/bench/*',
								'**/evals/*'
							],
							message:
								'domain/ é o núcleo: não importa ferramentas, portas (chat, MCP, CLI, web, rotas), componentes, bench ou evals.'
						},
						{
							group: ['@sveltejs/*', 'ai', '@ai-sdk/*', '@modelcontextprotocol/*', '$app/*'],
							message: 'domain/ não depende de SvelteKit, do AI SDK nem do MCP SDK.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/tools/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'**/chat/*',
								'**/web/*',
								'**/mcp-server/*',
								'**/routes/*',
								'**/components/*',
								'**/cli/*'
							],
							message:
								'tools/ é servido pelas portas (chat, MCP, CLI, web, rotas): não importa nenhuma delas.'
						},
						{
							group: ['@sveltejs/*', 'ai', '@ai-sdk/*', '@modelcontextprotocol/*', '$app/*'],
							message: 'tools/ não depende de SvelteKit, do AI SDK nem do MCP SDK.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	}
);
