/**
 * An outlet's reading of a company's results that the sentence sets against the company's own numbers:
 * "也有外电报道称AWS增速仅为21%，与公司公告口径存在出入", "a wire report put growth at 21%, at odds with the company's
 * release". The outlet stated the figure as the result, wrongly: it is a reported figure in conflict with the
 * company's, not hearsay about something the company has not announced.
 */

/** A report by an outlet: 报道称, 外电报道, "a wire report", "Bloomberg reported"; in Japanese after the figure, …と報じており. */
const OUTLET_REPORT = /(?:报道|報導|報道|報じ)|\b(?:wire|news|media|press)\s+(?:reports?|stor(?:y|ies)|headlines?)\b|\breported\b/i;

/** Words after the figure that say it differs from what the company disclosed. */
const AT_ODDS_WITH_COMPANY = new RegExp(
  [
    String.raw`[与與](?:公司|该公司|該公司|[^\s，。；,;]{1,8}?)(?:的)?(?:公告|公布|财报|財報|披露|发布|發布|官方)[^，。；]{0,10}?(?:出入|不符|不一致|矛盾|有别|有別)`,
    // 会社発表の数字と食い違っている, 決算発表と異なる: Japanese puts the verb after the company's own figure.
    String.raw`(?:会社|同社|[^\s、。]{1,8}?)の?(?:発表|公表|決算|開示)[^、。]{0,10}?(?:と|とは)(?:食い違|異な|矛盾)`,
    String.raw`\b(?:at odds with|contradict(?:s|ed|ing)?|differ(?:s|ed|ing)? from|not what (?:\w+ ){1,3}in) (?:the )?(?:company['’]s |[A-Z][\w.&-]*['’]s )?(?:own )?(?:release|filing|results|disclosures?|report|figures?|numbers?)\b`,
  ].join('|'),
  'iu',
);

/**
 * Whether a figure an outlet reported (`before`, the words of its clause before it) is set against the company's own
 * disclosure by the words after it (`after`): the outlet's misreading, a figure stated as a result, not a rumour.
 */
export const isMisreportedResult = (before: string, after: string): boolean =>
  (OUTLET_REPORT.test(before) || JAPANESE_REPORTED_AFTER.test(after)) && AT_ODDS_WITH_COMPANY.test(after);

/** The Japanese verb of a report right after its figure: "21％と報じており". */
const JAPANESE_REPORTED_AFTER = /^\s*と報じ/u;
