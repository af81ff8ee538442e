/**
 * Reading the evaluation set's gold: a part's gold may be split across files (the Chinese
 * articles' and each later batch's), read here as one for the scorer and for the test that
 * checks every quote against its article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Gold } from './scoring.ts';

/**
 * A part's gold: `eval/gold/<part>.json` and every `<part>-<name>.json` beside it (the
 * Chinese articles' gold is `dev-zh.json`), read as one. A claim or event id in several
 * files is one claim or event with all their mentions; a conflict listed twice is one.
 */
export function readGold(root: string, part: string): Gold {
  const dir = path.join(root, 'eval', 'gold');
  const files = readdirSync(dir).filter((f) => f === `${part}.json` || (f.startsWith(`${part}-`) && f.endsWith('.json'))).sort();
  const claims = new Map<string, Gold['claims'][number]>();
  const events = new Map<string, Gold['events'][number]>();
  const conflicts = new Map<string, [string, string]>();
  for (const file of files) {
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
    for (const claim of raw.claims) {
      const known = claims.get(claim.id);
      // One id is one claim: a second file may add mentions, never read the claim otherwise.
      if (known && known.modality !== claim.modality) throw new Error(`eval/gold/${file}: ${claim.id} is a ${claim.modality} here, a ${known.modality} in another gold file`);
      if (known) known.mentions.push(...claim.mentions);
      else claims.set(claim.id, { ...claim, mentions: [...claim.mentions] });
    }
    for (const event of raw.events) {
      const known = events.get(event.id);
      if (known) known.mentions.push(...event.mentions);
      else events.set(event.id, { ...event, mentions: [...event.mentions] });
    }
    for (const pair of raw.conflicts) conflicts.set([...pair].sort().join('\u0000'), pair);
  }
  return Gold.parse({ claims: [...claims.values()], conflicts: [...conflicts.values()], events: [...events.values()] });
}
