/** Slack: bot, user, workspace, app-level and configuration tokens. */
import { P, type SecretFamily } from "../family.js";
import { alnum, digits, shapeSample } from "../shape.js";

export const SLACK: SecretFamily[] = [
  {
    id: "slack-token",
    title: "Slack token",
    provider: "Slack",
    severity: "error",
    keywords: ["xox", "xapp-"],
    // Bot, user, workspace and legacy tokens (`xoxb-`, `xoxp-`, `xoxa-2-`, `xoxs-`: groups of
    // digits then a random part), app-level tokens (`xapp-1-`), and the rotating
    // configuration tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`). A `#`/`*` run after it is a mask.
    regex:
      /(?<![A-Za-z0-9])(?:xox[abposr]-(?:\d-)?[0-9]{8,14}-[0-9A-Za-z-]{10,250}|xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-zA-Z0-9]{32,80}|xoxe(?:\.xox[bp])?-\d-[0-9A-Za-z-]{60,250})(?![A-Za-z0-9#*-])/g,
    maxLength: 280,
    prefixLength: 4,
    sample: (r) => shapeSample([P("xo", "xb-"), digits(12), "-", digits(13), "-", alnum(24)], r),
    nearMisses: [
      "xoxb-not-a-token",
      "xoxq-123456789012-abcdefghijkl",
      P("xoxb-", "1234567890-xxxxxxxxxxxxxxxx"),
    ],
  },
];
