import type { KbSection } from '../knowledge/sources';
import type { TreatmentId } from '../treatments';
import { evidenceOf, findAll, isNegated, isQuestion, prepare, table, tagsIn, type Found } from './text';
import type { Reason, SignalContext, TextInput } from './types';

type Applies = (treatment: TreatmentId | null) => boolean;

/**
 * Timeline claims are judged against microneedling's timeline, the one the knowledge base has; for
 * a post that names no treatment we assume that timeline too (it is the product's subject). Botox,
 * peels and lasers have no timeline in our sources, so we say nothing about their speed; for
 * microdermabrasion an instant glow is what the sources expect [S2].
 */
const needlingOrUnknown: Applies = (t) => t === null || t.startsWith('microneedling') || t === 'at-home-roller';
/** 1–3 days of redness is normal downtime for microneedling [S2]; home rollers and other treatments are not covered. */
const clinicNeedling: Applies = (t) => t !== null && t.startsWith('microneedling');
/** Not permanent: microneedling needs maintenance [S1 S2 S3], Botox repeat sessions [S3], microdermabrasion gives short-term brightness [S2]. */
const knownToFade: Applies = (t) => needlingOrUnknown(t) || t === 'botox' || t === 'microdermabrasion';

interface Claim {
  id: string;
  kb: KbSection;
  /** How strongly this claim alone suggests the result is not real (see utils/verdict.ts for the scale). */
  strength: number;
  applies: Applies;
  reason: string;
  /** Normalised terms (lower case, no accents); regex fragments without capture groups. */
  terms: readonly string[];
  /** Optional second look at a match (e.g. "in 3 days" fires, "in 30 days" does not). */
  accept?: (match: string) => boolean;
  /** Hashtags that make the same claim (whole tags, normalised): "#onesession", "#instantresults". */
  tags?: readonly string[];
  /** Words before a match that make it something else (tested on the clause before it): an instruction, not a result. */
  notAfter?: RegExp;
}

/** A number: digits may touch their unit ("48h"), words may not. */
const NUM = '(?:\\d{1,3} ?|(?:a|an|one|two|three|four|five|six|seven|ten|few|a few|couple of|a couple of|un|una|uno|unos|dos|tres|cuatro|cinco|pocos|um|uma|dois|duas|quatro|poucos|une|deux|trois|quatre|cinq|quelques|ein|einer|einem|zwei|drei|vier|funf|wenigen|ein paar) )';
const SHORT_UNIT = '(?:days?|hours?|hrs?|h|weeks?|dias?|horas?|semanas?|jours?|heures?|semaines?|tage|tagen|tag|stunden|stunde|wochen|woche)';
const WITHIN = '(?:in|within|after|only|just|en|tras|despues de|luego de|em|apos|depois de|dentro de|apres|nach|innerhalb von|in nur|binnen|seulement|solo)';
const LATER = '(?:later|after|post|despues|mas tarde|depois|mais tarde|plus tard|apres|spater|danach)';
/** Aftercare instructions, not results: "avoid retinol for 3 days after", "for the first 2 days after". */
const INSTRUCTION = /(?:^|[^\p{L}])(?:for|avoid|wait|during|until|durante|por|hasta|pendant|jusqu'a|fur|bis|wahrend)(?: [^\s.,;:!?]+){0,3}[ \-–]$/u;

const SMALL_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, un: 1, una: 1, uno: 1, um: 1, uma: 1, une: 1, ein: 1, einer: 1, einem: 1,
  two: 2, dos: 2, dois: 2, duas: 2, deux: 2, zwei: 2, three: 3, tres: 3, trois: 3, drei: 3,
  four: 4, cuatro: 4, quatro: 4, quatre: 4, vier: 4, five: 5, cinco: 5, cinq: 5, funf: 5, six: 6, seven: 7, ten: 10,
};

/**
 * "In 3 days" or "48 hours later" contradicts the timeline; a week or more does not: around days 7–10
 * some people glow [S0], weeks 1–2 bring a first glow [S2] (what the reason itself says to expect).
 */
