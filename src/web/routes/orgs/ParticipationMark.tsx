import { EMPTY_MARK } from '../../../domain/japanese-date.ts';

/** ● (参画) or － (不参画), with the word for screen readers instead of the symbol. */
export function ParticipationMark({ participates }: { participates: boolean }) {
  return participates ? (
    <>
      <span aria-hidden="true" className="text-blue-900">
        ●
      </span>
      <span className="sr-only">参画</span>
    </>
  ) : (
    <>
      <span aria-hidden="true" className="text-solid-gray-536">
        {EMPTY_MARK}
      </span>
      <span className="sr-only">不参画</span>
    </>
  );
}
