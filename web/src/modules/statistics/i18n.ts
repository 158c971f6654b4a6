/** Registers the module's strings when its first page loads, so they travel in the module's chunk. */
import { i18n } from "../../app/i18n";
import { statisticsEnUS } from "../../locales/statistics.en-US";
import { statisticsZhCN } from "../../locales/statistics.zh-CN";

i18n.addResourceBundle("zh-CN", "translation", statisticsZhCN, true, false);
i18n.addResourceBundle("en-US", "translation", statisticsEnUS, true, false);
