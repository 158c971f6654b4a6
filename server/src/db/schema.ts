/** Every table of the application, for the query builder and drizzle-kit. */

export * from "../modules/enterprises/tables.js";
export * from "../modules/investment/tables.js";
export * from "../modules/platform/tables.js";
export * from "../modules/projects/ranking-tables.js";
export * from "../modules/projects/settings-tables.js";
export * from "../modules/projects/supervision-tables.js";
export * from "../modules/projects/tables.js";
export * from "../modules/statistics/tables.js";
export * from "../platform/audit-table.js";
export * from "../platform/files-table.js";