function isWithinDays(match: string): boolean {
  if (/^an? \S+ post$/u.test(match)) return false; // "a day post": a kind of post, not a time
  if (/(?:^|[\s\d])(?:hours?|hrs?|h|horas?|heures?|stunden?)(?:\s|$)/u.test(match)) return true;
  const weeks = /(?:^|\s)(?:weeks?|semanas?|semaines?|wochen?)(?:\s|$)/u.test(match);
  const digits = /\d{1,3}/u.exec(match);
  const wordNumber = match.split(' ').find((word) => word in SMALL_WORDS);
  const n = digits ? Number(digits[0]) : wordNumber ? (SMALL_WORDS[wordNumber] ?? 3) : 3; // "a few days" ≈ 3
  return !weeks && n < 7;
}

const CLAIMS: readonly Claim[] = [
  {
    id: 'claims.one-session',
    kb: 'course',
    strength: 0.5,
    applies: needlingOrUnknown,
    tags: ['onesession', '1session', 'onesessionresults', 'onesessionlater', 'unasesion', 'umasessao', 'uneseance'],
    reason: 'It presents this as the result of a single session. For microneedling, our sources expect a course of about 3–6 sessions, 4–6 weeks apart, before the full change shows.',
    terms: [
      '(?:after|in|with|from) (?:just |only )?(?:one|1|a single|a|my first|the first) (?:microneedling |dermapen |needling |rf |prp )?(?:session|sesh|treatment|appointment)(?! plan)',
      // "1 session of microneedling", "1 microneedling session later", "1st session before and after"
      // (a result word must follow: "one more session to go", "one session every 6 weeks" claim nothing)
      '(?:1|one|1st|single) (?:\\p{L}+ )?(?:session|sesh|treatment)(?= (?:later|results?|of|before|transformation)(?![\\p{L}]))', 'one and done',
      '(?:one|1|single|first) (?:session|treatment) (?:later|results?|only|transformation)', '(?:just|only) (?:one|1) (?:session|treatment)',
      '(?:en|con|tras|despues de|luego de) (?:solo |solamente )?(?:una|1|la primera) (?:sola )?sesion', 'una sola sesion', '(?:una|1) sesion (?:despues|mas tarde)',
      '(?:em|com|apos|depois de|de) (?:apenas |so )?(?:uma|1|a primeira) sessao', 'numa (?:unica )?sessao', 'uma unica sessao', '(?:uma|1) sessao depois',
      '(?:en|apres|avec) (?:seulement |juste )?(?:une|1|la premiere) (?:seule )?seance', 'une seule seance', '(?:une|1) seance plus tard',
      '(?:nach|in|mit) (?:nur )?(?:einer|1|der ersten) (?:einzigen )?(?:sitzung|behandlung)', 'nur (?:eine|1) (?:sitzung|behandlung)',
    ],
  },
  {
    id: 'claims.within-days',
    kb: 'timeline',
    strength: 0.5,
    applies: needlingOrUnknown,
    reason: 'It shows the change after only hours or days. For microneedling, our sources expect redness first, a first glow after a week or two, and the clearest change 3–6 months in.',
    terms: [`${WITHIN} ${NUM}${SHORT_UNIT}`, `${NUM}${SHORT_UNIT} ${LATER}`, 'within days', 'in days', 'en (?:pocos|unos) dias', 'em poucos dias', 'en quelques jours', 'in wenigen tagen'],
    accept: isWithinDays,
    notAfter: INSTRUCTION,
  },
  {
    id: 'claims.overnight',
    kb: 'timeline',
    strength: 0.6,
    applies: needlingOrUnknown,
    tags: ['overnightresults', 'overnightglow'],
    reason: 'It promises a change overnight. For microneedling, our sources describe results that build up gradually over months as new collagen forms.',
    terms: ['overnight', 'over night', 'de la noche a la manana', 'en una noche', 'da noite para o dia', 'du jour au lendemain', 'en une nuit', 'uber ?nacht'],
  },
  {
    id: 'claims.instant',
    kb: 'timeline',
    strength: 0.5,
    applies: needlingOrUnknown,
    tags: ['instantresults', 'instantresult', 'resultadosinmediatos', 'resultadosimediatos', 'resultatsimmediats'],
    reason: 'It promises instant results. For microneedling, our sources expect a few days of redness, then a change that builds over 3–6 months (two of them say some improvement can show after the first session, not the finished result).',
    terms: [
      // "immediately after the session" describes redness, not results: left out
      '(?:instant|instantly|instantaneous|immediate|immediately)(?! after| despues| depois| apres| nach)', 'results? (?:right|straight) away',
      '(?:resultados? |efecto )?(?:inmediat[oa]s?|instantane[oa]s?|al instante)(?! despues| tras)', 'inmediatamente(?! despues| tras)', 'imediat[oa]s?',
      // ... and "immediately after the session" in the other languages too
      'imediatamente(?! apos| depois)', 'instantane(?:e|es|ment)?', 'immediat(?:e|es|s|ement)?(?! apres)', 'tout de suite(?! apres)',
      'sofort(?:ig(?:e|er|es|en)?)?(?! nach)', 'augenblicklich',
    ],
  },
  {
    id: 'claims.permanent',
    kb: 'course',
    strength: 0.6,
    applies: knownToFade,
    tags: ['permanentresults', 'resultadospermanentes'],
    reason: 'It promises permanent results. Our sources say results do not last for good: skin keeps ageing and maintenance or repeat sessions are needed.',
    terms: [
      'permanent(?:ly)?(?! (?:scar\\p{L}*|damage|hair|marks?))', '(?:gone|bye|goodbye|lasts?|lasting|results?|clear|smooth) forever', 'forever (?:gone|young|results?|clear|smooth)', '(?:gone|clear|away) for good',
      'permanentes?', 'permanentemente', 'para siempre', 'para sempre', 'resultados? definitiv[oa]s?', 'resultats? definitifs?', 'pour toujours', 'a vie',
      'dauerhaft(?:e|er|es|en)?', 'fur immer', 'lebenslang',
    ],
  },
  {
    id: 'claims.no-downtime',
    kb: 'timeline',
    strength: 0.5,
    applies: clinicNeedling,
    reason: 'It promises no downtime. Our sources expect 1–3 days of redness and sensitivity after microneedling: that is normal, and a post that hides it is not the whole story.',
    terms: [
      // "no redness" is left out: "day 3, no redness" is an honest diary line
      '(?:no|zero|0|without|without any) (?:downtime|down time|recovery time)', 'sin (?:downtime|tiempo de (?:recuperacion|inactividad))',
      'sem (?:downtime|tempo de recuperacao)', 'sans (?:downtime|temps de recuperation|eviction sociale)', '(?:keine|ohne) (?:downtime|ausfallzeit(?:en)?)',
    ],
  },
  {
    id: 'claims.look-younger',
    kb: 'limits',
    strength: 0.6,
    applies: needlingOrUnknown,
    reason: 'It promises to make someone look years younger. Our sources say real results are natural and gradual: microneedling does not make you look 18 again.',
    terms: [
      'look(?:ing)? (?:like )?(?:i\'?m |im )?(?:18|20|eighteen|twenty)(?: again)?', '\\d{1,2} years younger', '(?:ten|five|twenty) years younger',
      'face transplant', '(?:brand )?new face(?! (?:serum|mask|wash|cream|oil|products?|routine|care|masks))', 'parec(?:er|o) de (?:18|20)', '\\d{1,2} anos mas joven', '\\d{1,2} anos menos', 'cara nueva', 'nueva cara',
      'trasplante de cara', '\\d{1,2} anos mais jovem', 'rosto novo', 'novo rosto', 'transplante de rosto', '\\d{1,2} ans de moins',
      'rajeuni(?:r|e|s)? de \\d{1,2} ans', 'nouveau visage', 'greffe de visage', '\\d{1,2} jahre junger', 'neues gesicht', 'wie 18',
    ],
  },
  {
    id: 'claims.erase-100',
    kb: 'limits',
    strength: 0.6,
    applies: needlingOrUnknown,
    reason: 'It promises scars or marks completely erased. Our sources describe microneedling as gradual improvement over several sessions, with deep scars needing more, not marks vanishing.',
    terms: [
      '(?:erase[sd]?|remove[sd]?|eliminate[sd]?|elimina\\p{L}*|borra\\p{L}*|apaga\\p{L}*|efface\\p{L}*|entfern\\p{L}*|cure[sd]?|gone)(?: [^\\s]+){0,3} 100 ?%',
      '100 ?% (?:gone|removed|erased|clear|cured|fixed|scar ?-?free|eliminad\\p{L}*|borrad\\p{L}*|apagad\\p{L}*|efface\\p{L}*|disparu\\p{L}*|desaparec\\p{L}*|entfernt|weg)',
      '(?:scars?|acne scars|marks|wrinkles?|lines|pores|spots|pigmentation) (?:are |is )?(?:completely |totally )?(?:gone|erased|removed|vanished)', 'completely (?:erased|removed|gone|cured)',
      'no more scars', 'scar ?-?free', 'sin cicatrices', 'adios (?:a las )?cicatrices', 'adeus (?:as )?cicatrizes', 'sem cicatrizes', 'plus de cicatrices',
      'keine narben mehr', 'narben (?:sind )?weg',
    ],
  },
];

