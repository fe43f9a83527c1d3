// The vocabulary every settings area declares its environment variables with (core, diagnosis,
// alerts): how a value is parsed, what it refuses (with the accepted values), and where it is documented.
import { z } from 'zod';

export interface Variable<Schema extends z.ZodType = z.ZodType> {
  schema: Schema;
  /**
   * A value checkEnvironment refuses with one line naming the variable; fault tests generate their
   * bad input from it. Absent: any text is accepted.
   */
  invalidExample?: string;
  /** The value is a credential (webhook URLs carry tokens): never echoed back in an error line. */
  secret?: boolean;
  /** Where the variable is documented, named in its error line. */
  documentedIn: string;
}

type Declarations = Record<string, Omit<Variable, 'documentedIn'>>;

/** One area's variables, all documented in the same place. */
export function declareVariables<const Declared extends Declarations>(
  documentedIn: string,
  declared: Declared,
): { [Name in keyof Declared]: Declared[Name] & { documentedIn: string } } {
  const entries = Object.entries(declared).map(([name, variable]) => [name, { ...variable, documentedIn }]);
  return Object.fromEntries(entries) as { [Name in keyof Declared]: Declared[Name] & { documentedIn: string } };
}

/** Unset and empty both mean "use the default", as `.env.example` copied to `.env` leaves them. */
export const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const wholeNumber = (fallback: number, min = 0, max?: number) => {
  const error = max === undefined ? `use a whole number of ${min} or more` : `use a whole number from ${min} to ${max}`;
  const number = z.coerce.number({ error }).int({ error }).min(min, { error });
  return z.preprocess(blankAsUnset, (max === undefined ? number : number.max(max, { error })).default(fallback));
};

export const textOr = (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().min(1).default(fallback));

/** One of a fixed list of words, in any case. */
export const oneOf = <const Choices extends readonly [string, ...string[]]>(choices: Choices, fallback: Choices[number]) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? blankAsUnset(value.trim().toLowerCase()) : value),
    z.enum(choices, { error: `use ${choices.join(', ')}` }).default(fallback as never),
  );

/** A comma-separated list of words from a fixed list; empty means all of them. */
export const listOf = <const Choices extends readonly [string, ...string[]]>(choices: Choices) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const names = [...new Set((value ?? '').split(',').map((name) => name.trim()).filter(Boolean))];
      const unknown = names.filter((name) => !choices.includes(name));
      if (unknown.length) {
        const message = `${unknown.join(', ')} unknown; use ${choices.join(', ')} or several, comma-separated`;
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return (names.length ? names : [...choices]) as Array<Choices[number]>;
    });

/** A comma-separated list of words from a fixed list; empty means "not set" (the caller decides). */
export const optionalListOf = <const Choices extends readonly [string, ...string[]]>(choices: Choices) =>
  z.preprocess(blankAsUnset, z.union([z.undefined(), listOf(choices)]));

/** A comma-separated list of host names (no scheme, no path). */
export const hostList = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))])
  .refine((hosts) => hosts.every((host) => /^[a-z0-9.-]+$/.test(host)), 'use host names such as metrics.example.com, comma-separated');

/** true/false, 1/0, yes/no in any case. */
export const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim().toLowerCase() ?? '')
    .refine((value) => ['', 'true', 'false', '1', '0', 'yes', 'no'].includes(value), 'use true or false')
    .transform((value) => (value === '' ? fallback : ['true', '1', 'yes'].includes(value)));

export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const optionalHttpUrl = optionalText.refine(
  (value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value),
  'use an http:// or https:// URL',
);
