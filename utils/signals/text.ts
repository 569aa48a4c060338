import type { TextInput } from './types';

/**
 * Shared reading of a post's text for every text signal: one normalisation, keyword tables compiled
 * into one linear-time regex each, and evidence mapped back to the words as the page wrote them.
 *
 * Cost bound: captions can be 100 KB of hostile text. We read only the first MAX_CAPTION_CHARS of the
 * caption plus at most MAX_HASHTAGS hashtags (MAX_HASHTAG_CHARS each): real captions put their claims
 * and tags well inside that, and it keeps every signal's work bounded whatever the page serves.
 */
export const MAX_CAPTION_CHARS = 5000;
export const MAX_HASHTAGS = 60;
const MAX_HASHTAG_CHARS = 100;
/** Evidence is shown on the card: a few short quotes, not paragraphs. */
const MAX_EVIDENCE = 6;
const MAX_EVIDENCE_CHARS = 80;
/** Stops a pathological caption (the same phrase 1,000 times) from producing endless matches. */
const MAX_MATCHES = 40;

export interface PreparedText {
  /** Lower case, diacritics and invisible format characters removed, whitespace runs made one ' ' (or '\n'). */
  text: string;
  /** The page text `text` was made from (capped caption + hashtags). */
  raw: string;
  /** For each UTF-16 unit of `text`: where its source code point starts and ends in `raw`. */
  starts: number[];
  ends: number[];
  /** Hashtags (normalised, without '#') from the caption and the hashtag list, with their raw form. */
  tags: { norm: string; raw: string }[];
  /** Matches per regex already run on this text (detectBeforeAfter and detectTreatment share one table). */
  memo: Map<RegExp, Found[]>;
}

const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const SPACE = /\s/u;
const LINE_BREAK = /[\n\r\u2028\u2029\v\f]/u;
const TAG = /#[\p{L}\p{N}_]{1,100}/gu;

/** One code point, normalised: NFKD, then lower case, marks (accents, emoji variation selectors) and format characters (bidi marks, zero-width joiners) dropped. */
function normaliseCodePoint(cp: string): string {
  const code = cp.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp;
  if (cp === '\u2019' || cp === '\u2018' || cp === '\u02bc') return "'"; // typographic apostrophes: "don’t"
  // NFKD first: styled letters ("𝗕𝗲𝗳𝗼𝗿𝗲", 𝘽, Ⓑ) become plain capitals only then, to be lower-cased.
  return cp.normalize('NFKD').toLowerCase().replace(MARKS_AND_FORMAT, '');
}

