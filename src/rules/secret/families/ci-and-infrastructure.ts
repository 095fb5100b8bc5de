/**
 * CI/CD, infrastructure-as-code, secret stores and artifact repositories: the tokens a
 * build script is most likely to hold, and so to leave behind in what it builds.
 */

import { keyed, token } from "../define.js";
import type { SecretFamily } from "../family.js";
import { alnum, anyHex, base64, chars, hex, lower, run, SETS, upper, urlsafe } from "../shape.js";

/** Letters, digits and `_-=` (formats documented only as "random characters"). */
const loose = (min: number, max = min) => run(chars(`${SETS.alnum.alphabet}_-=`), min, max);

export const CI_AND_INFRASTRUCTURE: SecretFamily[] = [
  keyed({
    id: "droneci-token",
    title: "Drone CI access token",
    provider: "Drone",
    names: ["droneci", "drone_token"],
    value: [alnum(32)],
  }),
  keyed({
    id: "travisci-token",
    title: "Travis CI access token",
    provider: "Travis CI",
    names: ["travis"],
    value: [alnum(22)],
  }),
  keyed({
    id: "codecov-token",
    title: "Codecov upload token",
    provider: "Codecov",
    names: ["codecov"],
    value: [alnum(32)],
    // The UUID form of the upload token.
    nearMisses: ["codecovToken = $CODECOV_TOKEN"],
  }),
  keyed({
    id: "harness-api-key",
    title: "Harness API key",
    provider: "Harness",
    // `pat.` or `sat.`, the account id, the token id, the secret, joined by dots: prefixes too
    // common in text (`pat.`, `sat.`) to search for, so found by Harness's name.
    names: ["harness"],
    value: ["pat.", urlsafe(22), ".", alnum(24), ".", alnum(20)],
    valueSource: "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20}",
    prefixLength: 4,
  }),
  token({
    id: "jfrog-api-key",
    title: "JFrog Artifactory API key",
    provider: "JFrog",
    shape: ["AKCp", alnum(69)],
  }),
  token({
    id: "jfrog-reference-token",
    title: "JFrog Artifactory reference token",
    provider: "JFrog",
    // base64 of "ref…", the token format's own marker.
    shape: ["cmVmd", alnum(59)],
  }),
  keyed({
    id: "jfrog-identity-token",
    title: "JFrog identity token",
    provider: "JFrog",
    names: ["jfrog", "artifactory", "bintray", "xray"],
    value: [alnum(64)],
  }),
  keyed({
    id: "jfrog-password",
    title: "JFrog password or API key",
    provider: "JFrog",
    names: ["jfrog"],
    value: [alnum(73)],
  }),
  token({
    id: "octopus-deploy-api-key",
    title: "Octopus Deploy API key",
    provider: "Octopus Deploy",
    shape: ["API-", upper(26)],
  }),
  keyed({
    id: "pulumi-token",
    title: "Pulumi access token",
    provider: "Pulumi",
    names: ["pulumi"],
    value: ["pul-", anyHex(40)],
    prefixLength: 4,
  }),
  token({
    id: "terraform-cloud-token",
    title: "Terraform Cloud / HCP token",
    provider: "HashiCorp",
    // `<14 chars>.atlasv1.<60-70 chars>`: found from its fixed middle, reported from there.
    shape: [alnum(14), ".atlasv1.", loose(64)],
    keywords: [".atlasv1."],
    source: String.raw`(?<=[A-Za-z0-9]{14})\.atlasv1\.[A-Za-z0-9_=-]{60,70}`,
    maxLength: 79,
    before: "",
    prefixLength: 9,
  }),
  token({
    id: "doppler-token",
    title: "Doppler API token",
    provider: "Doppler",
    shape: ["dp.pt.", alnum(43)],
    keywords: ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
    source: String.raw`dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}`,
    maxLength: 53,
  }),
  token({
    id: "vault-service-token",
    title: "HashiCorp Vault service token",
    provider: "HashiCorp",
    shape: ["hvs.", urlsafe(90, 120)],
  }),
  token({
    id: "vault-batch-token",
    title: "HashiCorp Vault batch token",
    provider: "HashiCorp",
    shape: ["hvb.", urlsafe(138, 300)],
  }),
  keyed({
    id: "vault-legacy-token",
    title: "HashiCorp Vault token",
    provider: "HashiCorp",
    names: ["vault"],
    value: ["s.", alnum(24)],
  }),
  keyed({
    id: "infracost-token",
    title: "Infracost API token",
    provider: "Infracost",
    // `ico-` is also a file name's hash (`box.ico-7a38…png`): found by the name that holds it.
    names: ["infracost", "ico_", "icoToken", "icoKey", "icoApi"],
    value: ["ico-", alnum(32)],
    prefixLength: 4,
  }),
  token({
    id: "prefect-token",
    title: "Prefect API token",
    provider: "Prefect",
    shape: ["pnu_", alnum(36)],
  }),
  token({
    id: "defined-networking-token",
    title: "Defined Networking API token",
    provider: "Defined Networking",
    shape: ["dnkey-", loose(26), "-", loose(52)],
    source: "dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}",
  }),
  token({
    id: "settlemint-token",
    title: "SettleMint access token",
    provider: "SettleMint",
    shape: ["sm_pat_", lower(16)],
    keywords: ["sm_pat_", "sm_aat_", "sm_sat_"],
    source: "sm_[aps]at_[a-zA-Z0-9]{16}",
  }),
  token({
    id: "scalingo-token",
    title: "Scalingo API token",
    provider: "Scalingo",
    shape: ["tk-us-", urlsafe(48)],
  }),
  keyed({
    id: "netlify-token",
    title: "Netlify access token",
    provider: "Netlify",
    names: ["netlify"],
    value: [loose(40, 46)],
  }),
  token({
    id: "flyio-token",
    title: "Fly.io access token",
    provider: "Fly.io",
    // `fo1_` tokens, and macaroon tokens `fm1r_`/`fm1a_`/`fm2_` (base64).
    shape: ["fo1_", urlsafe(43)],
    keywords: ["fo1_", "fm1r_", "fm1a_", "fm2_"],
    source: "(?:fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3})",
    maxLength: 2048,
  }),
  keyed({
    id: "flyio-macaroon-legacy",
    title: "Fly.io access token",
    provider: "Fly.io",
    names: ["fly"],
    value: ["FlyV1 ", run(chars(`${SETS.base64.alphabet}=,_`), 100, 1024)],
  }),
  token({
    id: "heroku-api-key-v2",
    title: "Heroku API key",
    provider: "Heroku",
    shape: ["HRKU-AA", urlsafe(58)],
  }),
  keyed({
    id: "heroku-api-key",
    title: "Heroku API key",
    provider: "Heroku",
    names: ["heroku"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)],
  }),
  token({
    id: "openshift-token",
    title: "OpenShift user token",
    provider: "Red Hat",
    shape: ["sha256~", urlsafe(43)],
  }),
  token({
    id: "onepassword-secret-key",
    title: "1Password account secret key",
    provider: "1Password",
    // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX (the middle group may be 6 or 11).
    shape: ["A3-", upper(6), "-", upper(11), "-", upper(5), "-", upper(5), "-", upper(5)],
    source: "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    maxLength: 40,
  }),
  token({
    id: "onepassword-service-account-token",
    title: "1Password service account token",
    provider: "1Password",
    // `ops_` and base64 JSON: `eyJ` is `{"`.
    shape: ["ops_eyJ", base64(250)],
    source: "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}",
    maxLength: 2048,
  }),
  token({
    id: "age-secret-key",
    title: "age secret key",
    provider: "age",
    shape: ["AGE-SECRET-KEY-1", run(chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), 58)],
    prefixLength: 16,
  }),
  token({
    id: "readme-token",
    title: "ReadMe API token",
    provider: "ReadMe",
    shape: ["rdme_", lower(70)],
  }),
  token({
    id: "clojars-token",
    title: "Clojars deploy token",
    provider: "Clojars",
    shape: ["CLOJARS_", alnum(60)],
  }),
  token({
    id: "rubygems-token",
    title: "RubyGems API key",
    provider: "RubyGems",
    shape: ["rubygems_", anyHex(48)],
  }),
  token({
    id: "pypi-upload-token",
    title: "PyPI upload token",
    provider: "PyPI",
    // A macaroon whose first bytes say "pypi.org".
    shape: ["pypi-AgEIcHlwaS5vcmc", urlsafe(64)],
    source: "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}",
    maxLength: 1020,
    prefixLength: 5,
  }),
  keyed({
    id: "nuget-api-key",
    title: "NuGet API key",
    provider: "NuGet",
    names: ["nuget"],
    value: ["oy2", lower(43)],
  }),
  keyed({
    id: "snyk-token",
    title: "Snyk API token",
    provider: "Snyk",
    names: ["snyk"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)],
  }),
  keyed({
    id: "sonar-token",
    title: "SonarQube / SonarCloud token",
    provider: "Sonar",
    names: ["sonar"],
    value: [run(chars(`${SETS.alnum.alphabet}_`), 40, 44)],
  }),
  token({
    id: "sonar-prefixed-token",
    title: "SonarQube token",
    provider: "Sonar",
    shape: ["squ_", hex(40)],
    keywords: ["squ_", "sqp_", "sqa_"],
    source: "sq[upa]_[a-f0-9]{40}",
  }),
  keyed({
    id: "launchdarkly-token",
    title: "LaunchDarkly access token",
    provider: "LaunchDarkly",
    names: ["launchDarkly"],
    value: [loose(40)],
  }),
  keyed({
    id: "okta-token",
    title: "Okta API token",
    provider: "Okta",
    names: ["okta"],
    value: ["00", loose(40)],
  }),
  keyed({
    id: "atlassian-token",
    title: "Atlassian API token",
    provider: "Atlassian",
    names: ["atlassian", "confluence", "jira"],
    value: [alnum(24)],
  }),
  token({
    id: "atlassian-api-token",
    title: "Atlassian API token",
    provider: "Atlassian",
    shape: ["ATATT3", urlsafe(186)],
    source: "ATATT3[A-Za-z0-9_=-]{186}",
  }),
  token({
    id: "databricks-token",
    title: "Databricks access token",
    provider: "Databricks",
    shape: ["dapi", hex(32)],
    source: String.raw`dapi[a-f0-9]{32}(?:-\d)?`,
    maxLength: 38,
  }),
  keyed({
    id: "confluent-secret",
    title: "Confluent Cloud API secret",
    provider: "Confluent",
    names: ["confluent"],
    value: [alnum(64)],
  }),
  keyed({
    id: "confluent-key",
    title: "Confluent Cloud API key",
    provider: "Confluent",
    names: ["confluent"],
    value: [alnum(16)],
  }),
  keyed({
    id: "sidekiq-secret",
    title: "Sidekiq Enterprise credentials",
    provider: "Sidekiq",
    names: ["contribsys"],
    value: [anyHex(8), ":", anyHex(8)],
  }),
];
