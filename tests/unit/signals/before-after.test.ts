import { describe, expect, it } from 'vitest';
import { detectBeforeAfter, hasBeforeAfterCue, isSkinBeforeAfter, mayHaveCue, mayHaveCueIn } from '../../../utils/signals/before-after';
import { HOSTILE_NOTHING, post } from './make-input';

/** [caption, hashtags, the before/after cue the evidence must quote, a skin word it must quote] */
const POSITIVE: readonly [string, string[], string, string][] = [
  ['Microneedling before and after ✨ 3 sessions in', [], 'before and after', 'Microneedling'],
  ['Antes y después de mi tratamiento para las cicatrices de acné 😍', [], 'Antes y después', 'cicatrices'],
  ['Antes e depois do microagulhamento, pele nova!', [], 'Antes e depois', 'microagulhamento'],
  ['Avant/après : trois séances sur mes cicatrices d’acné', [], 'Avant/après', 'cicatrices'],
  ['Vorher nachher – Aknenarben, endlich glattere Haut', [], 'Vorher nachher', 'Aknenarben'],
  ['Day 1 vs day 90 of treating my acne scars', [], 'Day 1 vs day 90', 'acne'],
  ['Día 1 vs día 30 con mi rutina para las manchas', [], 'Día 1 vs día 30', 'manchas'],
  ['1 session later 😳 the texture!!', ['dermapen'], '1 session later', 'texture'],
  ['Before ➡️ After | glass skin era', [], 'Before ➡️ After', 'skin'],
  ['Week 1 vs week 6 of tretinoin, pores are finally smaller', [], 'Week 1 vs week 6', 'pores'],
  ['My skin journey 🙏', ['beforeandafter', 'acnescars'], '#beforeandafter', 'skin'],
  ['6 months progress on my melasma', [], '6 months progress', 'melasma'],
  ['Botox b&a 💉 forehead lines softened', [], 'b&a', 'Botox'],
  ['1 sesión después 😍 adiós poros', [], '1 sesión después', 'poros'],
  ['Nach 3 Sitzungen: meine Haut ist wie neu', [], 'Nach 3 Sitzungen', 'meine Haut'],
  ['😩➡️😍 acne finally calm', [], '😩➡️😍', 'acne'],
  ['بشرتي قبل وبعد', ['antesydespues', 'skincare'], '#antesydespues', 'skincare'],
  ['<img src=x onerror=alert(1)> before/after microneedling', [], 'before/after', 'microneedling'],
  ['Glow up 2 sessions later #skinprogress', [], '2 sessions later', 'skinprogress'],
  ['3 sessões depois, a minha pele 😭', ['transformacao'], '3 sessões depois', 'pele'],
  // Styled letters, phone dashes and other arrows
  ['𝗕𝗲𝗳𝗼𝗿𝗲 𝗮𝗻𝗱 𝗮𝗳𝘁𝗲𝗿 𝗺𝗶𝗰𝗿𝗼𝗻𝗲𝗲𝗱𝗹𝗶𝗻𝗴', [], '𝗕𝗲𝗳𝗼𝗿𝗲 𝗮𝗻𝗱 𝗮𝗳𝘁𝗲𝗿', '𝗺𝗶𝗰𝗿𝗼𝗻𝗲𝗲𝗱𝗹𝗶𝗻𝗴'],
  ['Before — after, my acne scars', [], 'Before — after', 'acne'],
  ['before --> after dermapen', [], 'before --> after', 'dermapen'],
  ['Before ➜ after: pores', [], 'Before ➜ after', 'pores'],
  ['before 》after, acne scars', [], 'before 》after', 'acne'],
  ['Before • after: my pores', [], 'Before • after', 'pores'],
  ['pre and post microneedling', [], 'pre and post', 'microneedling'],
  ['pre  and\u200bpost microneedling', [], 'pre  and\u200bpost', 'microneedling'],
  ['😭🔜😍 acne finally calm', [], '😭🔜😍', 'acne'],
  ['😭👉🏻😍 acne finally calm', [], '😭👉🏻😍', 'acne'],
  // Another subject the post denies does not count against skin
  ['Acne scars before and after 4 sessions. Wearing no makeup, hair tied back, same lamp', [], 'before and after', 'Acne'],
  // A denial of something else is no denial of the cue
  ['No makeup before and after 1 session, acne scars', [], 'before and after', 'acne'],
];

