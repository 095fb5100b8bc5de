/** Commands leakgate prints for people to paste: each word quoted for a POSIX shell when it needs it. */

/** A word for a POSIX shell: as is when plain, else single-quoted. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
