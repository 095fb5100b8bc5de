/**
 * Counted nouns for messages people read: "1 file", "2 files", "1 entry", "2 entries",
 * never "1 files" or "file(s)". Plural categories come from Intl.PluralRules (English).
 */
const RULES = new Intl.PluralRules("en-US");

const IRREGULAR: Record<string, string> = {
  entry: "entries",
  directory: "directories",
  was: "were",
  is: "are",
};

/** The noun in the form its count needs: `noun(2, "entry")` → "entries". */
export function noun(amount: number, singular: string, plural?: string): string {
  if (RULES.select(amount) === "one") return singular;
  if (plural) return plural;
  const last = singular.split(" ").at(-1)!;
  const head = singular.slice(0, singular.length - last.length);
  return `${head}${IRREGULAR[last] ?? `${last}s`}`;
}

/** `count(1234, "file")` → "1,234 files". */
export function count(amount: number, singular: string, plural?: string): string {
  return `${amount.toLocaleString("en-US")} ${noun(amount, singular, plural)}`;
}