/** Before/after posts of other things, and posts about skin that are no before/after. */
const NEGATIVE: readonly [string, string[]][] = [
  ['Garden makeover before and after 🌿', ['garden']],
  ['Haircut before and after ✂️', ['barber', 'skinfade']],
  ['Car detailing before/after, look at that shine', ['carwash']],
  ['Weight loss transformation: day 1 vs day 365, down 30 kg', ['gym', 'fitness']],
  ['Kitchen renovation antes y después 🏠', []],
  ['Nail art vorher nachher 💅', ['nails']],
  ['Teeth whitening before and after 😁', ['smile']],
  ['Makeup transformation 💄 full glam before and after, my face!', ['makeup']],
  ['Room makeover avant/après', ['homedecor']],
  ['Dog grooming before & after 🐶', []],
  ['My nighttime skincare routine 🌙 serum, moisturiser, done', ['skincare']],
  ['Apply sunscreen before bed? No! After cleansing, every morning.', []],
  ['לפני ואחרי של המטבח שלנו', []],
  ['<script>alert("before and after")</script>', []],
  // A tie is the other subject's: make-up and tattoo posts mention skin in passing.
  ['Makeup before and after ✨ skin prep is everything', ['makeup', 'grwm']],
  ['Maquillaje antes y después, piel perfecta ✨', []],
  ['Tattoo before and after healing, skin peeled for 2 weeks', []],
  ['Self tan before and after, glowing skin', []],
  // Tag parts inside other words, and "glow up" as the only face word
  ['My room glow up ✨', ['aesthetic', 'roomdecor']],
  ['Outfit transformation', ['aesthetic']],
  ['Trip before and after', ['singapore', 'oscars']],
  ['Glow up check: 6 months of therapy', []],
  // Emoji and quotes used as punctuation do not join them either; #scarf and #scary are no scars
  ['my skin before 😭 after that I went to bed', []],
  ['acne before “ ” after', []],
  ['Outfit before and after', ['scarf', 'scary']],
  // Sentence punctuation does not join before and after
  ['Cleanse before. After that, a serum for my skin', []],
  // The post denies being one
  ['This is NOT a before and after, just my skin today', []],
  ['Esto no es un antes y después, solo mi piel hoy', []],
  ["Ce n'est pas un avant/après, juste ma peau", []],
];

describe('detectBeforeAfter', () => {
  it.each(POSITIVE)('is a before/after of skin: %s', (caption, hashtags, cue, skin) => {
    const match = detectBeforeAfter(post(caption, hashtags));
    expect(match.isBeforeAfter).toBe(true);
    expect(match.aboutSkin).toBe(true);
    expect(match.evidence).toContain(cue);
    expect(match.evidence.some((item) => item.includes(skin))).toBe(true);
    expect(match.evidence.join(' ')).not.toContain('<');
  });

  it.each(NEGATIVE)('is not one of ours: %s', (caption, hashtags) => {
    expect(detectBeforeAfter(post(caption, hashtags)).isBeforeAfter).toBe(false);
  });

  it.each(HOSTILE_NOTHING.map((caption) => [caption.slice(0, 30), caption]))('finds nothing in hostile text %#', (_, caption) => {
    expect(detectBeforeAfter(post(caption))).toEqual({ isBeforeAfter: false, aboutSkin: false, evidence: [], offTopic: [] });
  });

  it('names the other subject of an off-topic before/after', () => {
    const match = detectBeforeAfter(post('Haircut before and after', ['barber']));
    expect(match.offTopic).toEqual(['Haircut', '#barber']);
    expect(match.evidence).toContain('before and after');
  });

  it('lets skin words outweigh a passing mention of another subject', () => {
    const match = detectBeforeAfter(post('Acne scars before and after, no makeup, just microneedling'));
    expect(match.isBeforeAfter).toBe(true);
    expect(match.offTopic).toEqual([]);
  });

  it('knows a skin post without a before/after', () => {
    expect(detectBeforeAfter(post('Dermapen aftercare: SPF and no makeup for 24 h'))).toMatchObject({ isBeforeAfter: false, aboutSkin: true });
  });

  it('reads only the start of a long caption, but every listed hashtag', () => {
    const late = `${'so '.repeat(3000)} microneedling before and after`;
    expect(detectBeforeAfter(post(late)).isBeforeAfter).toBe(false);
    expect(detectBeforeAfter(post(late, ['beforeandafter', 'microneedling'])).isBeforeAfter).toBe(true);
  });

  it('returns on 100 KB adversarial captions', () => {
    expect(detectBeforeAfter(post('before '.repeat(15_000))).isBeforeAfter).toBe(false);
    expect(detectBeforeAfter(post('before and after skin '.repeat(5_000))).isBeforeAfter).toBe(true);
    expect(detectBeforeAfter(post('day 1 vs day 1'.repeat(8_000) + '#'.repeat(20_000))).isBeforeAfter).toBe(false);
    expect(detectBeforeAfter(post('a', Array.from({ length: 5_000 }, () => 'b'.repeat(1_000)))).isBeforeAfter).toBe(false);
  });
});

