/**
 * Payments, commerce, shipping and crypto exchanges: keys that move money or read customers.
 */

import { keyed, token } from "../define.js";
import type { SecretFamily } from "../family.js";
import { alnum, anyHex, chars, loose, run, SETS, UUID, urlsafe } from "../shape.js";

/**
 * Stripe's test-mode keys cannot move money and are in every tutorial: a warning. Other
 * providers' test keys stay errors: they still act as the account (webhooks, settings,
 * customer records in test mode), and nothing else marks them as safe to publish.
 */
const STRIPE_TEST_MODE = {
  severity: "warning" as const,
  reason: "it is a Stripe test-mode key, which cannot move money but still reads the account's test data",
};

/** `lob` alone is inside `global` and `blob`: the names code gives Lob keys. */
const LOB_NAMES = ["lob_", "lob-", "lobToken", "lobKey", "lobApi", "lobSecret"];

export const PAYMENTS: SecretFamily[] = [
  token({
    id: "stripe-secret-key",
    title: "Stripe secret key",
    provider: "Stripe",
    shape: ["sk_live_", alnum(24)],
    keywords: ["sk_live_", "rk_live_", "sk_prod_", "rk_prod_", "sk_test_", "rk_test_"],
    source: "[sr]k_(?:live|prod|test)_[0-9A-Za-z]{10,247}",
    maxLength: 260,
    grade: (value) => (value.slice(3, 7) === "test" ? STRIPE_TEST_MODE : undefined),
    gradedWhen: "for test-mode keys",
    nearMisses: ["sk_live_short", "pk_live_notasecretatall0000"],
  }),
  token({
    id: "square-access-token",
    title: "Square access token",
    provider: "Square",
    shape: ["sq0atp-", urlsafe(22)],
  }),
  keyed({
    id: "square-token",
    title: "Square access token",
    provider: "Square",
    // `EAAA` starts half the segments of a source map's mappings: found by Square's name.
    names: ["square"],
    value: ["EAAA", urlsafe(60)],
    valueSource: "EAAA[A-Za-z0-9_+=-]{22,60}",
  }),
  token({
    id: "square-oauth-secret",
    title: "Square OAuth secret",
    provider: "Square",
    shape: ["sq0csp-", urlsafe(43)],
  }),
  token({
    id: "plaid-access-token",
    title: "Plaid access token",
    provider: "Plaid",
    shape: ["access-production-", ...UUID],
    keywords: ["access-producti", "access-developm", "access-sandbox-"],
    source:
      "access-(?:sandbox|development|production)-[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
    maxLength: 55,
    prefixLength: 7,
  }),
  keyed({
    id: "plaid-secret",
    title: "Plaid secret",
    provider: "Plaid",
    names: ["plaid"],
    value: [alnum(30)],
  }),
  keyed({
    id: "plaid-client-id",
    title: "Plaid client id",
    provider: "Plaid",
    names: ["plaid"],
    value: [alnum(24)],
  }),
  token({
    id: "shopify-access-token",
    title: "Shopify access token",
    provider: "Shopify",
    shape: ["shpat_", anyHex(32)],
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    source: "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
  }),
  keyed({
    id: "gocardless-token",
    title: "GoCardless access token",
    provider: "GoCardless",
    names: ["gocardless", "GoCardless"],
    value: ["live_", loose(40)],
  }),
  token({
    id: "flutterwave-secret-key",
    title: "Flutterwave secret key",
    provider: "Flutterwave",
    shape: ["FLWSECK_TEST-", anyHex(32), "-X"],
    keywords: ["FLWSECK"],
    source: "FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X",
    maxLength: 47,
  }),
  token({
    id: "flutterwave-encryption-key",
    title: "Flutterwave encryption key",
    provider: "Flutterwave",
    shape: ["FLWSECK_TEST", anyHex(12)],
    keywords: ["FLWSECK"],
    source: "FLWSECK(?:_TEST)?[-_]?[a-fA-F0-9]{12}",
    maxLength: 25,
  }),
  token({
    id: "flutterwave-public-key",
    title: "Flutterwave public key",
    provider: "Flutterwave",
    severity: "warning",
    shape: ["FLWPUBK_TEST-", anyHex(32), "-X"],
    keywords: ["FLWPUBK"],
    source: "FLWPUBK(?:_TEST)?-[a-fA-F0-9]{32}-X",
    maxLength: 47,
  }),
  keyed({
    id: "coinbase-token",
    title: "Coinbase access token",
    provider: "Coinbase",
    names: ["coinbase"],
    value: [urlsafe(64)],
  }),
  keyed({
    id: "kraken-token",
    title: "Kraken API key",
    provider: "Kraken",
    names: ["kraken"],
    value: [run(chars(`${SETS.alnum.alphabet}/=_+-`), 80, 90)],
  }),
  keyed({
    id: "kucoin-key",
    title: "KuCoin API key",
    provider: "KuCoin",
    names: ["kucoin", "KuCoin"],
    value: [anyHex(24)],
  }),
  keyed({
    id: "kucoin-secret",
    title: "KuCoin API secret",
    provider: "KuCoin",
    names: ["kucoin", "KuCoin"],
    value: [...UUID],
  }),
  keyed({
    id: "bittrex-key",
    title: "Bittrex API key or secret",
    provider: "Bittrex",
    names: ["bittrex"],
    value: [alnum(32)],
  }),
  token({
    id: "duffel-token",
    title: "Duffel API token",
    provider: "Duffel",
    shape: ["duffel_live_", loose(43)],
    keywords: ["duffel_live_", "duffel_test_"],
    source: "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}",
  }),
  token({
    id: "easypost-key",
    title: "EasyPost API key",
    provider: "EasyPost",
    shape: ["EZAK", alnum(54)],
    keywords: ["EZAK", "EZTK"],
    source: "EZ[AT]K[A-Za-z0-9]{54}",
  }),
  token({
    id: "shippo-token",
    title: "Shippo API token",
    provider: "Shippo",
    shape: ["shippo_live_", anyHex(40)],
    keywords: ["shippo_"],
    source: "shippo_(?:live|test)_[a-fA-F0-9]{40}",
  }),
  keyed({
    id: "lob-key",
    title: "Lob API key",
    provider: "Lob",
    names: LOB_NAMES,
    value: ["live_", anyHex(35)],
    valueSource: "(?:live|test)_[a-fA-F0-9]{35}",
  }),
  keyed({
    id: "lob-publishable-key",
    title: "Lob publishable key",
    provider: "Lob",
    severity: "warning",
    names: LOB_NAMES,
    value: ["live_pub_", anyHex(31)],
    valueSource: "(?:live|test)_pub_[a-fA-F0-9]{31}",
  }),
  keyed({
    id: "finicity-key",
    title: "Finicity API key",
    provider: "Finicity",
    names: ["finicity"],
    value: [anyHex(32)],
  }),
  keyed({
    id: "finicity-secret",
    title: "Finicity client secret",
    provider: "Finicity",
    names: ["finicity"],
    value: [alnum(20)],
  }),
  keyed({
    id: "squarespace-token",
    title: "Squarespace API key",
    provider: "Squarespace",
    names: ["squarespace"],
    value: [...UUID],
  }),
  keyed({
    id: "etsy-token",
    title: "Etsy API key",
    provider: "Etsy",
    names: ["etsy"],
    value: [alnum(24)],
  }),
  keyed({
    id: "freemius-secret",
    title: "Freemius secret key",
    provider: "Freemius",
    names: ["secret_key"],
    value: ["sk_", run(chars(`${SETS.alnum.alphabet}!#$%&*+@^`), 29)],
  }),
  keyed({
    id: "adyen-key",
    title: "Adyen API key",
    provider: "Adyen",
    names: ["adyen"],
    value: ["AQE", urlsafe(40, 400)],
  }),
];
