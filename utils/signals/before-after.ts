import { ANY_TREATMENT_RE } from './treatment';
import { evidenceOf, findAll, isNegated, MAX_CAPTION_CHARS, prepare, tagsContaining, words, type PreparedText } from './text';
import type { TextInput } from './types';

export interface BeforeAfterMatch {
  /** A before/after (or progress) post about skin, the face or a cosmetic treatment. */
  isBeforeAfter: boolean;
  /** The text is about skin, the face or a cosmetic treatment (whether or not it is a before/after). */
  aboutSkin: boolean;
  /** The before/after words, then the skin words, as the post wrote them. */
  evidence: string[];
  /** Words showing the post is about something else (a haircut, a garden, weight loss…). */
  offTopic: string[];
}

// All terms are normalised (lower case, accents stripped): "después" is matched as "despues".
const BEFORE = '(?:before|b4|antes|avant|vorher)';
const AFTER = '(?:after|despues|depois|apres|nachher)';
const ARROW = '(?:-->|->|=>|>>|→|➡|➜|➔|⇒|⇨|⟶|👉|⏩|▶|►|⬇|🔜)';
// Dashes too: phones turn "before - after" into "before – after" or "before — after".
// And any short run of symbols people put between the two ("before 》 after", "before • after", "before ~> after"),
// but not sentence punctuation ("I washed before. After that…").
// Not emoji either ("before 😭 after that I went to bed"): the ones that join are named in ARROW.
const SYMBOLS = "(?:(?![\\p{Extended_Pictographic}“”«»「」。])[^\\p{L}\\p{N}\\s.,;!?'\"()\\[\\]] ?){1,4}";
const JOIN = `(?: ?(?:and|&|&amp;|\\+|/|//|\\||-|–|—|vs\\.?|versus|to|into|x|y|e|et|und|n|'n'|:|${ARROW}|${SYMBOLS}) ?| )(?:el |o |l'|le |das )?`;
/** "pre and post", "pre vs post": a clinic's way of saying it. */
const PRE_POST = 'pre ?(?:and|&|/|vs\\.?|-|–|to) ?post';
const NUM = '(?:\\d{1,3}|one|two|three|four|five|six|un|una|uno|dos|tres|cuatro|cinco|seis|um|uma|dois|duas|quatro|une|deux|trois|quatre|cinq|ein|eine|einer|einem|zwei|drei|vier|funf|sechs)';
const UNIT = '(?:day|dia|jour|tag|week|wk|semana|semaine|woche|month|mes|mois|monat|session|sesion|sessao|seance|sitzung|treatment|tratamiento|tratamento|behandlung)';
const UNITS = '(?:sessions?|sesion(?:es)?|sess(?:ao|oes)|seances?|sitzung(?:en)?|treatments?|tratamientos?|tratamentos?|behandlung(?:en)?|months?|mes(?:es)?|mois|monat(?:e|en)?|weeks?|semanas?|semaines?|wochen?|days?|dias|jours|tage|tagen)';
const LATER = '(?:later|in|after|on|progress|update|results?|despues|mas tarde|depois|mais tarde|plus tard|apres|spater|danach|de progreso|de progresso|de progres|fortschritt)';
const SINCE = '(?:after|despues de|luego de|tras|depois de|apos|apres|nach)';
const FACE_EMOJI = '[\\u{1F600}-\\u{1F64F}\\u{1F910}-\\u{1F92F}\\u{1F970}-\\u{1F97A}]';

/**
 * Before/after and progress cues in English, Spanish, Portuguese, French and German. Any before word
 * with any after word is accepted ("antes/after" is rare but harmless).
 */
