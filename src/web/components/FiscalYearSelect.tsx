import { useId } from 'react';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import { controlClass, labelClass } from './form-styles.ts';

/** Props of {@link FiscalYearSelect}. */
export type FiscalYearSelectProps = {
  /** The chosen 年度 (starting calendar year). */
  value: number;
  /** The 年度 offered, in display order. */
  years: readonly number[];
  onChange: (fiscalYear: number) => void;
  /** The label (default 年度). */
  label?: string;
  /** A hint under the control. */
  hint?: string;
};

/** Every 年度 from `from` to `to`, inclusive. */
export function fiscalYearRangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** A labelled 年度 selector showing each 年度 in 和暦 (令和7年度) with its Western year for reference. */
export function FiscalYearSelect({ value, years, onChange, label = '年度', hint }: FiscalYearSelectProps) {
  const id = useId();
  const hintId = useId();
  const options = years.includes(value) ? years : [...years, value].sort((a, b) => a - b);
  return (
    <div className="w-56">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-describedby={hint ? hintId : undefined}
        className={controlClass}
      >
        {options.map((fy) => (
          <option key={fy} value={fy}>
            {formatFiscalYear(fy)}（{fy}年度）
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
