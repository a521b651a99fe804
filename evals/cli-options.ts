/**
 * `npm run eval -- [options]`, parsed once with messages a person can act on.
 */
import { parseArgs } from 'node:util';
import type { SuiteName } from './core/types.ts';

export interface EvalOptions {
	suites: SuiteName[];
	model?: string;
	/** Only conversation cases whose id contains this. */
	caseFilter?: string;
	minConversation?: number;
	/** Only conversation cases of these sets (old, dev, held_out). */
	sets?: ('old' | 'dev' | 'held_out')[];
	/** Do not write evals/results (a quick local look). */
	dryRun: boolean;
}

export const USAGE = `Uso: npm run eval -- [opções]
  --suite <tool-output|conversation>  só esta suíte (pode repetir; padrão: as duas)
  --model <nome>                      conversa com este modelo (LLM_BASE_URL ou OPENAI_API_KEY), com cache em evals/.cache
  --case <texto>                      só os casos de conversa cujo id contém o texto (não grava resultados)
  --set <old|dev|held_out>            só os casos de conversa deste conjunto (pode repetir; não grava resultados)
  --min-conversation <0..1>           limite da suíte de conversa nesta execução
  --dry-run                           não grava evals/results`;

export function parseOptions(argv: string[]): EvalOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			suite: { type: 'string', multiple: true },
			model: { type: 'string' },
			case: { type: 'string' },
			set: { type: 'string', multiple: true },
			'min-conversation': { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		},
		strict: true
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const suites = (values.suite ?? ['tool-output', 'conversation']) as SuiteName[];
	for (const s of suites)
		if (s !== 'tool-output' && s !== 'conversation')
			throw new Error(`--suite ${s}: use tool-output ou conversation.\n${USAGE}`);
	const sets = values.set as EvalOptions['sets'];
	for (const s of sets ?? [])
		if (!['old', 'dev', 'held_out'].includes(s))
			throw new Error(`--set ${s}: use old, dev ou held_out.\n${USAGE}`);
	const min = values['min-conversation'];
	return {
		suites,
		model: values.model,
		caseFilter: values.case,
		...(sets && { sets }),
		minConversation: min === undefined ? undefined : Number(min),
		dryRun: values['dry-run'] ?? false
	};
}
