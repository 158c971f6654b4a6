/** The operator CLI: `npm run zoneos -- <command> [options]`. Exit codes: 0 done, 1 failed, 2 wrong usage. */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { createAdminCommand } from "./admin.js";
import { backupCommand } from "./backup.js";
import { CliError, type Command, UsageError, type Values, type WithDatabase } from "./command.js";
import { restoreCommand } from "./restore.js";
import { migrateCommand, seedDemoCommand } from "./setup.js";

const COMMANDS: Record<string, Command> = {
  migrate: migrateCommand,
  "create-admin": createAdminCommand,
  "seed-demo": seedDemoCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

const PREFIX = "npm run zoneos --";

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `ZoneOS operator commands.

Usage: ${PREFIX} <command> [options]

Commands:
${list.join("\n")}

Run \`${PREFIX} <command> --help\` for a command's options.
Exit codes: 0 done, 1 failed or refused, 2 wrong usage.`;
}

function commandHelp(command: Command): string {
  return `Usage: ${PREFIX} ${command.usage}\n\n${command.help}`;
}

const withDatabase: WithDatabase = async (work) => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
};

/** An error and its causes, each cut short: a failed insert's message would otherwise carry a whole batch. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e !== undefined && parts.length < 4; e = (e as { cause?: unknown }).cause) {
    const text = e instanceof Error ? e.message : String(e);
    parts.push(text.length > 500 ? `${text.slice(0, 500)}…` : text);
    if (!(e instanceof Error)) break;
  }
  return parts.join("\n  caused by: ");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const command = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    console.log(command ? commandHelp(command) : overview());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(commandHelp(command));
      return 0;
    }
    await command.run(values as Values, withDatabase);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (usage) {
      console.error(`${(error as Error).message}\nUsage: ${PREFIX} ${command.usage}  (--help for more)`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      return 1;
    }
    console.error(`zoneos ${name} failed: ${describe(error)}`);
    if (process.env.ZONEOS_DEBUG) console.error(error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
