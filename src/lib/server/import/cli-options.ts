/**
 * The `npm run import` command line, parsed and checked with zod so a wrong flag fails with a
 * pt-BR message before any file is opened. Entities accept their pt-BR names too
 * (`--entity pedidos`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MappingFileSchema, parseMapArguments, type ColumnMapping } from './column-mapping.ts';
import { ENTITY_NAMES, type EntityName } from './entities/entity-spec.ts';
import { PRESET_NAMES } from './presets/index.ts';
import { SEPARATORS } from './sniff-text.ts';

const ENTITY_ALIASES: Record<string, EntityName> = {
	clientes: 'customers',
	contatos: 'contacts',
	produtos: 'products',
	pedidos: 'orders',
	interacoes: 'interactions',
	interações: 'interactions',
	oportunidades: 'opportunities',
	'follow-ups': 'follow_ups',
	followups: 'follow_ups'
};

const SEPARATOR_ALIASES: Record<string, string> = {
	tab: '\t',
	'\\t': '\t',
	espaco: 'whitespace',
	espacos: 'whitespace'
};

export const CliOptionsSchema = z.object({
	entity: z
		.string()
		.transform((v) => ENTITY_ALIASES[v.toLowerCase()] ?? v)
		.pipe(z.enum(ENTITY_NAMES, { error: `entidade desconhecida (use ${ENTITY_NAMES.join(', ')})` }))
		.optional(),
	file: z.array(z.string().min(1)).default([]),
	mapping: z.string().optional(),
	map: z.array(z.string()).default([]),
	preset: z
		.enum(PRESET_NAMES, { error: `preset desconhecido (use ${PRESET_NAMES.join(' ou ')})` })
		.optional(),
	'skip-invalid': z.boolean().default(false),
	'create-missing-customers': z.boolean().default(false),
	validate: z.boolean().default(false),
	'database-url': z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'use uma URL postgres://…')
		.optional(),
	decimal: z
		.enum(['comma', 'point', 'virgula', 'ponto'])
		.transform((v) => (v === 'virgula' ? 'comma' : v === 'ponto' ? 'point' : v))
		.optional(),
	'date-order': z.enum(['dmy', 'mdy']).optional(),
	encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
	separator: z
		.string()
		.transform((v) => SEPARATOR_ALIASES[v] ?? v)
		.pipe(z.enum(SEPARATORS as [string, ...string[]]))
		.optional(),
	rejects: z.string().optional(),
	json: z.boolean().default(false),
	quiet: z.boolean().default(false),
	help: z.boolean().default(false)
});
export type CliOptions = z.infer<typeof CliOptionsSchema> & { columns: ColumnMapping };

export const USAGE = `Uso: npm run import -- --entity <entidade> --file <arquivo> [opções]

Entidades: clientes (customers), produtos (products), pedidos (orders), contatos (contacts),
           oportunidades (opportunities), interacoes (interactions), follow-ups (follow_ups)
Arquivos:  CSV (; , tab |), XLSX, .gz; UTF-8 (com ou sem BOM) ou Windows-1252, detectados.

  --file <arquivo>              pode repetir (vários arquivos da mesma entidade)
  --preset <nome>               uci-online-retail ou cdnow (dados públicos em ../shared/data)
  --map "Coluna=campo"          mapeia uma coluna (pode repetir; "Coluna=" ignora a coluna)
  --mapping <arquivo.json>      mapeamento salvo: {"columns": {"Vlr Total": "total"}, "decimal": "comma"}
  --skip-invalid                grava as linhas válidas e manda as rejeitadas para um CSV
  --create-missing-customers    pedidos de clientes desconhecidos criam esses clientes
  --validate                    só valida: não grava nada
  --decimal virgula|ponto       --date-order dmy|mdy   --encoding utf-8|windows-1252
  --separator ";"|","|tab|"|"   --rejects <arquivo.csv>  --database-url postgres://…
  --json                        resumo em JSON na saída padrão`;

export function parseCli(argv: string[]): CliOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			entity: { type: 'string', short: 'e' },
			file: { type: 'string', short: 'f', multiple: true },
			mapping: { type: 'string' },
			map: { type: 'string', multiple: true },
			preset: { type: 'string' },
			'skip-invalid': { type: 'boolean' },
			'create-missing-customers': { type: 'boolean' },
			validate: { type: 'boolean' },
			'database-url': { type: 'string' },
			decimal: { type: 'string' },
			'date-order': { type: 'string' },
			encoding: { type: 'string' },
			separator: { type: 'string' },
			rejects: { type: 'string' },
			json: { type: 'boolean' },
			quiet: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		},
		allowPositionals: false
	});
	const parsed = CliOptionsSchema.safeParse(values);
	if (!parsed.success) {
		throw new Error(
			parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')
		);
	}
	const o = parsed.data;
	let columns: ColumnMapping = {};
	if (o.mapping) {
		const file = MappingFileSchema.safeParse(JSON.parse(readFileSync(o.mapping, 'utf8')));
		if (!file.success)
			throw new Error(
				`mapeamento ${o.mapping} inválido: ${file.error.issues.map((i) => i.message).join('; ')}`
			);
		columns = file.data.columns;
		o.entity ??= file.data.entity;
		o.decimal ??= file.data.decimal;
		o['date-order'] ??= file.data.dateOrder;
		o.encoding ??= file.data.encoding;
		o.separator ??= file.data.separator as typeof o.separator;
	}
	return { ...o, columns: { ...columns, ...parseMapArguments(o.map) } };
}
