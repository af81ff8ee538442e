/**
 * A company an entry names only as the yardstick another is measured by: "谷歌云部门增速与亚马逊相同"
 * (Google's cloud grew as fast as Amazon's), "Alphabet's cloud grows in line with Microsoft's",
 * "Googleのクラウドもアマゾンと同じ伸び". The entry tells the first company's news, not the yardstick's:
 * the second is no party of its event.
 */

/**
 * The yardstick between a word of comparison and what it says of it: 增速与亚马逊相同, 增长和微軟一樣, アマゾンと同じ,
 * "in line with Amazon's". In Chinese only after a measure (增速与…相同): "微软和谷歌增速相同" names two parties.
 */
const YARDSTICKS = [
  /(?<=(?:增速|增长|增長|增幅|涨幅|漲幅|收入|营收|營收|规模|規模|速度|步伐|表现|表現|成长|成長)\s?)(?:与|與|和|跟)\s?(?<by>[^，。,；;、\s]{1,16}?)\s?(?:的)?(?:相同|一样|一樣|相当|相當|相若|持平|看齐|看齊|并驾齐驱|並駕齊驅|不相上下)/gu,
  /(?<by>[^、。，,\sのもはがをに]{1,16}?)と(?:同じ|同水準|同程度|並ぶ|肩を並べ)/gu,
  // A rival matched is one too: DeepSeek开源R1模型，性能比肩OpenAI o1 (R1 performs as o1 does); so is one aimed at (对标英伟达GB200).
  /(?:比肩|媲美|匹敌|匹敵|看齐|看齊|对标|對標)\s?(?<by>[^，。,；;、\s]{1,16})/gu,
  /\b(?:as (?:fast|quickly|strongly|rapidly) as|in line with|on a par with|level with|the same (?:pace|rate|speed) as)\s+(?<by>[^.,;:]{1,40}?)(?=['’]s?\b|[.,;:]|$)/giu,
  // A rival left behind is a yardstick too: "puts Google's cloud business ahead of AWS on growth", "outpaces Azure",
  // 谷歌云增速再度跑赢AWS, 伸び率でアマゾンを上回る; and so in the reader's words, "matches the revenue growth of AWS" (inOtherWords.ts).
  /\b(?:ahead of|outpac(?:es|ed|ing)|outgr(?:ows|ew|owing)|faster than|matches the revenue growth of)\s+(?<by>[^.,;:]{1,40}?)(?=['’]s?\b|\s+(?:on|in|for|again|once)\b|[.,;:]|$)/giu,
  // So is one overtaken: "Nvidia overtakes Microsoft as the world's most valuable company" is Nvidia's rank, not Microsoft's.
  /\b(?:overt(?:akes|ook|aking|aken)|dethron(?:es|ed|ing))\s+(?<by>[^.,;:]{1,40}?)(?=\s+(?:as|to become|on|in)\b|['’]s?\b|[.,;:]|$)/giu,
  /(?<=(?:增速|增长|增長|增幅|收入|营收|營收|成长|成長|测评|測評|评测|評測|成绩|成績|性能|跑分)[^，。,；;]{0,4}?)(?:跑赢|跑贏|超过|超過|领先|領先|快于|快於)\s?(?<by>[^，。,；;、\s]{1,16}?)(?=[，。,；;]|$)/gu,
  /(?<=(?:伸び|増収率|成長率)[^、。]{0,6}?)(?<by>[^、。，,\sのもはがをに]{1,16}?)を(?:上回|しの|凌)/gu,
  // So is a company relied on less: "to reduce its reliance on OpenAI", 降低对OpenAI的依赖, OpenAIへの依存低減 (the entry tells
  // the first company's own act).
  /\b(?:reliance|dependence|dependency) on\s+(?<by>[^.,;:]{1,40}?)(?=['’]s?\b|\s+(?:for|in|as|and)\b|[.,;:]|$)/giu,
  /(?:对|對)\s?(?<by>[^，。,；;、\s的]{1,16}?)\s?的?(?:依赖|依賴)/gu,
  /(?<by>[^、。，,\sのもはがをに]{1,16}?)への(?:依存|依拠)/gu,
];

/** The spans [start, end) of `text` that name a yardstick of comparison, not a party of what the entry tells. */
export function yardstickSpans(text: string): [number, number][] {
  return YARDSTICKS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match): [number, number] => {
      const start = match.index! + match[0].indexOf(match.groups!.by!);
      return [start, start + match.groups!.by!.length];
    }),
  );
}

/** Whether [start, end) lies in one of `spans`. */
export const inSpans = (spans: [number, number][], start: number, end: number): boolean => spans.some(([s, e]) => start >= s && end <= e);
