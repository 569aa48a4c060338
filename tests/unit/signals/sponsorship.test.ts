import { describe, expect, it } from 'vitest';
import { detectSponsorship } from '../../../utils/signals/sponsorship';
import type { PostLabels } from '../../../utils/sites/types';
import { HOSTILE_NOTHING, post } from './make-input';

const ctx = { treatment: null };

type Case = [caption: string, hashtags: string[], labels: Partial<PostLabels>, id: string, evidence: string];

const POSITIVE: readonly Case[] = [
  ['Microneedling day 3', [], { paidPartnership: true }, 'sponsorship.paid-partnership', 'Paid partnership label'],
  ['Glow season ✨', [], { sponsored: true }, 'sponsorship.sponsored', 'Sponsored label'],
  ['My results after 3 sessions', ['ad', 'microneedling'], {}, 'sponsorship.disclosure', '#ad'],
  ['Thanks @glowclinic for having me! #sponsored', [], {}, 'sponsorship.disclosure', '#sponsored'],
  ['Paid partnership with @dermaclinic', [], {}, 'sponsorship.disclosure', 'Paid partnership'],
  ['(ad) my honest review', [], {}, 'sponsorship.disclosure', '(ad)'],
  ['Werbung | Microneedling bei @praxis', [], {}, 'sponsorship.disclosure', 'Werbung'],
  ['Mi experiencia #publi #colaboración', [], {}, 'sponsorship.disclosure', '#publi'],
  ['Hautpflege-Routine', ['Anzeige'], {}, 'sponsorship.disclosure', '#Anzeige'],
  ['Gifted by @brand, all opinions mine', [], {}, 'sponsorship.disclosure', 'Gifted by'],
  ['Use code GLOW20 for 20% off 💸', [], {}, 'sponsorship.code', 'Use code GLOW20'],
  ['Usa mi código PIEL15 en la web', [], {}, 'sponsorship.code', 'Usa mi código PIEL15'],
  ['Mit dem Code HAUT10 spart ihr', [], {}, 'sponsorship.code', 'Mit dem Code'],
  ['Code promo : PEAU10', [], {}, 'sponsorship.code', 'Code promo'],
  ['Link in bio to book 💉', [], {}, 'sponsorship.call-to-action', 'Link in bio'],
  ['Book now, only 3 spots left this month', [], {}, 'sponsorship.call-to-action', 'Book now'],
  ['Link na bio para agendar', [], {}, 'sponsorship.call-to-action', 'Link na bio'],
  ['Lien en bio ✨', [], {}, 'sponsorship.call-to-action', 'Lien en bio'],
];

const NEGATIVE: readonly [caption: string, hashtags: string[]][] = [
  ['Look at this puppy', ['adorable']],
  ['Not sponsored, I paid for every session myself', []],
  ['No filter, just sunscreen', ['nofilter', 'skincare']],
  ['I added a new step to my routine', []],
  ['Thanks for 10k followers 🥹', []],
  ['Bio-oil on my scars every night', []],
  ['Booked my third session for next month', []],
  ['Pub quiz night with the girls', []],
  ['The clinic follows a strict code of conduct', []],
  ['My partner did my dermaroller session', ['partnerincrime']],
  ['Sin publicidad, solo mi experiencia', []],
  ...HOSTILE_NOTHING.map((caption): [string, string[]] => [caption, []]),
];

describe('detectSponsorship', () => {
  it.each(POSITIVE)('finds sponsorship in: %s', (caption, hashtags, labels, id, evidence) => {
    const reasons = detectSponsorship(post(caption, hashtags, labels), ctx);
    const reason = reasons.find((r) => r.id === id);
    expect(reason, JSON.stringify(reasons)).toBeDefined();
    expect(reason?.evidence).toContain(evidence);
    expect(reason?.kb).toBe('social-posts');
    expect(reason?.signal).toBe('sponsorship');
  });

  it.each(NEGATIVE.map(([caption, tags]) => [caption.slice(0, 50), caption, tags] as const))('finds none in: %s', (_, caption, hashtags) => {
    expect(detectSponsorship(post(caption, hashtags), ctx)).toEqual([]);
  });

  it('quotes the discount itself', () => {
    const [reason] = detectSponsorship(post('Use code GLOW20 for 20% off'), ctx);
    expect(reason?.evidence).toEqual(['Use code GLOW20', '20% off']);
  });

  it('gives one reason per kind, labels first', () => {
    const reasons = detectSponsorship(post('#ad #sponsored use code SKIN10, link in bio', [], { paidPartnership: true, sponsored: true }), ctx);
    expect(reasons.map((r) => r.id)).toEqual([
      'sponsorship.paid-partnership', 'sponsorship.sponsored', 'sponsorship.disclosure', 'sponsorship.code', 'sponsorship.call-to-action',
    ]);
    expect(reasons[2]?.evidence).toEqual(['#ad', '#sponsored']);
  });

  it('returns on 100 KB adversarial captions', () => {
    expect(detectSponsorship(post('code '.repeat(20_000)), ctx)).toEqual([]);
    expect(detectSponsorship(post('#ad '.repeat(25_000)), ctx).map((r) => r.evidence)).toEqual([['#ad']]);
  });
});
