/**
 * What the matching of a 年度 is built from, read from the database by `loadMatchingFacts` and turned
 * into an assignment problem by `compileMatching` (pure, so the rules can be tested against brute force
 * without a database).
 */
import type { PersonFacts } from '../../../domain/matching-rules.ts';
import type { PairFeatures } from '../../../optimizer/cost-model.ts';

export type BodyFacts = { code: string; name: string; isPrefecture: boolean };

/** A post open in the 年度 (spans it, budget secured), not excluded by the scenario. */
export type PostRecord = {
  id: string;
  orgCode: string;
  title: string;
  /** 必須 2 / 優先 1 / 通常 0 as stored on the post. */
  priority: number;
  fromFiscalYear: number;
};

/** An active person, not excluded by the scenario, with what the rules and the cost model need. */
export type PersonRecord = {
  id: string;
  name: string;
  facts: PersonFacts;
  /** Desired work locations (body codes), first choice first. */
  preferences: string[];
  /** The cost model's features of a pair with an open post, except the rule-related ones. */
  features: (post: PostRecord) => PairFeatures;
};

export type MatchingFacts = {
  fiscalYear: number;
  bodies: Map<string, BodyFacts>;
  posts: PostRecord[];
  people: PersonRecord[];
  /** Current holder (person id) of each open post in the previous 年度. */
  holderOf: Map<string, string>;
};

/** What a post asks of its holder, as read (the pair features are computed from it). */
export type PostData = PostRecord & { wantedJobType: string | null; wantedLevel: number | null };

/** What a person brings to any post, as read. */
export type PersonProfile = {
  primaryJobType: string | null;
  secondaryJobType: string | null;
  homeOrgCode: string | null;
  /** Mean effective level over each job type's core skill items, from the latest skill sheet. */
  levelByJobType: Record<string, number>;
};

export type PersonData = Omit<PersonRecord, 'features'> & { profile: PersonProfile };

/**
 * The facts as plain data (structured-cloneable: no functions), as `loadMatchingFacts` reads them and
 * the run's worker thread receives them; `withPairFeatures` (pair-features.ts) makes them MatchingFacts.
 */
export type MatchingFactsData = Omit<MatchingFacts, 'posts' | 'people'> & {
  posts: PostData[];
  people: PersonData[];
};
