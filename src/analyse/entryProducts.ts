/**
 * The product an entry launches where the vocabulary does not know it: a capitalised name right after a verb of launching
 * ("Amazon launches its Nova foundation models", "Meta releases Llama 3"), so that an entry about it is not taken for
 * another launch of its company's ("launches Automated Reasoning checks in Bedrock") nor left apart from the same one
 * named by its generation ("rolls out its third-generation Llama models").
 */
import { isUnknownName } from './entryParties.ts';

/**
 * A verb of launching, then a name: capitalised, of one word, with the number of its release after a space ("Llama 3",
 * "Nova 2"), before a lower-case word or the end of the clause; "its", "a", "new", "third-generation" may come between.
 */
const LAUNCHED = /\b(?:launch|unveil|introduc|releas|debut|roll(?:s|ed|ing)? out|show(?:s|ed|ing)? off)\w*\s+(?:(?:its|their|the|an?)\s+)?(?:(?:new|latest|[\w]+-generation)\s+)?([A-Z][a-z]{2,})(?:\s(\d{1,2}))?(?=\s+[a-z]|\s*[.,;:]|\s*$)/;

/**
 * The same in Chinese and Japanese, where the name is written in Latin letters: after a verb of launching, a kind of product
 * between ("OpenAI发布视频生成模型Sora 2"), or before 発表 or 公開, quoted or not ("サービス「Nova Forge」を発表"). A second
 * capitalised word is part of the name ("Nova Forge" is no release of Nova).
 */
const LAUNCHED_CJK =
  /(?:推出|发布|發布|亮相|首发|首發|発売|リリース)(?:了)?[^，。、,;；A-Za-z0-9「」]{0,12}?[「『]?([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?: ?(\d{1,2}))?(?![\w.-])|[「『]?(?<![A-Za-z])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?: ?(\d{1,2}))?[」』]?を(?:正式に)?(?:発表|公開|披露|発売|リリース)/g;

/** The unknown product an entry launches: its family's name and the number of its release, if it gives one. */
export function unknownLaunched(text: string): { family: string; release: number | null } | null {
  const match = LAUNCHED.exec(text);
  if (match && isUnknownName(match[1]!)) return { family: match[1]!, release: match[2] === undefined ? null : Number(match[2]) };
  for (const cjk of text.matchAll(LAUNCHED_CJK)) {
    const [family, release] = cjk[1] ? [cjk[1], cjk[2]] : [cjk[3]!, cjk[4]];
    if (isUnknownName(family)) return { family, release: release === undefined ? null : Number(release) };
  }
  return null;
}

/** A product's name of up to three words, each capitalised or a number: "DGX Spark", "Copilot Pro", "Pixel 10". */
const NAME = String.raw`((?!(?:The|Its|Their|An?|This|That)\b)[A-Z][A-Za-z0-9-]*(?:\s(?:[A-Z][A-Za-z0-9-]*|\d{1,3})){0,2})`;
/**
 * A product put on sale, named as the object of shipping or selling begun ("Nvidia begins shipping DGX Spark", "starts
 * selling its Nova Box") or as the subject of going on sale ("The $3,999 DGX Spark goes on sale", "DGX Spark hits
 * shelves"), and the same in Chinese and Japanese (开始发货DGX Spark, DGX Spark开售, 「DGX Spark」の販売を開始, 「tsuzumi 2」を提供開始).
 */
const ON_SALE = new RegExp(
  [
    String.raw`\b(?:begins?|began|beginning|starts?|started|starting)\s+(?:shipping|selling|delivering)\s+(?:(?:its|their|the)\s+)?(?:(?:new|first)\s+)?${NAME}(?=\s+[a-z]|\s*[.,;:]|\s*$)`,
    String.raw`(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)(?:(?:new|latest|\$[\d,.]+(?:\s?(?:billion|million))?)\s+)*${NAME}\s+(?:(?:goes|went|is|are)\s+on\s+(?:general\s+|wide\s+)?sale|hits\s+(?:stores|shelves))\b`,
    String.raw`(?:开始|開始)(?:发货|發貨|出货|出貨|销售|銷售)\s?${NAME}`,
    String.raw`${NAME}\s?(?:正式)?(?:开售|開售|发售|發售)`,
    String.raw`[「『]?${NAME}[」』]?の(?:販売|出荷)(?:を|が)(?:開始|始ま)`,
    // A name quoted is a name, whatever its case: NTT、国産LLM「tsuzumi 2」を提供開始.
    String.raw`[「『]([A-Za-z][A-Za-z0-9.-]*(?:\s[A-Za-z0-9.-]+){0,2})[」』](?:の|を)?(?:提供|販売|出荷)(?:を|が)?(?:開始|始ま)`,
  ].join('|'),
  'g',
);

/** The product an entry puts on sale where the vocabulary does not know it ("DGX Spark"), or null. */
export function unknownOnSale(text: string): string | null {
  // The first name that is no company or product known: "Nvidia begins shipping …" names its maker first.
  for (const match of text.matchAll(ON_SALE)) {
    const name = match.slice(1).find((g) => g !== undefined);
    if (name && isUnknownName(name)) return name;
  }
  return null;
}
