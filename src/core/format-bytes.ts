/**
 * Human sizes for messages and reports: binary units with one decimal (`61.2 MiB`), the
 * same units `.leakgate.yml` accepts, so a size shown in a message can be pasted back into
 * the config. The number shown is always below 1024: a value that would round up to
 * `1024.0 KiB` is shown as `1.0 MiB`.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB", "PiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (Number(value.toFixed(1)) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
