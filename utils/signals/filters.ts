import { evidenceOf, findAll, isNegated, isQuestion, prepare, table, type PreparedText } from './text';
import type { Reason, SignalContext, TextInput } from './types';

/** Effect names come from the page: show a few, short. */
const MAX_EFFECTS = 5;

/**
 * Filters, effects, retouching and AI disclosed by the platform or the creator. The knowledge base
 * ("Social media before/after posts" [S0]) says heavily filtered posts are not what real results look
 * like; a filter changes the very skin the before/after claims to show, so these weigh the most.
 * "#nofilter", "no filter", "sin filtro" disclose nothing and prove nothing: they give no reason.
 */
const KINDS = [
  {
    id: 'filters.ai',
    strength: 0.9,
    reason: 'The post says the picture was made or changed with AI: it does not show a real result.',
    terms: [
      'ai ?-?generated', 'generated (?:with|by) ai', 'made (?:with|by) ai', 'ai (?:image|photo|edit(?:ed)?|art)', '(?:generad[oa]|hech[oa]|cread[oa]) (?:con|por) (?:la )?ia',
      '(?:gerad[oa]|feit[oa]|criad[oa]) (?:com|por) (?:a )?ia', '(?:genere|cree)e?s? (?:par|avec) (?:l\')?ia', 'ki ?-?generiert', 'mit ki (?:erstellt|generiert|bearbeitet)',
    ],
    tags: ['aigenerated', 'aiart', 'madewithai', 'aiimage', 'aiphoto', 'generadoconia', 'kigeneriert'],
  },
  {
    id: 'filters.retouch',
    strength: 0.7,
    reason: 'The post mentions retouching or a beauty filter: smoothing and relighting change exactly what a before/after claims to show.',
    terms: [
      'face ?tuned?', 'photoshop(?:ped)?', 'retouch(?:ed|ing)?', 'airbrush(?:ed)?', 'face ?app', 'beauty ?(?:filter|effect|mode|cam)', 'bold glamour',
      '(?:skin )?smoothing (?:filter|effect)', 'glamour filter', 'retocad[oa]s?', 'retoque', 'retouchee?s?', 'weichzeichner', 'meitu',
    ],
    tags: ['facetune', 'photoshop', 'retouch', 'airbrush', 'faceapp', 'beautyfilter', 'boldglamour', 'beautycam', 'meitu', 'glamourfilter', 'retoque'],
  },
  {
    id: 'filters.filter',
    strength: 0.5,
    reason: 'The post mentions a filter, effect or edit: the after picture may not show the skin as it is.',
    terms: [
      // Not a sunscreen's filters ("filtro solar", "UV filter", "mineral filters only").
      '(?<!(?:uv|uva|uvb|mineral|chemical|sun|sunscreen|spf(?: ?\\d{1,3})?|spectrum|solar|physical) )filter(?:s|ed)?(?! ?(?:spf|uv|solar))', '(?:tiktok|instagram|ig|snapchat|snap|face|skin|glow) effect',
      'effect used', 'used (?:an? |the |this )?effect',
      // not "edit" alone ("Edit: my routine") nor "efeito"/"effect" alone ("side effects"); not "modifié" ("j'ai modifié ma routine")
      'with (?:an? |the |this )?effect', 'edited', 'filtros?(?! (?:solar(?:es)?|uv|de protec\\p{L}*|mineral(?:es)?|quimicos?))', 'filtrad[oa]s?',
      'filtres?(?! (?:solaires?|uv|mineraux|chimiques))', 'editad[oa]s?', '(?:efeito|efecto) (?:do |de |del )?(?:filtro|tiktok|instagram)',
      'bearbeitet',
    ],
    tags: ['filter', 'filtro', 'filtre', 'edited', 'effect'],
  },
] as const;

/** Tags that deny a filter (#nofilter, #sinfiltro, #unfiltered, #filterfree) are no disclosure. */
const DENIAL = /^(?:no|sin|sem|sans|ohne|un|zero|without|non|not)|free$/u;

/** A denial right after the word: "Filter: none", "filter-free", "Facetune - never", "filtro: nenhum". */
const DENIED_AFTER = /^\s*[:=\-–—]?\s*(?:none|never|nope|free|zero|nada|ninguno|nenhum|aucun|keiner|keine|kein)(?![\p{L}\p{N}])/u;

const KINDS_RE = table(KINDS.map((kind) => kind.terms));

function tagsOf(p: PreparedText, parts: readonly string[]): string[] {
  return p.tags.filter((tag) => !DENIAL.test(tag.norm) && parts.some((part) => tag.norm.includes(part))).map((tag) => tag.raw);
}

/** The platform's effect and AI labels, and filters, edits or AI the creator discloses. */
export function detectFilters(input: TextInput, _context: SignalContext): Reason[] {
  const reasons: Reason[] = [];
  const labels = input?.labels;
  const effects = Array.isArray(labels?.effects) ? labels.effects.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
  if (effects.length) {
    reasons.push({
      signal: 'filters', id: 'filters.effect-label', strength: 0.9, kb: 'social-posts',
      evidence: evidenceOf(effects.slice(0, MAX_EFFECTS).map((name) => `Effect: ${name}`)),
      reason: 'The platform shows that this post used an effect: effects can smooth, relight or reshape skin, so the after may not be real skin.',
    });
  }
  if (labels?.aiGenerated === true) {
    reasons.push({
      signal: 'filters', id: 'filters.ai-label', strength: 0.95, kb: 'social-posts', evidence: ['AI-generated label'],
      reason: 'The platform labels this post as AI-generated: the pictures do not show a real result.',
    });
  }
  const p = prepare(input);
  // One tag is counted once, in the strongest kind it fits ("#beautyfilter" is retouching, not just a filter).
  const tagsTaken = new Set<string>();
  const found: string[][] = KINDS.map((kind) => {
    const tags = tagsOf(p, kind.tags).filter((tag) => !tagsTaken.has(tag));
    tags.forEach((tag) => tagsTaken.add(tag));
    return tags;
  });
  for (const hit of findAll(p, KINDS_RE)) {
    if (!isNegated(p, hit.start) && !isQuestion(p, hit.end) && !DENIED_AFTER.test(p.text.slice(hit.end, hit.end + 16))) found[hit.row]?.push(hit.raw);
  }
  KINDS.forEach((kind, i) => {
    const evidence = evidenceOf(found[i] ?? []);
    if (evidence.length) reasons.push({ signal: 'filters', id: kind.id, strength: kind.strength, evidence, reason: kind.reason, kb: 'social-posts' });
  });
  return reasons;
}
