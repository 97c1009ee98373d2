/**
 * Whether copy is written in the script of the language it is declared in: an Arabic headline in a story
 * declared "en-GB" would be served as English (laid out left to right, its full stop on the wrong side,
 * read by screen readers with English rules), and a Latin one in an "ar" story the other way round. A
 * text is out of place when most of its letters are in another script than its language's; a few names
 * in another script are fine.
 */

/** Scripts told apart, with the language most likely meant by each (for the message). */
const SCRIPTS = [
  { code: "Latn", name: "Latin", pattern: /\p{Script=Latin}/gu, likely: "en" },
  { code: "Arab", name: "Arabic", pattern: /\p{Script=Arabic}/gu, likely: "ar" },
  { code: "Cyrl", name: "Cyrillic", pattern: /\p{Script=Cyrillic}/gu, likely: "ru" },
  { code: "Hebr", name: "Hebrew", pattern: /\p{Script=Hebrew}/gu, likely: "he" },
  { code: "Grek", name: "Greek", pattern: /\p{Script=Greek}/gu, likely: "el" },
] as const;
const LETTER = /\p{L}/gu;

/** Texts with fewer letters than this are not judged (an acronym, a name). */
const MIN_LETTERS = 8;

/** The script a language is written in, when it is one told apart here: "ar" → "Arab", "ku" → "Latn". */
const expectedScripts = new Map<string, (typeof SCRIPTS)[number] | undefined>();
function expectedScript(language: string) {
  if (!expectedScripts.has(language)) {
    const script = new Intl.Locale(language).maximize().script;
    expectedScripts.set(language, SCRIPTS.find((candidate) => candidate.code === script));
  }
  return expectedScripts.get(language);
}

/**
 * How many of a text's characters (UTF-16 units: every letter of these scripts is one) a pattern
 * matches: what the text loses when they are taken out, without a match object for each.
 */
const countOf = (text: string, pattern: RegExp) => text.length - text.replace(pattern, "").length;

export type ScriptMismatch = { script: string; likelyLanguage: string };

/**
 * The script a text is mostly written in, when that is not its language's; undefined when it fits.
 * Almost every text fits: that is told with two counts over it (at 100,000 stories, judging each
 * character by itself cost the build 24 s); the other scripts are counted only when it does not.
 */
export function scriptMismatch(text: string, language: string): ScriptMismatch | undefined {
  const expected = expectedScript(language);
  if (!expected) return undefined;
  const letters = countOf(text, LETTER);
  if (letters < MIN_LETTERS || countOf(text, expected.pattern) * 2 >= letters) return undefined;
  const [dominant] = SCRIPTS.map((script) => [script, countOf(text, script.pattern)] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  return dominant && dominant[0] !== expected ? { script: dominant[0].name, likelyLanguage: dominant[0].likely } : undefined;
}

/** The message for a field whose copy does not fit its language. */
export function scriptMismatchMessage(mismatch: ScriptMismatch, language: string, where: "story" | "block"): string {
  const fix = where === "block" ? `set language: "${mismatch.likelyLanguage}" on this block (or the story's language)` : `set the story's language: "${mismatch.likelyLanguage}"`;
  return `is written in ${mismatch.script} script (it looks like "${mismatch.likelyLanguage}"), but its language is "${language}": ${fix}`;
}

type Copy = {
  language?: string | undefined;
  headline: string;
  standfirst: string;
  summary?: readonly string[] | undefined;
  body: readonly { type: string; text?: string; language?: string }[];
  posts?: readonly { headline?: string | undefined; body: readonly { type: string; text?: string; language?: string }[] }[] | undefined;
  corrections?: readonly { text: string }[] | undefined;
};

/** Every field of a story's copy whose script does not fit its language, as [path, message]. */
export function copyOutOfScript(source: Copy, siteLanguage: string): [(string | number)[], string][] {
  const story = source.language ?? siteLanguage;
  const found: [(string | number)[], string][] = [];
  const check = (path: (string | number)[], text: string | undefined, language = story, where: "story" | "block" = "story") => {
    if (text === undefined) return;
    const mismatch = scriptMismatch(text, language);
    if (mismatch) found.push([path, scriptMismatchMessage(mismatch, language, where)]);
  };
  const blocks = (path: (string | number)[], body: Copy["body"]) =>
    body.forEach((block, index) => check([...path, index, "text"], block.text, block.language ?? story, block.type === "subheading" ? "story" : "block"));
  check(["headline"], source.headline);
  check(["standfirst"], source.standfirst);
  source.summary?.forEach((point, index) => check(["summary", index], point));
  blocks(["body"], source.body);
  source.posts?.forEach((post, index) => {
    check(["posts", index, "headline"], post.headline);
    blocks(["posts", index, "body"], post.body);
  });
  source.corrections?.forEach((correction, index) => check(["corrections", index, "text"], correction.text));
  return found;
}
