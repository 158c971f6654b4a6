/**
 * Two-character grams for substring search of names: any query of 2+ characters matches a name only if
 * every gram of the query is among the name's grams, so an index on grams finds candidates without a scan.
 */
const IGNORED = /[\s()（）·,，.。\-_/、]+/g;

export function normaliseForSearch(text: string): string {
  return text.toLowerCase().replace(IGNORED, "");
}

export function grams(text: string): string[] {
  const s = [...normaliseForSearch(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(`${s[i]}${s[i + 1]}`);
  return [...out];
}