const CUE_RE = words([
  `${BEFORE}${JOIN}${AFTER}`,
  'b ?& ?a',
  `${BEFORE} ?:? ?${ARROW}`,
  // "day 1 vs day 90", "semana 1 x semana 6", "Tag 1 vs. Tag 30": a join is required so "day 12" is not read as "day 1, 2"
  `${UNIT} ?\\d{1,3} ?(?:vs\\.?|versus|to|x|a|-|/|contre|bis|hasta|ate|${ARROW}) ?(?:${UNIT} ?)?\\d{1,3}`,
  // "1 session later", "3 sessions in", "6 months progress", "1 sesion despues"
  `${NUM} ${UNITS} ${LATER}`,
  // "after 3 sessions", "despues de 2 sesiones", "nach 3 Sitzungen"
  `${SINCE} ${NUM} ${UNITS}`,
  'transformation|transformacion|transformacao|verwandlung|glow ?-?up',
  PRE_POST,
  'swipe (?:to see |for )?(?:the )?(?:after|results?)',
]);
/** "😩 ➡️ 😍": face emoji either side of an arrow (emoji sit outside word boundaries). */
const SKIN_TONE = '[\\u{1F3FB}-\\u{1F3FF}]?'; // "👉🏻"
const EMOJI_CUE_RE = new RegExp(`${FACE_EMOJI}${SKIN_TONE} ?${ARROW}${SKIN_TONE} ?${FACE_EMOJI}`, 'gu');
const CUE_TAGS = [
  'beforeandafter', 'beforeafter', 'beforenafter', 'antesydespues', 'antesdespues', 'antesedepois', 'antesdepois', 'antesxdepois',
  'avantapres', 'vorhernachher', 'transformation', 'transformacion', 'transformacao', 'glowup', 'progress', 'progreso', 'progresso',
  'results', 'resultados', 'resultats', 'ergebnis',
];

/** Words that put a post on skin, the face or a cosmetic treatment (treatment names are matched separately). */
const SKIN_RE = words([
  // English
  'skin(?!ny)\\p{L}*', 'complexion', 'acne\\p{L}*', 'pimples?', 'breakouts?', 'zits?', 'scar(?![fy])\\p{L}*', 'pores?', 'poreless',
  'wrinkles?', 'fine lines?', "crow'?s feet", 'texture', '(?:hyper)?pigmentation', '(?:dark|sun|age) spots?', 'melasma', 'blackheads?',
  'whiteheads?', 'rosacea', 'redness', 'dermatolog\\p{L}*', 'derm', 'esthetician', 'aesthetician', 'facials?', 'collagen', 'fillers?',
  'hyaluronic', '(?:cosmetic|aesthetic|esthetic) (?:treatment|procedure)s?',
  // Spanish, Portuguese
  'piel', 'cutis', 'granos', 'espinillas', 'espinhas', 'cicatri\\p{L}*', 'poros', 'arrugas', 'rugas', 'lineas de expresion',
  'linhas de expressao', 'manchas', 'textura', 'colageno', 'puntos negros', 'cravos', 'peles?', 'tratamientos? esteticos?',
  'tratamentos? esteticos?', 'tratamiento facial', 'limpeza de pele',
  // French
  'peau', 'boutons', 'rides', 'ridules', 'taches', 'grain de peau', 'collagene', 'points noirs', 'soins? du visage', 'soins? esthetiques?',
  // German ("Haut" alone is also French for "high", so only in phrases)
  'hautbild', 'hautpflege', 'hautarzt\\p{L}*', 'hautstruktur', '(?:meine|meiner|die|der|unreine|reine) haut', 'akne\\p{L}*', 'pickel',
  'narben', 'poren', 'falten', 'faltchen', 'pigmentflecken', 'mitesser', 'kollagen', 'gesichtsbehandlung',
]);
const SKIN_TAGS = [
  'skin', 'acne', 'wrinkle', 'derma', 'facial', 'piel', 'pele', 'peau', 'cicatri', 'melasma', 'collagen', 'colageno',
  'hautpflege', 'akne', 'narben', 'esthetician', 'estetica', 'rosacea', 'pigment',
];
/** Skin parts of tags that hide inside other words (#singapore, #oscars, #scarf, #scary): only at a tag's start, as SKIN_RE reads them. */
const SKIN_TAG_START = /^(?:pore|scar(?![fy]))/u;
/** Face words are weaker: a haircut or a make-up post shows a face too. */
/** ("glow up" is a cue, not a face: "room glow up" is not about skin.) */
const FACE_RE = words(['faces?', 'glow(?:ing|y)?(?! ?-?up)', 'cara', 'rostro', 'rosto', 'visage', 'gesicht', 'teint']);

/**
 * Other subjects of before/after posts that are not ours. Decided: hair, make-up, teeth, nails,
 * tattoos, weight loss and fitness, homes, gardens, cars and pets are outside the product (the
 * knowledge base is about skin treatments), so they make a post `none` unless skin words outweigh them.
 */
