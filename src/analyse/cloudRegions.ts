/**
 * Cloud regions as the news names them: by their code ("ap-southeast-1") or by the place they
 * serve ("its Singapore region"), and their zones, "availability zones" or "zones" alone. A timeline
 * entry is read with each code as its place and each zone of a region as an availability zone, so that
 * two outlets' lines about one new zone are read alike, however technical their words.
 */

/** AWS's region codes and the places they are named after, as the providers' own region lists give them. */
const AWS_REGIONS: Record<string, string> = {
  'us-east-1': 'Northern Virginia',
  'us-east-2': 'Ohio',
  'us-west-1': 'Northern California',
  'us-west-2': 'Oregon',
  'ca-central-1': 'Canada',
  'eu-west-1': 'Ireland',
  'eu-west-2': 'London',
  'eu-west-3': 'Paris',
  'eu-central-1': 'Frankfurt',
  'eu-north-1': 'Stockholm',
  'eu-south-1': 'Milan',
  'ap-southeast-1': 'Singapore',
  'ap-southeast-2': 'Sydney',
  'ap-southeast-3': 'Jakarta',
  'ap-northeast-1': 'Tokyo',
  'ap-northeast-2': 'Seoul',
  'ap-northeast-3': 'Osaka',
  'ap-south-1': 'Mumbai',
  'ap-east-1': 'Hong Kong',
  'sa-east-1': 'São Paulo',
  'me-south-1': 'Bahrain',
  'af-south-1': 'Cape Town',
};
const REGION_CODE = new RegExp(String.raw`\b(?:${Object.keys(AWS_REGIONS).join('|')})\b`, 'gi');
/** A zone said of a region is one of its availability zones: "adds a fourth zone to its Singapore region" (not "a new time zone"). */
const ZONE_OF_REGION = /(?<!\b(?:availability|time|free[- ]trade|economic|euro|war|red|end|comfort) )\bzones?\b(?= (?:to|in|for|of|within) (?:its|the|their|a) (?:[\w-]+ ){0,2}region\b)/gi;

/** `text` with region codes as their places and a region's zones as availability zones. */
export function regionsAsPlaces(text: string): string {
  return text.replace(REGION_CODE, (code) => AWS_REGIONS[code.toLowerCase()]!).replace(ZONE_OF_REGION, (zone) => `availability ${zone.toLowerCase()}`);
}

const PLACE_REGION = new RegExp(String.raw`\b(${[...new Set(Object.values(AWS_REGIONS))].join('|')}) region\b`, 'g');
/** The regions a text (in the reader's words) names by their places: "its Singapore region". Two regions' news is two events. */
export function regionsNamed(text: string): Set<string> {
  return new Set([...text.matchAll(PLACE_REGION)].map((m) => m[1]!));
}
