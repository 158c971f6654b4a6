/**
 * Registers the module's strings when its first page loads (every page of the module imports this), so
 * they travel in the module's chunk rather than in the entry every visitor downloads.
 */
import { i18n } from "../../app/i18n";
import { investmentEnUS } from "../../locales/investment.en-US";
import { investmentZhCN } from "../../locales/investment.zh-CN";

i18n.addResourceBundle("zh-CN", "translation", investmentZhCN, true, false);
i18n.addResourceBundle("en-US", "translation", investmentEnUS, true, false);
