/**
 * Registers the module's strings when its first page loads (every page of the module imports this), so
 * they travel in the module's chunk rather than in the entry every visitor downloads.
 */
import { i18n } from "../../app/i18n";
import { projectsEnUS } from "../../locales/projects.en-US";
import { projectsZhCN } from "../../locales/projects.zh-CN";

i18n.addResourceBundle("zh-CN", "translation", projectsZhCN, true, false);
i18n.addResourceBundle("en-US", "translation", projectsEnUS, true, false);