const OFF_TOPIC_RE = words([
  'hair\\p{L}*', 'barber\\p{L}*', 'balayage', 'corte de (?:pelo|cabelo)', 'cabell?o', 'cheveux', 'coiffure', 'haare?', 'frisur', 'skin ?fade',
  'make ?-?up', 'makeup\\p{L}*', 'maquillaje', 'maquiagem', 'maquillage', 'schminke', 'tanning', 'self ?-?tan\\p{L}*', '(?:spray|fake) ?tan',
  'teeth', 'tooth', 'smile', 'braces', 'veneers', 'invisalign', 'dientes', 'dentes', 'dents', 'zahne', 'nails?', 'manicure', 'unas', 'unhas',
  'ongles', 'nagel', 'tattoos?', 'tatuajes?', 'tatuagem',
  'weight ?loss', '\\d{1,3} ?(?:kg|lbs?|pounds|kilos)', 'gym', 'fitness', 'workout', 'abs', 'glutes?', 'perdida de peso', 'emagrecimento',
  'perte de poids', 'abnehmen', 'abgenommen',
  'garden', 'jardin', 'jardim', 'garten', 'lawn', 'cars?', 'coche', 'carro', 'voiture', 'auto', 'room', 'bedroom', 'kitchen', 'bathroom',
  'house', 'makeover', 'renovation', 'renovacion', 'reforma', 'renovacao', 'renovierung', 'furniture', 'sofa', 'dog', 'puppy', 'grooming',
]);
const OFF_TOPIC_TAGS = [
  'hair', 'barber', 'skinfade', 'makeup', 'maquiagem', 'maquillaje', 'nailart', 'nails', 'teeth', 'tattoo', 'weightloss', 'fatloss', 'fitness',
  'gym', 'workout', 'garden', 'homedecor', 'interior', 'renovation', 'carwash', 'detailing',
];

const raws = (p: PreparedText, re: RegExp): string[] => findAll(p, re).map((f) => f.raw);

/**
 * A cue the post itself denies: "this is NOT a before and after", "no es un antes y después",
 * "ce n'est pas un avant/après". Only a denial right before the cue counts: "no makeup before and
 * after" still is one.
 */
