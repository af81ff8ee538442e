/**
 * A plan's earlier figure, told as the base it moved from: "$95 billion: Oracle's fiscal 2027 capex plan, up from $85 billion
 * in September", "now plans capex of $95 billion for fiscal 2027, up from $85 billion previously", "lifted its capex plan to
 * $95 billion, up from $85 billion". The base is the plan as it stood before, of the plan's period — not capex spent: a fact
 * of a year not over would tell the reader money was spent that was only planned. A base of a time of its own ("up from $131
 * billion in 2025", "from what it spent last year") is the actual it was, as read.
 */
import { claimKey, figureAfter, plainText, type Candidate } from './extractClaims.ts';
import { tellsRevision } from './modality.ts';

/** Right before the base: "up from", "raised from", "from about". */
const FROM_BEFORE = /\b(?:up|down|raised|lifted|increased|boosted|cut|lowered|trimmed|reduced)?\s*from\s+(?:the\s+|its\s+)?(?:(?:about|around|roughly|some|approximately|nearly|an? (?:earlier|prior|previous))\s+)?$/i;
/** After the base, words that say it was the figure before: "previously", "in September", "last month", "in its prior outlook". */
const EARLIER = /\b(?:previously|earlier|before|initially|originally|prior|last month|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|in (?:its|the) (?:prior|previous|earlier|last|old) (?:forecast|guidance|outlook|plan|update|range))/i;
/**
 * After the base, the words of when it was set: "the 3,000 it set in March", "the 1 GW it announced in 2025", "the $85 billion it
 * had guided to". The base is the plan as first told, whatever time follows: that is when it was told, not what it is of.
 */
const SET_BEFORE = /^\s*(?:that\s+|which\s+)?(?:it|they|we|the (?:company|group|firm)|management)\s+(?:had\s+)?(?:set|announced|targeted|flagged|unveiled|promised|pledged|outlined|gave|guided(?:\s+to)?|planned|laid out|committed(?:\s+to)?)\b/i;
/** After the base, a time of its own: the base is that period's figure ("in 2025", "last year", "in the quarter"). */
const OWN_TIME = /\b(?:19|20)\d{2}\b|\b(?:quarter|year|fiscal|FY\d*|Q[1-4]|half|H[12]|spent|spend|booked|posted|reported)\b|季|年度|去年|上年/i;

/** Makes each fact told as the base a plan of the sentence moved from a plan of that plan's period (`candidates` of one article, in order). */
export function earlierPlans(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    const plan = candidates[i - 1];
    if (!plan || plan.modality !== 'plan' || c.modality !== 'fact' || !c.value || !plan.value || plan.mention.quote !== c.mention.quote) return;
    if (plan.subject !== c.subject || plan.metric !== c.metric || plan.value.unit !== c.value.unit || (c.period !== null && c.period !== plan.period)) return;
    const told = figureAfter(c.mention.quote, plan.value, c.value);
    if (!told || !FROM_BEFORE.test(told.between)) return;
    if (!SET_BEFORE.test(told.after)) {
      if (OWN_TIME.test(told.after)) return;
      if (!EARLIER.test(told.after) && !tellsRevision(plainText(c.mention.quote), told.at.start, told.at.end)) return;
    }
    c.modality = 'plan';
    c.period = plan.period;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  });
}