/**
 * A claim someone else makes, quoted to debunk it: "posts promising instant results", "stop expecting
 * results in 3 days", "anyone who promises overnight results". The verb must be close before the claim
 * (at most three words between, within the clause).
 */
const REPORTED =
  /(?:^|[^\p{L}])(?:promising|promises|expecting|if you want|fall for|sells?|selling|prometen|promettent|versprechen)\s+(?:[^\s.,;:!?]+\s+){0,3}$/u;

const CLAIMS_RE = table(CLAIMS.map((claim) => claim.terms));
const CLAIM_TAGS = CLAIMS.map((claim) => new Set(claim.tags ?? []));

/** Does this match still claim something once negation, questions and the claim's own check are applied? */
function stands(p: ReturnType<typeof prepare>, claim: Claim, hit: Found): boolean {
  if (isNegated(p, hit.start) || isQuestion(p, hit.end)) return false;
  const before = p.text.slice(Math.max(0, hit.start - 48), hit.start);
  if (REPORTED.test(before) || claim.notAfter?.test(before)) return false;
  return !claim.accept || claim.accept(p.text.slice(hit.start, hit.end));
}

/**
 * Claims that contradict the knowledge base (treatments.md, "Social media before/after posts" [S0],
 * "Expected timeline" [S0 S2], "Course of treatment" [S1 S2 S3], "Does not" [S0]).
 */
export function detectClaims(input: TextInput, context: SignalContext): Reason[] {
  const p = prepare(input);
  const byClaim = new Map<Claim, string[]>();
  for (const hit of findAll(p, CLAIMS_RE)) {
    const claim = CLAIMS[hit.row];
    if (!claim || !claim.applies(context.treatment) || !stands(p, claim, hit)) continue;
    byClaim.set(claim, [...(byClaim.get(claim) ?? []), hit.raw]);
  }
  CLAIMS.forEach((claim, i) => {
    const names = CLAIM_TAGS[i];
    if (!names?.size || !claim.applies(context.treatment)) return;
    const tags = tagsIn(p, names);
    if (tags.length) byClaim.set(claim, [...(byClaim.get(claim) ?? []), ...tags]);
  });
  return [...byClaim].map(([claim, found]) => ({
    signal: 'claims',
    id: claim.id,
    strength: claim.strength,
    evidence: evidenceOf(found),
    reason: claim.reason,
    kb: claim.kb,
  }));
}
