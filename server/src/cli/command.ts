/** What every CLI command is made of, and the two kinds of failure main.ts turns into exit codes. */
import type { ParseArgsConfig } from "node:util";
import type { Database } from "../db/client.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | undefined>;
/** Opens the configured database, runs `work` and always closes it. */
export type WithDatabase = <T>(work: (database: Database) => Promise<T>) => Promise<T>;

export interface Command {
  summary: string;
  /** Full `--help` text after the usage line. */
  help: string;
  usage: string;
  options: Options;
  /** Validates the options before opening the database, so a mistake never touches the data. */
  run(values: Values, withDatabase: WithDatabase): Promise<void>;
}

/** The command was called wrongly: exit code 2, with the usage line. */
export class UsageError extends Error {}

/** An expected refusal (weak password, taken username, unusable backup): exit code 1, message only. */
export class CliError extends Error {}

export function requiredString(values: Values, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} is required`);
  return value;
}

export function optionalString(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export const DATABASE_HELP = `Database: DATABASE_URL (PostgreSQL) when set, else the embedded PGlite database in
ZONEOS_DATA_DIR (default ./data). PGlite allows one process per data directory:
stop the ZoneOS server before running this command against it.`;