describe('hasBeforeAfterCue (the scanner\'s cheap first look)', () => {
  it('passes every before/after post, so the full read never misses one', () => {
    const tricky: [string, string[]][] = [
      ['ＢＥＦＯＲＥ and ＡＦＴＥＲ microneedling', []],
      ['DÍA 1 VS DÍA 30, mi piel', []],
      ['Séance 2 → mes cicatrices', []],
      ['2 SESIÓNES DESPUÉS, adiós poros', []],
      ['3 sessões depois, pele nova', []],
      ['Nach 3 Behandlungen: meine Haut', []],
      ['my dermapen journey', ['SkinProgress']],
      ['😩 ➡️ 😍 acne', []],
      ['b & a microneedling', []],
    ];
    for (const [caption, hashtags] of [...POSITIVE.map(([c, h]) => [c, h] as [string, string[]]), ...tricky]) {
      const input = post(caption, hashtags);
      if (!detectBeforeAfter(input).isBeforeAfter) continue;
      expect(mayHaveCue(input), caption).toBe(true);
      expect(hasBeforeAfterCue(input), caption).toBe(true);
    }
    for (const [caption, hashtags] of POSITIVE) expect(hasBeforeAfterCue(post(caption, hashtags)), caption).toBe(true);
  });
  it('lets through cue words whatever the subject, and stops posts with no cue at all', () => {
    // Off-topic before/afters still carry a cue: the full read decides those.
    for (const [caption, hashtags] of NEGATIVE.slice(0, 5)) expect(hasBeforeAfterCue(post(caption, hashtags)), caption).toBe(true);
    for (const caption of ['Morning routine with my favourite serum', 'pasta night 🍝', 'Sunrise over the cliffs', '']) {
      expect(hasBeforeAfterCue(post(caption, [])), caption).toBe(false);
    }
  });
});

describe('isSkinBeforeAfter (the first look\'s short-cut)', () => {
  it('answers as detectBeforeAfter does, whichever subject list decides', () => {
    const cases: [string, string[]][] = [
      ...POSITIVE.map(([c, h]) => [c, h] as [string, string[]]),
      ...NEGATIVE,
      ['Before and after: my face after one facial', []], // face + skin words
      ['Before and after, glowing face', []], // face words only
      ['Before and after, glowing face and a new haircut', []], // face words lose to another subject
      ['Before and after: acne scars and my hair and nails', []], // skin 1 vs off-topic 2
      ['Before and after: acne scars, pores, my hair', []], // skin 2 vs off-topic 1
      ['Before and after 🚗 car detailing', ['beforeandafter', 'cardetailing']],
      ['Garden before and after one summer', ['gardening']],
      ['transformation', ['skin', 'hair']],
      ['microneedling', []], // a treatment, no cue
      ['Day 1 vs day 30', ['dermapen']],
      ['', []],
    ];
    for (const [caption, hashtags] of cases) {
      expect(isSkinBeforeAfter(post(caption, hashtags)), caption).toBe(detectBeforeAfter(post(caption, hashtags)).isBeforeAfter);
    }
  });
});

describe('mayHaveCueIn (the substring gate)', () => {
  it('needs a unit word to start a word, so everyday words do not pass', () => {
    for (const text of ['Posted today on instagram', 'Three times, sometimes more', 'social media manager', 'a holiday']) {
      expect(mayHaveCueIn(text), text).toBe(false);
    }
    for (const text of ['day 1 vs day 30', '3 sessions later', '#day1', 'nach 3 Behandlungen', '(week 2)']) {
      expect(mayHaveCueIn(text), text).toBe(true);
    }
  });
  it('passes any text that contains a post\'s words with a cue (a caption element\'s whole text)', () => {
    for (const [caption, hashtags] of POSITIVE) {
      const whole = `<b>${caption}</b>\n\n${hashtags.map((tag) => `#${tag}`).join('')} · 2d ago`;
      expect(mayHaveCueIn(whole), caption).toBe(true);
    }
  });
});
