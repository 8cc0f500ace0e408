/** Sheet names as Excel allows them. No zod here: the Office adapter loads this at first paint. */

/** Excel's sheet-name rules: ≤ 31 chars, none of : \ / ? * [ ], not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Phu luc').slice(0, 31);
}

/** A free sheet name: "PL-I", then "PL-I (2)", "PL-I (3)" … compared case-insensitively as Excel does. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = safeSheetName(wanted);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
