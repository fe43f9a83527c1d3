// Every environment variable Nano-SRE reads, declared once by area and composed into one schema.
// Each reader (the run, diagnosis, alerts, redaction, the CLI) parses the slice it needs from it.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { alertVariables } from './alert-variables';
import { coreVariables } from './core-variables';
import type { Variable } from './declare-variables';
import { diagnosisVariables } from './diagnosis-variables';
import { SettingsError } from './settings-error';
import { watchVariables } from './watch-variables';

loadDotenv({ quiet: true });

const areas = [coreVariables, diagnosisVariables, alertVariables, watchVariables];

/** Every variable with its schema, its invalid example and where it is documented. */
export const variables = { ...coreVariables, ...diagnosisVariables, ...alertVariables, ...watchVariables };

// A name declared in two areas would silently shadow the first; refuse it when the module loads.
const declaredNames = areas.flatMap((area) => Object.keys(area));
const duplicate = declaredNames.find((name, index) => declaredNames.indexOf(name) !== index);
if (duplicate) throw new Error(`${duplicate} is declared in two settings areas; declare it once`);

export type VariableName = keyof typeof variables;
type Schemas = { [Name in VariableName]: (typeof variables)[Name]['schema'] };
export type SettingValues = z.output<z.ZodObject<Schemas>>;

export const variableNames = Object.keys(variables) as VariableName[];

export interface BadInput {
  name: VariableName;
  value: string;
  /** The line must not echo the value back. */
  secret: boolean;
}

/** One refused value per variable that refuses any: what fault tests generate their bad-input cases from. */
export const badInputs: BadInput[] = variableNames.flatMap((name) => {
  const variable: Variable = variables[name];
  return variable.invalidExample === undefined ? [] : [{ name, value: variable.invalidExample, secret: !!variable.secret }];
});

/** The one schema: what `.env` may hold, validated whole before any browser starts. */
export const settingsSchema = z.object(
  Object.fromEntries(variableNames.map((name) => [name, variables[name].schema])) as Schemas,
);

export type ParsedVariables<Name extends VariableName> =
  | { values: Pick<SettingValues, Name>; problems: string[] }
  | { values: undefined; problems: string[] };

/** One line per bad variable, naming it, its value (unless secret) and the accepted values. */
function problemLine(name: VariableName, message: string, environment: NodeJS.ProcessEnv): string {
  const variable: Variable = variables[name];
  const shown = variable.secret ? '(hidden)' : JSON.stringify(environment[name] ?? '');
  return `${name}=${shown} is not valid (${message}); fix it in the environment or .env (see ${variable.documentedIn}).`;
}

/** The named variables parsed together; every bad one becomes a line (one per variable, first issue). */
export function parseVariables<Name extends VariableName>(
  names: readonly Name[],
  environment: NodeJS.ProcessEnv,
): ParsedVariables<Name> {
  const schema = z.object(Object.fromEntries(names.map((name) => [name, variables[name].schema])));
  const parsed = schema.safeParse(environment);
  if (parsed.success) return { values: parsed.data as Pick<SettingValues, Name>, problems: [] };
  const firstMessages = new Map<VariableName, string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0]) as VariableName;
    if (!firstMessages.has(name)) firstMessages.set(name, issue.message);
  }
  const problems = names
    .filter((name) => firstMessages.has(name))
    .map((name) => problemLine(name, firstMessages.get(name)!, environment));
  return { values: undefined, problems };
}

/** The named variables, typed; every bad one is reported at once in a SettingsError. */
export function readVariables<Name extends VariableName>(
  names: readonly Name[],
  environment: NodeJS.ProcessEnv = process.env,
): Pick<SettingValues, Name> {
  const parsed = parseVariables(names, environment);
  if (parsed.values === undefined) throw new SettingsError(parsed.problems.join('\n'));
  return parsed.values;
}

/** Names of one area, for readers that take a whole area. */
export function namesOf<Area extends object>(area: Area): Array<keyof Area & VariableName> {
  return Object.keys(area) as Array<keyof Area & VariableName>;
}
