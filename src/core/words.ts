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
  return `${formatNumber(amount)} ${noun(amount, singular, plural)}`;
}

/**
 * `formatNumber(1234567.5)` → "1,234,567.5": what `toLocaleString("en-US")` prints for whole
 * numbers and numbers with up to three decimals (what leakgate prints), without it. Past three
 * decimals both round, and at an exact tie (32.4265) they may differ in the last digit. The first `toLocaleString` of a process loads ICU's number
 * formatting data, 20–35 ms measured on Node 20 and 24: a tenth of a small scan, paid by every
 * report that prints a count.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value.toLocaleString("en-US");
  const magnitude = Math.abs(value);
  const rounded = Number.isInteger(magnitude) ? magnitude : Math.round(magnitude * 1000) / 1000;
  if (rounded >= 1e21) return value.toLocaleString("en-US");
  const [whole, fraction] = String(rounded).split(".") as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
}
