/**
 * Cloud platforms and CDNs beyond the big three's core keys (AWS, Google and Azure storage
 * are in major-clouds.ts): Alibaba, DigitalOcean, Cloudflare, Yandex, Azure AD, Amazon
 * Bedrock, Fastly, Dynatrace, ClickHouse Cloud.
 */

import { keyed, token } from "../define.js";
import type { SecretFamily } from "../family.js";
import { alnum, anyHex, base64, chars, hex, loose, run, SETS, urlsafe } from "../shape.js";

export const CLOUD: SecretFamily[] = [
  token({
    id: "alibaba-access-key-id",
    title: "Alibaba Cloud AccessKey ID",
    provider: "Alibaba Cloud",
    shape: ["LTAI", alnum(20)],
  }),
  keyed({
    id: "alibaba-secret-key",
    title: "Alibaba Cloud AccessKey secret",
    provider: "Alibaba Cloud",
    names: ["alibaba", "aliyun"],
    value: [alnum(30)],
  }),
  token({
    id: "digitalocean-pat",
    title: "DigitalOcean personal access token",
    provider: "DigitalOcean",
    shape: ["dop_v1_", hex(64)],
  }),
  token({
    id: "digitalocean-oauth-token",
    title: "DigitalOcean OAuth token",
    provider: "DigitalOcean",
    shape: ["doo_v1_", hex(64)],
  }),
  token({
    id: "digitalocean-refresh-token",
    title: "DigitalOcean refresh token",
    provider: "DigitalOcean",
    shape: ["dor_v1_", hex(64)],
  }),
  keyed({
    id: "cloudflare-api-token",
    title: "Cloudflare API token",
    provider: "Cloudflare",
    names: ["cloudflare"],
    value: [urlsafe(40)],
  }),
  keyed({
    id: "cloudflare-global-api-key",
    title: "Cloudflare global API key",
    provider: "Cloudflare",
    names: ["cloudflare"],
    value: [anyHex(37)],
  }),
  token({
    id: "cloudflare-origin-ca-key",
    title: "Cloudflare Origin CA key",
    provider: "Cloudflare",
    shape: ["v1.0-", hex(24), "-", hex(146)],
  }),
  token({
    id: "yandex-iam-token",
    title: "Yandex Cloud IAM token",
    provider: "Yandex",
    shape: ["t1.", run(chars("A-Z0-9"), 1), ".", urlsafe(86)],
    source: String.raw`t1\.[A-Z0-9a-z_-]+[=]{0,2}\.[A-Z0-9a-z_-]{86}[=]{0,2}`,
    maxLength: 200,
    keywords: ["t1."],
    validate: (value) => value.length <= 200,
  }),
  token({
    id: "yandex-api-key",
    title: "Yandex Cloud API key",
    provider: "Yandex",
    shape: ["AQVN", urlsafe(35, 38)],
  }),
  keyed({
    id: "yandex-access-key",
    title: "Yandex Cloud static access key",
    provider: "Yandex",
    // `YC` and 38 characters: two letters are too common a start to find it anywhere else.
    names: ["yandex"],
    value: ["YC", urlsafe(38)],
  }),
  token({
    id: "azure-ad-client-secret",
    title: "Azure AD (Entra ID) client secret",
    provider: "Microsoft",
    // Three characters, a digit, `Q~`, then 31-34 characters: found from the `Q~` marker.
    shape: ["abc", "8Q~", run(chars(`${SETS.alnum.alphabet}_~.-`), 34)],
    keywords: [..."0123456789"].map((digit) => `${digit}Q~`),
    source: "(?<=[A-Za-z0-9_~.]{3})[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
    maxLength: 37,
    before: "",
    prefixLength: 0,
  }),
  token({
    id: "bedrock-api-key",
    title: "Amazon Bedrock API key",
    provider: "Amazon",
    // base64 of "BedrockAPIKey-".
    shape: ["ABSKQmVkcm9ja0FQSUtleS", base64(110)],
    source: "ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{110,1000}={0,2}",
    maxLength: 1024,
    prefixLength: 4,
  }),
  token({
    id: "bedrock-short-term-key",
    title: "Amazon Bedrock short-term API key",
    provider: "Amazon",
    // base64 of "bedrock.amazonaws.com".
    shape: ["bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", base64(40)],
    source: "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{20,1500}",
    maxLength: 1560,
    prefixLength: 16,
  }),
  keyed({
    id: "fastly-token",
    title: "Fastly API token",
    provider: "Fastly",
    names: ["fastly"],
    value: [loose(32)],
  }),
  token({
    id: "dynatrace-token",
    title: "Dynatrace API token",
    provider: "Dynatrace",
    shape: ["dt0c01.", alnum(24), ".", alnum(64)],
  }),
  keyed({
    id: "clickhouse-cloud-key",
    title: "ClickHouse Cloud API secret",
    provider: "ClickHouse",
    names: ["ClickHouse"],
    value: ["4b1d", alnum(38)],
  }),
  keyed({
    id: "cisco-meraki-key",
    title: "Cisco Meraki API key",
    provider: "Cisco",
    names: ["meraki"],
    value: [hex(40)],
  }),
  keyed({
    id: "scaleway-key",
    title: "Scaleway secret key",
    provider: "Scaleway",
    names: ["scaleway", "scw_secret"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)],
  }),
];
