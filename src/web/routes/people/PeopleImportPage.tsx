import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { ImportPreviewView } from '../imports/ImportPreviewView.tsx';
import { withoutBatch } from '../imports/open-imports-queries.ts';
import {
  commitPeopleImport,
  type EncodingChoice,
  fetchPeopleImportPreview,
  previewPeopleImport,
} from './people-import-client.ts';

const INTRO =
  '名簿の書き出しと同じ見出しの CSV（UTF-8 または Excel の Shift_JIS）か .xlsx を読み込みます。まずプレビューで各行を確認し、エラーがなければ取り込みます。職員番号が登録済みの人は更新、それ以外は新規登録です。エラーのある行が1行でもあるときは、何も登録しません。';

/**
 * 人材の取り込み: a roster file (CSV in UTF-8 or Shift_JIS as Excel saves it, or .xlsx, with the
 * export's headings) is read into a preview with per-row errors and which rows add or update a person;
 * only a file without errors can be committed, all rows at once.
 */
export function PeopleImportPage() {
  const client = useQueryClient();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const preview = useMutation({
    mutationFn: async () =>
      file ? previewPeopleImport(file, encoding) : Promise.reject(new Error('no file')),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['imports', 'open'] });
    },
  });
  // ?batch=… (from ホーム's 取り込み待ち): the stored preview, opened again until a new file is read.
  const [params, setParams] = useSearchParams();
  const resumedId = params.get('batch');
  const resumed = useQuery({
    queryKey: ['imports', 'people', resumedId],
    queryFn: () => fetchPeopleImportPreview(resumedId ?? ''),
    enabled: resumedId !== null,
  });
  const commit = useMutation({
    mutationFn: commitPeopleImport,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['imports', 'open'] });
    },
  });
  const done = commit.data;
  // Move focus to the result once it is rendered (not in onSuccess, which runs before the render).
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);
  const data = preview.data ?? (resumedId ? resumed.data : undefined);

  return (
    <>
      <Breadcrumbs
        items={[{ label: 'ホーム', to: '/' }, { label: '人材', to: '/people' }, { label: '取り込み' }]}
      />
      <PageHeading title="人材の取り込み" />
      <p className="mt-2 max-w-4xl text-std-16N-170 text-solid-gray-700">{INTRO}</p>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          commit.reset();
          if (resumedId) setParams(withoutBatch, { replace: true });
          preview.mutate();
        }}
        className="mt-6 grid gap-4 rounded-8 bg-solid-gray-50 p-4 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <label htmlFor={id('file')} className={labelClass}>
            ファイル
          </label>
          <input
            id={id('file')}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              preview.reset();
              commit.reset();
            }}
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor={id('encoding')} className={labelClass}>
            文字コード（CSV）
          </label>
          <select
            id={id('encoding')}
            value={encoding}
            onChange={(e) => setEncoding(e.target.value as EncodingChoice)}
            className={controlClass}
          >
            <option value="auto">自動判定</option>
            <option value="utf-8">UTF-8</option>
            <option value="cp932">Shift_JIS（CP932）</option>
          </select>
        </div>
        <div className="self-end">
          <button type="submit" disabled={!file || preview.isPending} className={primaryButtonClass}>
            {preview.isPending ? '読み込んでいます…' : '読み込んで確認する'}
          </button>
        </div>
      </form>

      {preview.isError ? <ErrorAlert error={preview.error} title="ファイルを読み込めませんでした。" /> : null}
      {resumedId && resumed.isError ? (
        <ErrorAlert error={resumed.error} title="読み込んだファイルのプレビューを開けませんでした。" />
      ) : null}
      {data ? <ImportPreviewView preview={data} /> : null}

      {data && data.people.rows.length > 0 ? (
        <section aria-labelledby="import-people" className="mt-6">
          <h2 id="import-people" className="text-std-20B-150">
            登録される人材（新規 {data.people.created}名・更新 {data.people.updated}名）
          </h2>
          <ul className="mt-2 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
            {data.people.rows.map((r) => (
              <li key={r.employeeNo}>
                {r.employeeNo} {r.name}（{r.action === 'create' ? '新規' : '更新'}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {data?.canCommit && !commit.isSuccess ? (
        <div className="mt-6">
          <button
            type="button"
            disabled={commit.isPending}
            onClick={() => commit.mutate(data.batchId)}
            className={primaryButtonClass}
          >
            {commit.isPending ? '取り込んでいます…' : `${data.validRows}件を取り込む`}
          </button>
        </div>
      ) : null}
      {commit.isError ? (
        <ErrorAlert error={commit.error} title="取り込めませんでした（何も登録していません）。" />
      ) : null}
      {commit.data ? (
        <section
          aria-labelledby="import-done"
          className="mt-6 rounded-8 border border-green-900 bg-green-50 p-4"
        >
          <h2 id="import-done" ref={resultRef} tabIndex={-1} className="text-std-20B-150 focus:outline-none">
            取り込みました
          </h2>
          <p role="status" className="mt-1">
            新規 {commit.data.created}名、更新 {commit.data.updated}名を登録しました。
          </p>
          <p className="mt-2">
            <Link to="/people">人材の一覧へ</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
