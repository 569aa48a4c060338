import type { ConcernId, TreatmentId } from '../treatments';
import { evidenceOf, findAll, prepare, table, type Found } from './text';
import type { TextInput } from './types';

export interface TreatmentMatch {
  treatment: TreatmentId | null;
  concern: ConcernId | null;
  /** The treatment's words, then the concern's, as the post wrote them. */
  evidence: string[];
}

/** Needling in five languages ("micro-needling", "microagulhamento", "microaiguilles", "micropuntura"). */
const NEEDLING = "micro ?-?needl\\p{L}*|mikro ?-?needl\\p{L}*|microagulhamento|micropuntura|micro ?-?aiguill\\p{L}*";
/** Home words that may stand a few words from the tool ("roller I use at home"); plain "home" only right before it. */
const HOME = "at ?-?home|diy|casero|casera|en casa|em casa|caseiro|a la maison|chez moi|zu ?hause|daheim";
const ROLLER = `derma ?-?roll\\p{L}*|needle roller|derma ?-?stamp|${NEEDLING}|derma ?-?pen\\p{L}*`;

/**
 * Terms per treatment, normalised (lower case, no accents). Rows are tried in this order where two
 * match at the same place, so combined names ("rf microneedling") come before the plain ones.
 * `rf-hint` and `home-hint` only count beside a needling word (see pickTreatment).
 */
const TREATMENT_ROWS: readonly (readonly [TreatmentId | 'rf-hint', readonly string[]])[] = [
  ['microneedling-rf', [
    `rf ?-?(?:${NEEDLING})`, `radio ?-?frequen\\p{L}* (?:${NEEDLING})`, `(?:${NEEDLING}) (?:with |con |com |avec |mit |\\+ ?)?(?:rf|radio ?-?frequen\\p{L}*|radiofrecuencia|radiofrequencia)`,
    'morpheus ?8?', 'potenza', 'vivace', 'secret rf', 'sylfirm\\p{L}*', 'virtue ?rf', 'radiofrequenz-microneedling',
  ]],
  ['microneedling-prp', [
    'prp', 'vampire (?:facial|face ?lift|lift)', 'vampir ?-?lifting', 'platelet ?-?rich plasma', 'plasma rico (?:en|em) plaquetas',
    'plasma riche en plaquettes', 'eigenblut\\p{L}*',
  ]],
  ['at-home-roller', [
    // the home word next to the tool, either way round, with at most three words between
    `(?:${HOME}|home) (?:${ROLLER})`, `(?:${HOME}) (?:[^\\s]+ ){0,3}(?:${ROLLER})`, `(?:${ROLLER})(?: [^\\s]+){0,3} (?:${HOME})`,
  ]],
  ['microneedling', [
    NEEDLING, 'derma ?-?pen\\p{L}*', 'derma ?-?roll\\p{L}*', 'skin ?pen', 'collagen induction(?: therapy)?',
    'induccion de colageno', 'inducao de colageno', 'induction de collagene', 'kollagen ?-?induktion\\p{L}*',
  ]],
  ['microdermabrasion', ['mi[ck]ro ?-?derm[ao]?-?abras\\p{L}*', 'diamond peel', 'punta de diamante', 'peeling de diamante', 'dermabrasion']],
  ['botox', [
    'botox\\p{L}*', 'baby ?-?(?:bo)?tox', 'tox', 'botulin\\p{L}*', 'toxina botulinica', 'toxine botulique', 'dysport', 'xeomin', 'jeuveau', 'daxxify',
  ]],
  ['chemical-peel', [
    'chemical peel\\p{L}*', 'chemisches peeling', '(?:glycolic|lactic|salicylic|mandelic|tca|jessner\'?s?|vi|phenol) peel\\p{L}*',
    'peeling (?:quimico|chimique)', 'peel (?:quimico|chimique)', 'acid peel', 'peeling con acido\\p{L}*', 'saurepeeling',
  ]],
  ['laser', [
    'laser resurfacing', '(?:co2|fractional|fraxel|erbium|picosure|pico|halo) ?laser', 'laser (?:co2|fraccionado|fracionado|fractionne)',
    'fraxel', 'co2', 'clear ?\\+ ?brilliant', 'laser(?!\\p{L}| hair| de depil| depil| epil| haar| tattoo| de tatu)', 'laser ?(?:behandlung|therapie)', 'lasertherapie',
  ]],
  ['rf-hint', ['rf', 'radio ?-?frequen\\p{L}*', 'radiofrecuencia', 'radiofrequencia', 'radiofrequence', 'radiofrequenz']],
];

