// The building blocks every settings file parses the environment with (core, diagnosis, alerts),
// and the one error format: a line per bad variable, naming it and where it is documented.
import { z } from 'zod';

/** Thrown when the environment holds a value Nano-SRE cannot use; its message is the whole story. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Unset and empty both mean "use the default". */
export const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const wholeNumber = (fallback: number, min = 0) => z.preprocess(blankAsUnset, z.coerce.number().int().min(min).default(fallback));

export const textOr = (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().min(1).default(fallback));

/** One of a fixed list of words, in any case; empty or unset means the default. */
export const oneOf = <const Choices extends readonly [string, ...string[]]>(choices: Choices, fallback: Choices[number]) =>
  z.preprocess((value) => (typeof value === 'string' ? blankAsUnset(value.trim().toLowerCase()) : value), z.enum(choices, { error: `use ${choices.join(', ')}` }).default(fallback as never));

/** true/false, 1/0, yes/no in any case; empty or unset means the default. */
export const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim().toLowerCase() ?? '')
    .refine((value) => ['', 'true', 'false', '1', '0', 'yes', 'no'].includes(value), 'use true or false')
    .transform((value) => (value === '' ? fallback : ['true', '1', 'yes'].includes(value)));

/** Empty and whitespace-only count as unset, as `.env.example` copied to `.env` leaves them. */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const optionalHttpUrl = optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) URL');

export interface ParseOptions {
  /** Where the variables are documented, named in every line. */
  documentedIn: string;
  /** Variables whose values must not be echoed back (webhook URLs carry tokens). */
  hidden?: RegExp;
}

export function parseEnvironment<Schema extends z.ZodType>(schema: Schema, environment: NodeJS.ProcessEnv, options: ParseOptions): z.infer<Schema> {
  const parsed = schema.safeParse(environment);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = options.hidden?.test(name) ? '(hidden)' : JSON.stringify(environment[name] ?? '');
    return `${name}=${shown} is not valid (${issue.message}); fix it in the environment or .env (see ${options.documentedIn}).`;
  });
  throw new SettingsError(lines.join('\n'));
}
