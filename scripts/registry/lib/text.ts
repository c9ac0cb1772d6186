/** Text helpers: slugs, name normalisation, script checks. */

const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss", ø: "o", Ø: "O", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", đ: "d", Đ: "D",
  ł: "l", Ł: "L", ı: "i", þ: "th", Þ: "Th", ð: "d", Ð: "D", ħ: "h", Ħ: "H",
};

/** Removes diacritics and folds special Latin letters to ASCII. */
export function foldToAscii(text: string): string {
  const replaced = [...text].map((ch) => SPECIAL_LETTERS[ch] ?? ch).join("");
  return replaced.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Id slug: lower-case ASCII, every run of other characters turned into one "-". */
export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Key used to compare names: folded, lower-case, punctuation and dashes ignored. */
export function nameKey(text: string): string {
  return slugify(text).replace(/-/g, " ");
}

/** True when every letter of the text is in the Latin script. */
export function isLatinScript(text: string): boolean {
  if (/[\u0250-\u02af]/u.test(text)) return false; // IPA letters are Latin-script but not names
  return /^[\p{Script=Latin}\p{M}\s\-'’‘.,()&0-9]+$/u.test(text) && /\p{Script=Latin}/u.test(text);
}

/** Adds a name to a list unless an equal name (by nameKey) is already there or it equals an excluded key. */
export function addUnique(list: string[], candidate: string, exclude: readonly string[] = []): void {
  const key = nameKey(candidate);
  if (key === "") return;
  if (exclude.some((e) => nameKey(e) === key)) return;
  if (list.some((e) => nameKey(e) === key)) return;
  list.push(candidate);
}

/** Upper-cases the first character. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rounds a population to a short English phrase: "about 2.7 million" or "about 350,000". */
export function describePopulation(population: number): string {
  if (population >= 1_000_000) {
    const millions = Math.round(population / 100_000) / 10;
    return `about ${millions.toFixed(millions >= 10 ? 0 : 1).replace(/\.0$/, "")} million`;
  }
  const step = population >= 100_000 ? 10_000 : population >= 10_000 ? 1_000 : 100;
  const rounded = Math.round(population / step) * step;
  return `about ${rounded.toLocaleString("en-US")}`;
}

const TAKES_ARTICLE = new Set(["Philippines", "Netherlands", "Bahamas", "Gambia", "Maldives", "Comoros", "Caribbean Netherlands"]);

/** A country name as it reads inside a sentence ("the United States", "Japan"). */
export function withArticle(name: string): string {
  if (TAKES_ARTICLE.has(name) || /^United /.test(name) || /(Islands|Republic|Lands|Territory)$/.test(name)) {
    return `the ${name}`;
  }
  return name;
}
