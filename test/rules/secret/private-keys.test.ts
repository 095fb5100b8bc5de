import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { random, scanChunks } from "./scan-text.js";

const byId = (id: string) => SECRET_FAMILIES.find((family) => family.id === id)!;
const found = (text: string) => scanChunks([text], { batchBytes: undefined }).found;

describe("private keys", () => {
  const pem = byId("private-key").sample(random);
  const body = pem.split("\n").slice(1, 5);

  it("take the first lines of the body as the value, so two keys of the same type differ", () => {
    expect(found(pem)).toEqual([{ family: "private-key", value: body.join("\n"), line: 1 }]);
  });

  it("are found inside a JS or JSON string, with escaped line breaks", () => {
    const escaped = JSON.stringify(pem);
    expect(found(`const signingKey = ${escaped};\n`)).toEqual([
      { family: "private-key", value: body.join("\\n"), line: 1 },
    ]);
  });

  it("are found indented in YAML, and with armor headers", () => {
    const yaml = `tls:\n  key: |\n${pem
      .split("\n")
      .map((line) => `    ${line}`)
      .join("\n")}`;
    expect(found(yaml).map((f) => [f.family, f.line])).toEqual([["private-key", 3]]);
    const encrypted = pem.replace(
      "\n",
      "\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F2A9B1C7D5E4F60\n\n",
    );
    expect(found(encrypted).map((f) => f.value)).toEqual([body.join("\n")]);
  });

  it("in a service-account JSON are reported once, as the service-account key", () => {
    const account = byId("gcp-service-account").sample(random);
    const result = found(account);
    expect(result.map((f) => f.family)).toEqual(["gcp-service-account"]);
    expect(result[0]!.value.split("\\n")).toHaveLength(4);
    // The same JSON without the service-account type is just a private key.
    const other = account.replace('"service_account"', '"authorized_user"');
    expect(found(other).map((f) => f.family)).toEqual(["private-key"]);
  });

  it("need the body: a header on its own (a constant in a crypto library) is not a finding", () => {
    expect(
      found(
        'const RSA = "-----BEGIN RSA PRIVATE KEY-----";\nconst EC = `-----BEGIN EC PRIVATE KEY-----\n`;\n',
      ),
    ).toEqual([]);
  });
});
