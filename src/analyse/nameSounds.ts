/**
 * How a name sounds, so that a company the vocabulary does not know, written in Latin letters by one outlet and in katakana
 * by another ("Kinneret", キネレット; "Halcyon Power", ハルシオン・パワー), is one name. Each is reduced to its consonants as
 * Japanese hears them: katakana romanised (wanakana), Latin letters with l as r, v as b, a soft c as s, an r that closes a
 * syllable dropped (as パーダナ writes "Perdana"), doubled letters once. Names of fewer than three such consonants say too
 * little to be matched.
 */
import { findEntities, findMetrics } from './entities.ts';
import { placesNamed } from './places.ts';
import { toRomaji } from 'wanakana';

/** The consonants of romanised or Latin letters, as Japanese hears them. */
function consonants(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/sh|ch/g, (m) => (m === 'sh' ? 's' : 't'))
    .replace(/ts/g, 't')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(?<=[aeiouy])r(?![aeiouy])/g, '')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** A name written in katakana: three or more kana, with its dots and long marks (ハルシオン・パワー). */
const KATAKANA_NAME = /[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fb\u30fc]{2,}/g;
/** The sound of a name, or null where it has fewer than three consonants. */
const soundOf = (letters: string): string | null => {
  const sound = consonants(letters);
  return sound.length >= 3 ? sound : null;
};

/**
 * The sounds of the names a text gives that the vocabulary does not know: each katakana word's (marked `k:`), and each Latin
 * name's of `names` (marked `l:`), in full and by its first word ("Halcyon Power" is also "Halcyon").
 */
export function nameSounds(text: string, names: Iterable<string>): Set<string> {
  const sounds = new Set<string>();
  for (const m of text.matchAll(KATAKANA_NAME)) {
    // Not a name the vocabulary knows: a company's, a place's (ミシシッピ) or a measure's.
    if (findEntities(m[0]).length > 0 || placesNamed(m[0]).size > 0 || findMetrics(m[0]).length > 0) continue;
    for (const part of [m[0], m[0].split('・')[0]!]) {
      const sound = soundOf(toRomaji(part));
      if (sound) sounds.add(`k:${sound}`);
    }
  }
  for (const name of names) {
    for (const part of [name, name.split(/\s+/)[0]!]) {
      const sound = soundOf(part);
      if (sound) sounds.add(`l:${sound}`);
    }
  }
  return sounds;
}

/**
 * Whether a name of one text sounds as a Latin name of the other's: キネレット and "Kinneret", "Kinneret" and "Kinneret
 * Photonics". Not two katakana words alone: they are as often a common loanword (モデル, データセンター) as a name.
 */
export const soundAlike = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean =>
  [...x].some((s) => y.has(`l:${s.slice(2)}`) || (s.startsWith('l:') && y.has(`k:${s.slice(2)}`)));