/** Concern terms in English, Spanish, Portuguese, French and German. */
const CONCERN_ROWS: readonly (readonly [ConcernId, readonly string[]])[] = [
  ['acne-scars', [
    'acne ?-?scars?', 'acnescars?', 'scars?', 'scarring', 'pitted', 'ice ?pick', 'boxcar', 'rolling scars?', 'post ?-?acne',
    'cicatri\\p{L}*', 'marcas de acne', 'marcas de espinhas', 'aknenarben', 'narben\\p{L}*', 'marques d\'acne',
  ]],
  ['fine-lines', [
    'fine lines?', 'wrinkles?', 'crow\'?s feet', 'forehead lines', 'smile lines', 'arrugas?', 'lineas de expresion', 'patas de gallo',
    'rugas?', 'linhas (?:finas|de expressao)', 'pes de galinha', 'rides', 'ridules', 'pattes d\'oie', 'falten', 'faltchen', 'krahenfusse',
  ]],
  ['large-pores', [
    '(?:large|big|enlarged|open|visible) pores', 'pores', 'poros(?: abiertos| dilatados| abertos)?', 'pores dilates', '(?:grosse |vergrosserte )?poren',
  ]],
  ['rough-texture', [
    '(?:rough|uneven|bumpy) (?:skin|texture)', 'texture', 'textura(?: irregular)?', 'grain de peau', 'texture de (?:la )?peau', 'hautbild', 'hautstruktur', 'raue haut', 'unebene haut',
  ]],
  ['pigmentation', [
    '(?:hyper)?pigmentation', '(?:dark|sun|age|brown) spots?', 'melasma', 'pih', 'sun damage', 'uneven (?:skin )?tone', 'manchas?', 'hiperpigmentac\\p{L}*',
    'taches(?: brunes| pigmentaires)?', 'pigmentflecken', 'altersflecken', 'hyperpigmentierung', 'pigmentierung',
  ]],
  ['dullness', [
    'dull(?:ness)?(?: skin)?', 'piel apagada', 'opaca', 'pele opaca', 'sin brillo', 'teint terne', 'terne', 'fahle haut', 'fahler teint',
  ]],
  ['blackheads', ['blackheads?', 'puntos negros', 'espinillas negras', 'cravos', 'points noirs', 'mitesser']],
];

const TREATMENT_RE = table(TREATMENT_ROWS.map(([, terms]) => terms));
const CONCERN_RE = table(CONCERN_ROWS.map(([, terms]) => terms));
/** Terms of every treatment, for signals that only need to know whether one was named. */
export const ANY_TREATMENT_RE = TREATMENT_RE;
export const TREATMENT_ROW_IDS = TREATMENT_ROWS.map(([id]) => id);

const NEEDLING_FAMILY: readonly TreatmentId[] = ['microneedling', 'microneedling-rf', 'microneedling-prp', 'at-home-roller'];

interface Tally {
  count: number;
  first: number;
  found: Found[];
}

function tally<Id extends string>(found: readonly Found[], ids: readonly Id[]): Map<Id, Tally> {
  const byId = new Map<Id, Tally>();
  for (const hit of found) {
    const id = ids[hit.row];
    if (id === undefined) continue;
    const entry = byId.get(id) ?? { count: 0, first: hit.start, found: [] };
    entry.count++;
    entry.found.push(hit);
    byId.set(id, entry);
  }
  return byId;
}

/** Most mentions wins; on a tie, the one named first. */
function mostMentioned<Id extends string>(byId: Map<Id, Tally>): Id | null {
  let best: Id | null = null;
  let bestTally: Tally | null = null;
  for (const [id, entry] of byId) {
    if (!bestTally || entry.count > bestTally.count || (entry.count === bestTally.count && entry.first < bestTally.first)) {
      best = id;
      bestTally = entry;
    }
  }
  return best;
}

/**
 * The most specific treatment wins: a variant of microneedling (RF, PRP, at home) takes the plain
 * microneedling mentions as its own; RF alone ("RF" can be radiofrequency without needles) counts
 * only beside a needling word. Between different treatments, the most mentioned wins.
 */
function pickTreatment(byRow: Map<TreatmentId | 'rf-hint', Tally>): { id: TreatmentId | null; found: Found[] } {
  const hint = byRow.get('rf-hint');
  byRow.delete('rf-hint');
  const byId = byRow as Map<TreatmentId, Tally>;
  const needling = NEEDLING_FAMILY.filter((id) => byId.has(id));
  if (hint && needling.length && !byId.has('microneedling-rf')) byId.set('microneedling-rf', { ...hint });
  const variant = (['microneedling-rf', 'microneedling-prp', 'at-home-roller'] as const).find((id) => byId.has(id));
  if (variant) {
    const merged: Tally = { count: 0, first: Infinity, found: [] };
    for (const id of NEEDLING_FAMILY) {
      const entry = byId.get(id);
      if (!entry) continue;
      merged.count += entry.count;
      merged.first = Math.min(merged.first, entry.first);
      merged.found.push(...entry.found);
      byId.delete(id);
    }
    byId.set(variant, merged);
  }
  const id = mostMentioned(byId);
  return { id, found: id ? (byId.get(id)?.found ?? []) : [] };
}

/** Which treatment and which skin concern a post is about, with the words that say so. */
export function detectTreatment(input: TextInput): TreatmentMatch {
  const p = prepare(input);
  const treatment = pickTreatment(tally(findAll(p, TREATMENT_RE), TREATMENT_ROWS.map(([id]) => id)));
  const concerns = tally(findAll(p, CONCERN_RE), CONCERN_ROWS.map(([id]) => id));
  const concern = mostMentioned(concerns);
  return {
    treatment: treatment.id,
    concern,
    evidence: evidenceOf([...treatment.found.map((f) => f.raw), ...(concern ? (concerns.get(concern)?.found ?? []).map((f) => f.raw) : [])]),
  };
}
