/** Environment → validated configuration, read in one place. */
import path from "node:path";
import { z } from "zod";

const env = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  ZONEOS_DATA_DIR: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  ZONEOS_DEMO: z.enum(["auto", "on", "off"]).default("auto"),
  ZONEOS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(120),
  ZONEOS_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  ZONEOS_WEB_DIST: z.string().optional(),
  ZONEOS_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** auto: load demo data when the database is embedded and empty. */
  demo: "auto" | "on" | "off";
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  webDist: string;
  secureCookies: boolean;
  logLevel: string;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.ZONEOS_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    demo: e.ZONEOS_DEMO,
    sessionIdleMinutes: e.ZONEOS_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.ZONEOS_SESSION_MAX_HOURS,
    webDist: path.resolve(e.ZONEOS_WEB_DIST ?? new URL("../../web/dist", import.meta.url).pathname),
    secureCookies: e.ZONEOS_SECURE_COOKIES === "true",
    logLevel: e.LOG_LEVEL,
  };
}
