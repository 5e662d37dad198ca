/** Props of {@link ProgressBar}. */
export type ProgressBarProps = {
  /** Accessible name of the bar, e.g. 計算の進捗. */
  label: string;
  /** Progress from 0 to 1. */
  value: number;
};

/**
 * A determinate progress bar (role="progressbar" with aria-valuenow in percent). Screen readers
 * read the value on demand; pair it with a polite live region for announcements.
 */
export function ProgressBar({ label, value }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      className="h-4 w-full overflow-hidden rounded-full border border-solid-gray-600 bg-solid-gray-50"
    >
      <div className="h-full bg-blue-900 transition-[width] duration-300" style={{ width: `${percent}%` }} />
    </div>
  );
}
