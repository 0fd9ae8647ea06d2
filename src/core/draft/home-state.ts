// The article's home US state: local news names its towns and counties, rarely the state. Each
// distinct name votes for the states its namesakes lie in, a vote split among them ("Huntsville"
// is in Alabama and in Texas: half each; "Springfield" in twenty states counts little), so the
// state that explains most names wins: "Walker County" beside "Huntsville" is in Texas.

import type { GazetteerPlace } from '../gazetteer';

/** The state id ("us-tx") a US place lies in or is, or ''. */
export const stateOf = (p: GazetteerPlace): string =>
  p.admin !== '' ? p.admin : p.kind === 'region' && p.id.startsWith('us-') ? p.id : '';

/** Votes the winner needs, and its lead over the runner-up. */
const MIN_VOTES = 1.5;

/** The home state among the candidates of each distinct name, or '' when none stands out. */
export function homeState(names: ReadonlyMap<string, readonly GazetteerPlace[]>): string {
  const votes = new Map<string, number>();
  for (const candidates of names.values()) {
    const states = new Set(candidates.map(stateOf).filter((s) => s !== ''));
    for (const s of states) votes.set(s, (votes.get(s) ?? 0) + 1 / states.size);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_VOTES) return '';
  return second && second[1] >= first[1] - 0.5 ? '' : first[0];
}
