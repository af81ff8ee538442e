/**
 * A Japanese list of figures whose sentence says what they are once, after the last item: 2026年末に34億ドル、2027年末に50億ドル
 * とする目標を掲げる (both are the target), 売上高が前四半期比2～4％増、粗利益率が18～20％になるとの見通しを示した (both the outlook),
 * 売上高530億円（前期は395億円）、営業利益60億円とする従来計画を据え置いた (both the plan kept; the year gone, in brackets, is not).
 */
import { KANA, plainText, setModality, writtenAs, type Candidate } from './extractClaims.ts';

/** A clause that ends before its comma with a verb or a conjunction of its own: …を計上し、 …増えて、 …だったが、. */
const CLAUSE_ENDS = /(?:し|て|で|た|り|が|ば|け|き)[、，,]/u;
/** Right after a list's last figure, the words that name the whole list a plan or an outlook: とする目標, になるとの見通し, とする従来計画. */
const CLOSES_LIST = /^[^、，,。；;]{0,8}?(?:とする|とした|との|という|になる(?:との|と)|に(?:する|なる)との)(?:従来の?|新たな|当初の?)?(?:目標|計画|見通し|予定|予想|方針|見込み|ガイダンス)/u;

/**
 * Gives each figure of a list told plainly the plan or outlook its sentence makes of the list's last figure, where words right
 * after that figure name the whole list so (`CLOSES_LIST`; `candidates` of one article). Not a result beside the consensus it
 * beat (売上高は439億ドル、市場予想の…を上回った): the consensus is no list's closing.
 */
export function listedAsTheLast(candidates: Candidate[]): void {
  const bySentence = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.value === null || !KANA.test(c.mention.quote)) continue;
    const told = bySentence.get(c.mention.quote);
    if (told) told.push(c);
    else bySentence.set(c.mention.quote, [c]);
  }
  for (const [quote, told] of bySentence) {
    if (!told.some((c) => c.modality === 'fact') || !told.some((c) => c.modality === 'plan' || c.modality === 'forecast')) continue;
    const plain = plainText(quote);
    const written = told.map((c) => writtenAs(quote, c.value!)[0]);
    const at = written.map((w) => w?.start ?? -1);
    told.forEach((c, i) => {
      if (c.modality !== 'fact' || at[i]! < 0 || inBrackets(plain.slice(0, at[i]))) return;
      let last = -1;
      told.forEach((o, k) => {
        if ((o.modality === 'plan' || o.modality === 'forecast') && at[k]! > at[i]! && (last < 0 || at[k]! < at[last]!)) last = k;
      });
      if (last < 0 || !CLOSES_LIST.test(plain.slice(written[last]!.end))) return;
      const between = plain.slice(at[i], at[last]);
      if (/[、，,]/.test(between) && !/[。；;！？!?]/.test(between) && !CLAUSE_ENDS.test(between)) setModality(c, told[last]!.modality);
    });
  }
}

/** Whether text that ends where a figure starts leaves a bracket open: 売上高530億円（前期は… */
const inBrackets = (before: string) => (before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0);