function buildSource(input: TextInput): string {
  const caption = typeof input?.caption === 'string' ? input.caption.slice(0, MAX_CAPTION_CHARS) : '';
  const list = Array.isArray(input?.hashtags) ? input.hashtags.slice(0, MAX_HASHTAGS) : [];
  const tags = list
    .filter((tag): tag is string => typeof tag === 'string')
    .map((tag) => '#' + tag.replace(/^#+/, '').slice(0, MAX_HASHTAG_CHARS));
  return tags.length ? `${caption}\n${tags.join(' ')}` : caption;
}

export function prepareSource(raw: string): PreparedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = '';
  let index = 0;
  for (const cp of raw) {
    const start = index;
    index += cp.length;
    const code = cp.charCodeAt(0);
    const ascii = code < 128;
    if (ascii ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(cp)) {
      const br = ascii ? code !== 32 && code !== 9 : LINE_BREAK.test(cp);
      if (last === ' ' || last === '\n') {
        if (br && last === ' ') out[out.length - 1] = last = '\n';
        ends[ends.length - 1] = index;
        continue;
      }
      last = br ? '\n' : ' ';
      out.push(last);
      starts.push(start);
      ends.push(index);
      continue;
    }
    const norm = normaliseCodePoint(cp);
    for (let i = 0; i < norm.length; i++) {
      out.push(norm[i] as string);
      starts.push(start);
      ends.push(index);
    }
    if (norm) last = norm[norm.length - 1] as string;
  }
  const text = out.join('');
  const prepared: PreparedText = { text, raw, starts, ends, tags: [], memo: new Map() };
  for (const found of findAll(prepared, TAG, MAX_HASHTAGS * 2)) {
    prepared.tags.push({ norm: text.slice(found.start + 1, found.end), raw: found.raw });
  }
  return prepared;
}

const cache = new WeakMap<object, PreparedText>();
/** Recently prepared texts by content: the scanner's first look and its full read build two input objects from the same words. */
const recent = new Map<string, PreparedText>();
const RECENT_MAX = 32;

/**
 * The post's text, prepared once per input (all signals of one verdict, the re-judging when image
 * reasons arrive, and the first look's words with the full read's post info share it). Inputs are
 * treated as immutable: a changed post is a new object, and new words are a new text.
 */
export function prepare(input: TextInput): PreparedText {
  if (typeof input !== 'object' || input === null) return prepareSource('');
  let prepared = cache.get(input);
  if (!prepared) {
    const source = buildSource(input);
    prepared = recent.get(source);
    if (!prepared) {
      prepared = prepareSource(source);
      recent.set(source, prepared);
      if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
    }
    cache.set(input, prepared);
  }
  return prepared;
}

export interface Found {
  /** The words as the page wrote them. */
  raw: string;
  /** Range in the normalised text. */
  start: number;
  end: number;
  /** Index of the table row that matched (see `table`), else 0. */
  row: number;
}

/** The page's own words for a range of the normalised text. */
export function rawOf(p: PreparedText, start: number, end: number): string {
  if (end <= start) return '';
  return p.raw.slice(p.starts[start], p.ends[end - 1]);
}

/**
 * Every match of a global regex over the normalised text. With `table` regexes (one capture group
 * per row), `row` says which row matched.
 */
export function findAll(p: PreparedText, re: RegExp, limit = MAX_MATCHES): Found[] {
  const known = p.memo.get(re);
  if (known && limit === MAX_MATCHES) return known;
  const found: Found[] = [];
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (found.length < limit && (match = re.exec(p.text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      re.lastIndex++;
      continue;
    }
    let row = 0;
    for (let i = 1; i < match.length; i++) {
      if (match[i] !== undefined) {
        row = i - 1;
        break;
      }
    }
    // A word that starts a hashtag is quoted as the tag ("#microneedling"), as the post shows it.
    const quoteFrom = start > 0 && p.text[start - 1] === '#' ? start - 1 : start;
    found.push({ raw: rawOf(p, quoteFrom, end), start, end, row });
  }
  re.lastIndex = 0;
  if (limit === MAX_MATCHES) p.memo.set(re, found);
  return found;
}

const EDGE_START = '(?<![\\p{L}\\p{N}])';
const EDGE_END = '(?![\\p{L}\\p{N}])';

/**
 * One regex for a list of whole words or phrases, written in normalised form (lower case, no
 * accents, single spaces). Terms are regex fragments: they must use only non-capturing groups and
 * bounded quantifiers, and no nested repetition, so matching stays linear in the text length.
 */
export function words(terms: readonly string[]): RegExp {
  return new RegExp(`${EDGE_START}(?:${terms.join('|')})${EDGE_END}`, 'gu');
}

/**
 * One regex for a table of rows, each a list of terms: one pass over the text finds every row's
 * matches, and `Found.row` says which row. Earlier rows win where two match at the same place.
 */
export function table(rows: readonly (readonly string[])[]): RegExp {
  return new RegExp(`${EDGE_START}(?:${rows.map((terms) => `(${terms.join('|')})`).join('|')})${EDGE_END}`, 'gu');
}

/** Hashtags whose normalised text contains one of `parts` ("#acnescarsjourney" contains "acne"). */
export function tagsContaining(p: PreparedText, parts: readonly string[], skip?: (tag: string) => boolean): string[] {
  return p.tags.filter((tag) => !skip?.(tag.norm) && parts.some((part) => tag.norm.includes(part))).map((tag) => tag.raw);
}

/** Hashtags equal to one of `names`. */
export function tagsIn(p: PreparedText, names: ReadonlySet<string>): string[] {
  return p.tags.filter((tag) => names.has(tag.norm)).map((tag) => tag.raw);
}

/** Evidence for the card: distinct (ignoring case and accents), short, and few. */
export function evidenceOf(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = item.trim();
    const key = prepareSource(text.slice(0, MAX_EVIDENCE_CHARS)).text.replace(/^#/, ''); // "#Werbung" and "Werbung" are one finding
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : text);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/**
 * Words that turn a claim around when they come shortly before it, in our five languages:
 * "not overnight", "no instant results", "ne sont pas immédiats", "nicht dauerhaft".
 */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'nothing', 'without', 'isnt', 'arent', 'wasnt', 'wont', 'dont', 'doesnt', 'didnt', 'cant', 'aint',
  'nunca', 'jamas', 'sin', 'ni', 'nao', 'nem', 'sem', 'pas', 'ne', 'jamais', 'sans', 'nicht', 'kein', 'keine', 'keinen',
  'keiner', 'nie', 'niemals', 'ohne',
]);
const CLAUSE_BREAK = /[.,;:!?¡¿\n|()[\]]/u;
const WORD_SPLIT = /[^\p{L}\p{N}']+/u;

/**
 * Cheap negation check: the last three words of the clause before the match (back to the nearest
 * punctuation). "No filter, instant results" is not negated; "this is NOT after one session" is.
 */
export function isNegated(p: PreparedText, start: number): boolean {
  const before = p.text.slice(Math.max(0, start - 40), start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i] as string)) {
      cut = i;
      break;
    }
  }
  const clause = before.slice(cut + 1);
  // "non filtrées", "zero filter": these negate only the word right after them ("non-surgical
  // permanent results" and "zero downtime, instant results" still claim).
  if (/(?:^|[^\p{L}\p{N}'-])(?:non|zero) $/u.test(clause)) return true;
  const clauseWords = clause.split(WORD_SPLIT).filter(Boolean).slice(-3);
  return clauseWords.some((word) => {
    const bare = word.replace(/'/g, '');
    return NEGATIONS.has(bare) || word.endsWith("n't") || word.startsWith("n'");
  });
}

/** True when the sentence the match ends in is a question ("Permanent results?"): a question claims nothing. */
export function isQuestion(p: PreparedText, end: number): boolean {
  const after = p.text.slice(end, end + 60);
  const stop = after.search(/[.!?\n]/u);
  return stop >= 0 && after[stop] === '?';
}