const DENIED_CUE = /(?:^|[^\p{L}])(?:(?:is|its|it's)\s+)?(?:not|isnt|isn't|aint|ain't)\s+(?:a\s+|an\s+|my\s+|your\s+)?$|(?:^|[^\p{L}])no\s+es\s+(?:un\s+)?$|(?:^|[^\p{L}])nao\s+e\s+(?:um\s+)?$|n'est\s+pas\s+(?:un\s+)?$|(?:^|[^\p{L}])(?:kein|keine|kein\s+richtiges)\s+$/u;
/** Other subjects the post names, except those it denies ("no makeup, hair tied back, same lamp" is good practice, not a make-up post). */
const offTopicOf = (p: PreparedText): string[] =>
  evidenceOf([...findAll(p, OFF_TOPIC_RE).filter((hit) => !isNegated(p, hit.start)).map((hit) => hit.raw), ...tagsContaining(p, OFF_TOPIC_TAGS)]);
const cueHits = (p: PreparedText) => findAll(p, CUE_RE).filter((hit) => !DENIED_CUE.test(p.text.slice(Math.max(0, hit.start - 30), hit.start)));
const skinTags = (p: PreparedText): string[] => [
  ...tagsContaining(p, SKIN_TAGS),
  ...p.tags.filter((tag) => SKIN_TAG_START.test(tag.norm)).map((tag) => tag.raw),
];

/**
 * Substrings every before/after cue contains once lower-cased and stripped of accents: a before
 * word, "&" (b&a), an arrow, or a transformation, glow-up, swipe, progress or results word (the cue
 * hashtags contain these anywhere: "#myskinprogress"). After words never form a cue on their own.
 */
const CUE_ANCHORS = [
  'before', 'b4', 'antes', 'avant', 'vorher', '&', '->', '=>', '>>', '→', '➡', '➜', '➔', '⇒', '⇨', '⟶', '👉', '⏩', '▶', '►', '⬇', '🔜',
  'transforma', 'verwandlung', 'glow', 'swipe', 'progres', 'result', 'ergebnis',
];
/**
 * The rest of the cues (progress phrases: "day 1 vs day 30", "3 sessions later", "nach 3
 * Behandlungen") all hold a unit word that starts a word, so "today", "times" or "instagram" do
 * not let a post through.
 */
const UNIT_AT_WORD_START =
  /(?:^|[^\p{L}\p{N}])(?:day|dia|jour|tag|week|wk|semana|semaine|woche|month|mes|mois|monat|session|sesion|sess|seance|sitzung|treatment|tratamient|tratament|behandlung)/u;
/** Folded as the signals' prepared text is: marks and format characters (zero-width, bidi) dropped, white space runs made one space. */
const MARKS = /[\p{M}\p{Cf}]+/gu;
const SPACES = /\s+/gu;
const PRE_POST_RE = new RegExp(PRE_POST, 'u');

/**
 * A cheap necessary condition for a cue in `text` (a post's words, or any text that contains them),
 * without the full text preparation: false means no cue for certain. Exported for the tests that
 * hold it to that promise.
 */
export function mayHaveCueIn(text: string): boolean {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ');
  return CUE_ANCHORS.some((anchor) => folded.includes(anchor)) || UNIT_AT_WORD_START.test(folded) || PRE_POST_RE.test(folded);
}

/** `mayHaveCueIn` for a post's words (the part of them the signals read). */
export function mayHaveCue(input: TextInput): boolean {
  return mayHaveCueIn(`${input.caption.slice(0, MAX_CAPTION_CHARS)} ${input.hashtags.join(' ')}`);
}

/**
 * Whether the words hold any before/after cue at all: the same cues `detectBeforeAfter` requires,
 * found the same way, so a post without one can never be a before/after post. The scanner runs this
 * cheap check first and reads the rest of a post only when it passes.
 */
export function hasBeforeAfterCue(input: TextInput): boolean {
  if (!mayHaveCue(input)) return false;
  const p = prepare(input);
  return cueHits(p).length > 0 || findAll(p, EMOJI_CUE_RE, 1).length > 0 || tagsContaining(p, CUE_TAGS).length > 0;
}

/**
 * Whether a post is a before/after of skin: a before/after cue plus a skin subject. How the subject is
 * decided, in order: a named treatment settles it; else skin words must outnumber other-subject
 * words (a tie, "makeup before and after, skin prep", is a make-up post); else face words count only
 * when no other subject is named.
 */
export function detectBeforeAfter(input: TextInput): BeforeAfterMatch {
  const p = prepare(input);
  const cues = evidenceOf([...cueHits(p).map((hit) => hit.raw), ...raws(p, EMOJI_CUE_RE), ...tagsContaining(p, CUE_TAGS)]);
  const treatments = raws(p, ANY_TREATMENT_RE);
  const skin = evidenceOf([...raws(p, SKIN_RE), ...skinTags(p)]);
  const offTopic = offTopicOf(p);
  const face = skin.length || treatments.length ? [] : evidenceOf(raws(p, FACE_RE));
  const aboutSkin =
    treatments.length > 0 || (skin.length > 0 && skin.length > offTopic.length) || (face.length > 0 && offTopic.length === 0);
  return {
    isBeforeAfter: aboutSkin && cues.length > 0,
    aboutSkin,
    evidence: evidenceOf([...cues, ...treatments, ...skin, ...face]),
    offTopic: aboutSkin ? [] : offTopic,
  };
}

/**
 * `detectBeforeAfter(input).isBeforeAfter`, answered with as little work as possible (the scanner's
 * first look runs it on every post with a cue): no evidence for the card, and each subject list
 * read only when the answer still depends on it. Held equal to `detectBeforeAfter` by its tests.
 */
export function isSkinBeforeAfter(input: TextInput): boolean {
  if (!hasBeforeAfterCue(input)) return false;
  const p = prepare(input);
  if (findAll(p, ANY_TREATMENT_RE).length > 0) return true;
  const skin = evidenceOf([...raws(p, SKIN_RE), ...skinTags(p)]).length;
  if (skin === 0 && findAll(p, FACE_RE).length === 0) return false;
  const offTopic = offTopicOf(p).length;
  return skin > 0 ? skin > offTopic : offTopic === 0;
}
