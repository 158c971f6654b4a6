/**
 * Registers the strings of the supervision pages (比学赶超, health rules, saved views, the enterprise projects
 * tab) when the first of them loads, as modules/projects/i18n.ts does for the module's other pages.
 */
import { i18n } from "../../app/i18n";
import { projectSupervisionEnUS } from "../../locales/project-supervision.en-US";
import { projectSupervisionZhCN } from "../../locales/project-supervision.zh-CN";

i18n.addResourceBundle("zh-CN", "translation", projectSupervisionZhCN, true, false);
i18n.addResourceBundle("en-US", "translation", projectSupervisionEnUS, true, false);
