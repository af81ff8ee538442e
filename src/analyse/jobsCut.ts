/**
 * How many jobs a timeline entry's layoff cuts ("lays off about 6,000 employees", "a further 305 jobs", 裁员约9000人,
 * 約9000人を削減): a count the claims' reader has no metric for, but one that tells two rounds of cuts of one company
 * in one month apart ("about 6,000 employees" and "a further 305 jobs" are two rounds; "about 16,000 corporate roles"
 * and "another 16,000 roles" one).
 */
import type { Value } from '../schemas.ts';

/** What a count before it may be bounded by: "about", "more than", "up to". */
const BOUND_WORDS: Record<string, Value['bound']> = { about: 'approx', around: 'approx', roughly: 'approx', some: 'approx', approximately: 'approx', nearly: 'max', almost: 'max', 'up to': 'max', 'more than': 'min', over: 'min', 'at least': 'min' };
/**
 * A count of people or posts: an English number (with "thousand" or "k") before up to two words and "jobs", "roles",
 * "positions", "employees", "workers", "staff" or "people" ("about 16,000 corporate roles", "305 jobs", "6k staff"); not
 * the workforce a share is of ("3% of its 228,000 employees").
 */
const ENGLISH = /(?<![\d,.])(?<!\bof (?:its |their |the |his |her )?(?:(?:about|around|roughly|some|nearly|almost|more than|over) )?)\b(?:(about|around|roughly|some|approximately|nearly|almost|up to|more than|over|at least)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|k)\b)?\s+(?:[a-z-]+\s+){0,2}?(?:jobs|roles|positions|posts|employees|workers|staff(?:ers)?|people)\b/gi;
/** The same in Chinese and Japanese: 约9000人, 逾1.4万名员工, 9000个职位, 約9000人. */
const CJK = /(?<![\d,.])(约|約|近|逾|超过|超過|超|およそ|最大)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([万萬])?\s?(?:人|名|个职位|個職位|个岗位|個崗位)/g;
const CJK_BOUNDS: Record<string, Value['bound']> = { 约: 'approx', 約: 'approx', およそ: 'approx', 近: 'max', 最大: 'max', 逾: 'min', 超过: 'min', 超過: 'min', 超: 'min' };

/** The counts of jobs a layoff's text names, each a value in `jobs`. */
export function jobsCut(text: string): Value[] {
  const counts: Value[] = [];
  const add = (amount: number, bound: Value['bound'] | undefined) => counts.push(bound ? { amount, unit: 'jobs', bound } : { amount, unit: 'jobs' });
  for (const m of text.matchAll(ENGLISH)) add(Number(m[2]!.replace(/,/g, '')) * (m[3] ? 1000 : 1), m[1] ? BOUND_WORDS[m[1].toLowerCase()] : undefined);
  for (const m of text.matchAll(CJK)) add(Number(m[2]!.replace(/,/g, '')) * (m[3] ? 10_000 : 1), m[1] ? CJK_BOUNDS[m[1]] : undefined);
  return counts;
}
