/** The CLI's help text: what each command does, with the options that matter. */
export const USAGE = `leakgate — stop internal files from leaving through CI

Usage:
  leakgate scan [options] [artifact...]   scan what would leave; exit 0 pass, 1 blocking findings, 2 bad input
  leakgate manifest [options] <artifact...>  print the manifest (path, size, sha256 of every file) as JSON
  leakgate baseline --write FILE [--allow-findings] [--keep-unused] <artifact...>
                                          record what the release should contain (refuses a release
                                          with blocking findings; drops acceptances that matched nothing)
  leakgate baseline --check [--baseline FILE] <artifact...>  exit 1 when FILE is out of date
  leakgate accept --reason "why" [--expires YYYY-MM-DD] [--replace] [--baseline FILE]
                  (--artifact SPEC... | --report FILE) <id...>
                                          accept reviewed findings; each id is checked against a scan
                                          of the artifacts (default npm:.) or the JSON report
  leakgate inventory [--format text|json|markdown] [--fail-on-uncovered] [--baseline FILE] [--write FILE]
                                          every step of .github/workflows that sends something out,
                                          where to, and whether a leakgate step checks it first
  leakgate audit [--deep] [--shard i/n] [--baseline FILE] [--format …] <target...>
                                          what is published now, against the baseline:
                                          npm:<package>[@<range>|@<tag>]  (default: latest; @* every version)
                                          git:<url>   the refs the remote has (--deep: and the trees at their tips)
                                          s3://<bucket>[/prefix]  the objects (--deep: and their contents)
  leakgate merge [--format …] <report.json...>  combine the JSON reports of audit shards into one
  leakgate help | --help                  this text
  leakgate --version

Artifacts:
  dist/pkg-1.2.3.tgz    a file: tar, zip, gz, xz, zst, bz2, deb, rpm, gem, image; detected from its bytes
  dist/                 a directory: every file below it
  npm:.                 a package directory, limited to what \`npm publish\` would ship
  oci:image/            a container image (OCI layout or docker save tar; detected anyway)
  web=dist/             any of the above with a stable name
  'release/*.zip'       a glob: one artifact per match
  With no artifact, scan checks what \`npm publish\` would ship from the current directory.

Options:
  -f, --format <format>      text, json, markdown or sarif (default: text)
  -o, --output <file>        write the report to a file instead of stdout
  -c, --config <file>        config file (default: .leakgate.yml in the current directory)
  -b, --baseline <file>      diff against this baseline (default for baseline/accept: leakgate.baseline.json)
      --strict               unexpected new files block
      --fail-on <level>      error | warning | never (default: error)
      --max-total-bytes <n>  safety limit: uncompressed bytes per artifact (default 8 GiB)
      --max-entries <n>      safety limit: entries per artifact (default 50000)
      --max-depth <n>        safety limit: nested archive levels opened (default 4)
      --max-ratio <n>        safety limit: compression ratio of one entry (default 200)
      --progress             show progress on stderr even when it is not a terminal
      --no-progress          never show progress
      --cwd <dir>            run as if started in <dir>
  baseline --write:
      --allow-findings       record the release even with blocking findings (they still block scans)
      --keep-unused          keep acceptances that matched nothing
  accept:
      --reason <text>        why the finding may ship (required)
      --expires <date>       last day the acceptance holds (YYYY-MM-DD, in the future)
      --replace              replace an earlier acceptance of the same id (its reason is shown)
  audit:
      --deep                 fetch git tips and bucket objects and scan them (default: list only)
      --shard <i/n>          audit the i-th of n shares of the work (a matrix job); merge the JSON reports
      --concurrency <n>      items fetched and scanned at once (default 4)
  -a, --artifact <spec>      what to scan to check the ids (repeatable; default: npm:.)
      --report <file>        check the ids against this JSON report instead of scanning
`;
