import { evidenceOf, findAll, isNegated, prepare, table, tagsIn } from './text';
import type { Reason, SignalContext, TextInput } from './types';

/**
 * Being paid does not make a photo false, but a seller's before/after is chosen to sell (knowledge
 * base, "Social media before/after posts" [S0]: dramatic, filtered posts are not what real results
 * look like). Strengths are modest, and utils/verdict.ts caps this signal so that sponsorship alone
 * never makes a post `doubtful` at the default sensitivity.
 */
const KINDS = [
  {
    id: 'sponsorship.disclosure',
    strength: 0.45,
    reason: 'The post says it is an ad or a paid or gifted collaboration: it was made to sell, so it may show the best case.',
    terms: [
      'paid partner(?:ship)?', 'sponsored(?: by| post)?', 'in (?:paid )?(?:partnership|collaboration) with', 'gifted(?: by)?', 'pr (?:package|sample)',
      '\\[(?:ad|anzeige|werbung|publi|pub)\\]', '\\((?:ad|anzeige|werbung|publi|pub)\\)', 'ad ?:',
      'colaboracion (?:pagada|remunerada|con)', 'patrocinado(?: por)?', 'en colaboracion con', 'contenido patrocinado', 'publicidad',
      'parceria (?:paga|com)', 'publicidade', 'publi(?:post)?', 'em parceria com', 'conteudo patrocinado', 'patrocinio',
      'partenariat (?:remunere|avec)', 'en partenariat avec', 'sponsorise(?:e)?(?: par)?', 'collaboration commerciale', 'produit offert',
      'bezahlte partnerschaft', '(?:unbezahlte )?werbung', 'anzeige', 'in kooperation mit', 'kooperation',
    ],
  },
  {
    id: 'sponsorship.code',
    strength: 0.4,
    reason: 'The post offers a discount code: the person showing the result earns from the sale.',
    terms: [
      '(?:use|using|with|my|our|promo|discount|coupon) code:?(?: [a-z]{2,15}\\d{1,3})?', 'code:? [a-z]{2,15}\\d{1,3}', 'promo ?code', 'discount code', 'coupon',
      '\\d{1,2} ?% (?:off|de descuento|descuento|de desconto|desconto|de reduction|de remise|rabatt)',
      '(?:usa|usa mi|con mi|con el|mi) codigo(?: [a-z]{2,15}\\d{1,3})?', 'codigo (?:de descuento|promocional|de desconto)', 'codigo:? [a-z]{2,15}\\d{1,3}',
      'cupo[mn](?: de desconto)?', 'code promo', 'code de reduction', '(?:mon|avec le|avec mon) code', 'mit (?:dem|meinem) code', 'rabatt ?-?code', 'gutschein ?-?code',
    ],
  },
  {
    id: 'sponsorship.call-to-action',
    strength: 0.25,
    reason: 'The post sends you to book or buy ("link in bio", "book now", affiliate links): it is selling a treatment or product.',
    terms: [
      'link (?:in|en|na|im) (?:my |mi |minha |der |meiner )?bio', 'lien (?:en|dans (?:la|ma)) bio', 'book (?:now|today|yours|your (?:session|appointment|consultation|treatment))',
      'dm (?:me |us )?(?:to|for) book(?:ing)?', 'booking link', 'reserva (?:ya|ahora|tu cita)', 'agend(?:e|a|ar) (?:ja|agora|sua sessao|seu horario)',
      'prenez rendez-vous', 'reservez (?:maintenant|votre)', 'jetzt (?:buchen|termin)', 'termin buchen', 'shop now', 'swipe up',
      'affiliate(?: link)?', 'afiliado', 'affilie', 'commission', 'amzn\\.to', 'liketoknow\\.it', 'ltk\\.app', 'werbelink', 'provisionslink',
    ],
  },
] as const;

/** Disclosure hashtags, whole tags only (#adorable is not #ad). */
const DISCLOSURE_TAGS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsored', 'sponsor', 'spon', 'partner', 'partnership', 'paidpartnership', 'paidpartner',
  'publi', 'publicidad', 'publicidade', 'publicite', 'anuncio', 'werbung', 'anzeige', 'pub', 'collab', 'collaboration', 'gifted', 'pr',
  'prpackage', 'brandpartner', 'ambassador', 'patrocinado', 'patrocinio', 'parceria', 'parceriapaga', 'publipost', 'sponsorise', 'sponsorisee',
  'partenariat', 'kooperation', 'affiliate', 'afiliado', 'unbezahltewerbung',
]);

const KINDS_RE = table(KINDS.map((kind) => kind.terms));

/** Sponsorship: the platform's labels, disclosure hashtags and words, discount codes and calls to book or buy. */
export function detectSponsorship(input: TextInput, _context: SignalContext): Reason[] {
  const reasons: Reason[] = [];
  const labels = input?.labels;
  if (labels?.paidPartnership === true) {
    reasons.push({
      signal: 'sponsorship', id: 'sponsorship.paid-partnership', strength: 0.5, evidence: ['Paid partnership label'], kb: 'social-posts',
      reason: 'The platform labels this a paid partnership: it was made to sell, so it may show the best case.',
    });
  }
  if (labels?.sponsored === true) {
    reasons.push({
      signal: 'sponsorship', id: 'sponsorship.sponsored', strength: 0.5, evidence: ['Sponsored label'], kb: 'social-posts',
      reason: 'The platform labels this post as sponsored: it is an ad, and ads show the best case.',
    });
  }
  const p = prepare(input);
  const found: string[][] = KINDS.map(() => []);
  for (const hit of findAll(p, KINDS_RE)) {
    // "not sponsored", "no ad", "no code needed" say the opposite
    if (!isNegated(p, hit.start)) found[hit.row]?.push(hit.raw);
  }
  found[0]?.unshift(...tagsIn(p, DISCLOSURE_TAGS)); // tags first: evidence shows "#ad" rather than a bare "ad"
  KINDS.forEach((kind, i) => {
    const evidence = evidenceOf(found[i] ?? []);
    if (evidence.length) {
      reasons.push({ signal: 'sponsorship', id: kind.id, strength: kind.strength, evidence, reason: kind.reason, kb: 'social-posts' });
    }
  });
  return reasons;
}
