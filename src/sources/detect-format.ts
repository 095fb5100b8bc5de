/**
 * Format detection from magic bytes. Extensions lie (a `.tgz` that is really a zip, a
 * `.png` that is a tarball), so the bytes decide; the name is only a hint for formats
 * without a reliable signature. The formats themselves are in formats.ts.
 */
export { type ContainerFormat, detectFormat, formatInfo, isOpaqueFormat, SNIFF_BYTES } from "./formats.js";
