/**
 * Every secret family, assembled from the provider groups in families/ (one file each). Each
 * family says how to find a value, what it is, how bad it is, and carries its own
 * true-positive generator and near misses, which one test runs for every family (the way
 * gitleaks keeps samples with its rules).
 *
 * Every match starts with one of the family's `keywords`: the prefilter (prefilter.ts) finds
 * keyword occurrences in the raw bytes, and only there is the family's regex tried, anchored.
 * Regexes use bounded repetition over character classes that cannot overlap their
 * neighbours, so each attempt is linear and no match is longer than `maxLength`.
 */

import { AI } from "./families/ai.js";
import { CI_AND_INFRASTRUCTURE } from "./families/ci-and-infrastructure.js";
import { CLOUD } from "./families/cloud.js";
import { CREDENTIALS_IN_CONFIG } from "./families/credentials-in-config.js";
import { GITHUB_AND_NPM } from "./families/github-and-npm.js";
import { KEYS } from "./families/keys.js";
import { MAJOR_CLOUDS } from "./families/major-clouds.js";
import { MESSAGING } from "./families/messaging.js";
import { PAYMENTS } from "./families/payments.js";
import { SAAS } from "./families/saas.js";
import { SLACK } from "./families/slack.js";
import { SOURCE_CONTROL } from "./families/source-control.js";
import { matchValue, type SecretFamily } from "./family.js";
import { GENERIC_ASSIGNMENT } from "./generic.js";
import { isPlaceholder } from "./placeholder.js";

/**
 * A family whose test samples never look like placeholders: a random draw that happens to
 * hold `…456789…` or ten equal characters is drawn again (the scanner drops such values on
 * purpose, and a sample must be found every time).
 */
function withRealisticSamples(family: SecretFamily): SecretFamily {
  const draw = family.sample;
  // Made on the first sample, not when the catalogue loads: samples are for tests and the
  // bench, and compiling ~200 regexes cost every scan's start-up 7 ms.
  let regex: RegExp | undefined;
  return {
    ...family,
    sample(random) {
      regex ??= new RegExp(family.regex.source, family.regex.flags.replace("g", ""));
      for (let attempt = 0; ; attempt++) {
        const sample = draw(random);
        const match = regex.exec(sample);
        if (attempt >= 20 || (match && !isPlaceholder(matchValue(match).slice(family.prefixLength))))
          return sample;
      }
    },
  };
}

/** Every family, by provider group (families/), the generic assignment last. */
export const SECRET_FAMILIES: SecretFamily[] = (
  [
    ...MAJOR_CLOUDS,
    ...GITHUB_AND_NPM,
    ...SLACK,
    ...KEYS,
    ...AI,
    ...SOURCE_CONTROL,
    ...CI_AND_INFRASTRUCTURE,
    ...CLOUD,
    ...MESSAGING,
    ...PAYMENTS,
    ...SAAS,
    ...CREDENTIALS_IN_CONFIG,
    GENERIC_ASSIGNMENT,
  ] as SecretFamily[]
).map(withRealisticSamples);

export type { MatchContext, SecretFamily } from "./family.js";
export { matchValue, randomFrom } from "./family.js";

/** The longest match of any family. */
export const MAX_MATCH_LENGTH = Math.max(...SECRET_FAMILIES.map((family) => family.maxLength));
