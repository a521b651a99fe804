/**
 * Arguments: for each tool named in the expectation, its first call carries the expected
 * arguments. An expected value is compared deeply (`{ period: '2026-10' }`), `ABSENT` requires
 * the argument to be left out (the tool's default), and a function decides anything else
 * (`(v) => typeof v === 'string' && v.includes('atraso')`). Other arguments are free.
 */
import { isDeepStrictEqual } from 'node:util';
import { check, type Check } from '../core/types.ts';
import type { ToolCall } from './tool-choice.ts';

export const ABSENT = Symbol('absent');

export type ArgMatcher = unknown | typeof ABSENT | ((value: unknown) => boolean);
export type ArgsExpectation = Record<string, Record<string, ArgMatcher>>;

function matches(value: unknown, expected: ArgMatcher): boolean {
	if (expected === ABSENT) return value === undefined;
	if (typeof expected === 'function') return Boolean((expected as (v: unknown) => boolean)(value));
	return isDeepStrictEqual(value, expected);
}

/** Any of these values (`ABSENT` included): `either(ABSENT, 'this_month')`. */
export function either(...options: ArgMatcher[]): (value: unknown) => boolean {
	const rule = (value: unknown) => options.some((o) => matches(value, o));
	Object.defineProperty(rule, 'name', {
		value: options.map((o) => (o === ABSENT ? '(omitido)' : JSON.stringify(o))).join(' ou ')
	});
	return rule;
}

/** A string argument that contains one of these words (accents and case ignored). */
export function mentions(...words: string[]): (value: unknown) => boolean {
	const plainText = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	const rule = (value: unknown) =>
		typeof value === 'string' && words.some((w) => plainText(value).includes(plainText(w)));
	Object.defineProperty(rule, 'name', { value: `texto com ${words.join(' ou ')}` });
	return rule;
}

function show(expected: ArgMatcher): string {
	if (expected === ABSENT) return '(omitido)';
	if (typeof expected === 'function') return expected.name || '(regra)';
	return JSON.stringify(expected);
}

export function scoreArguments(calls: readonly ToolCall[], expected: ArgsExpectation): Check {
	const problems: string[] = [];
	for (const [tool, args] of Object.entries(expected)) {
		const call = calls.find((c) => c.name === tool);
		if (!call) {
			problems.push(`${tool} não foi chamada`);
			continue;
		}
		for (const [key, want] of Object.entries(args))
			if (!matches(call.input[key], want))
				problems.push(
					`${tool}.${key} = ${JSON.stringify(call.input[key])}, esperava ${show(want)}`
				);
	}
	return check('arguments', problems.length === 0, problems.join('; ') || undefined);
}
