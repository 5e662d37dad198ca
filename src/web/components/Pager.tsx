import { secondaryButtonClass } from './button-styles.ts';

/** 前のページ / 次のページ for a paged list; renders nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="ページ送り" className="mt-4 flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        className={secondaryButtonClass}
      >
        前のページ
      </button>
      <span aria-current="page">
        {page} / {pages}ページ
      </span>
      <button
        type="button"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
        className={secondaryButtonClass}
      >
        次のページ
      </button>
    </nav>
  );
}
