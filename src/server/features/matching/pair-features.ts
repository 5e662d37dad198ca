import { distanceKm } from '../../../domain/body-locations.ts';
import type { PairFeatures } from '../../../optimizer/cost-model.ts';
import type { MatchingFacts, MatchingFactsData, PersonData, PostData, PostRecord } from './matching-facts.ts';

/** Whether a body is the prefecture (true) or a municipality (false). */
type IsPrefecture = (orgCode: string) => boolean;

/**
 * The cost model's features of a person with an open post (pure), except the rule-related ones:
 * job type match (the post's wanted type, else the person's primary), skill shortfall against the
 * post's wanted level, the rank of the post's body among the person's wishes, distance from home,
 * the current post and tenure, and whether the move crosses between the prefecture and the
 * municipalities (`servedKinds`: the kinds of body the person has served in).
 */
export function pairFeatures(
  person: PersonData,
  post: PostData,
  servedKinds: ReadonlySet<boolean>,
  isPrefecture: IsPrefecture,
): PairFeatures {
  const { profile, facts, preferences } = person;
  const wanted = post.wantedJobType ?? profile.primaryJobType;
  const level = wanted ? (profile.levelByJobType[wanted] ?? 0) : 0;
  const rank = preferences.indexOf(post.orgCode);
  const current = facts.current;
  return {
    jobTypeMatch:
      wanted === profile.primaryJobType
        ? 'primary'
        : wanted === profile.secondaryJobType
          ? 'secondary'
          : 'none',
    skillShortfall: Math.max(0, Math.round((post.wantedLevel ?? 0) - level)),
    preferenceRank: rank >= 0 ? rank + 1 : null,
    preferenceCount: preferences.length,
    distanceKm: profile.homeOrgCode ? (distanceKm(profile.homeOrgCode, post.orgCode) ?? null) : null,
    isCurrentPost: current?.postId === post.id,
    hasCurrentPost: current !== null,
    tenureYears: current?.tenureYears ?? 0,
    crossesBoundary: !servedKinds.has(isPrefecture(post.orgCode)),
    neverCrossed: servedKinds.size <= 1,
  };
}

/** The facts with each person's `features` computed from the data (see MatchingFactsData). */
export function withPairFeatures(data: MatchingFactsData): MatchingFacts {
  const isPrefecture: IsPrefecture = (code) => data.bodies.get(code)?.isPrefecture ?? false;
  const postData = new Map(data.posts.map((p) => [p.id, p]));
  const dataOf = (post: PostRecord): PostData =>
    postData.get(post.id) ?? { ...post, wantedJobType: null, wantedLevel: null };
  return {
    ...data,
    people: data.people.map((person) => {
      const servedKinds = new Set(person.facts.served.map((s) => isPrefecture(s.orgCode)));
      const { profile: _profile, ...record } = person;
      return { ...record, features: (post) => pairFeatures(person, dataOf(post), servedKinds, isPrefecture) };
    }),
  };
}
