import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkEscapesRoot, normaliseEntryPath } from "../../src/engine/entry-path.js";

const segment = fc.oneof(
  fc.constantFrom("..", ".", "", "a", "b.txt", "C:", "x\\y", "\u0000", "\u001b[31m", "\u202e", "dir"),
  fc.string({ maxLength: 6 }),
);

describe("entry names", () => {
  it("a name reported as fine can never escape, and no name prints raw control characters", () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, absolute) => {
        const name = `${absolute ? "/" : ""}${segments.join("/")}`;
        const { path, problem } = normaliseEntryPath(name);
        expect(path).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
        if (problem === undefined) {
          expect(path.split("/")).not.toContain("..");
          expect(path.startsWith("/")).toBe(false);
          expect(path.includes("\\")).toBe(false);
        }
      }),
    );
  });

  it("links: relative targets that stay inside are fine, anything climbing out or absolute is not", () => {
    expect(linkEscapesRoot("a/b/link", "../c.txt")).toBe(false);
    expect(linkEscapesRoot("a/link", "../../etc/passwd")).toBe(true);
    expect(linkEscapesRoot("link", "/")).toBe(true);
    expect(linkEscapesRoot("link", "C:\\Windows")).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", ".."), { maxLength: 8 }), (parts) => {
        // Resolving by hand: escaping means the depth goes below zero at some point.
        let depth = 1; // the link sits in directory "d/"
        let escaped = false;
        for (const part of parts) {
          depth += part === ".." ? -1 : 1;
          if (depth < 0) escaped = true;
        }
        expect(linkEscapesRoot("d/link", parts.join("/") || ".")).toBe(escaped);
      }),
    );
  });
});
