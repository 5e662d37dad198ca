import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { controlClass, labelClass } from '../../components/form-styles.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import {
  commitImport,
  type EncodingChoice,
  fetchImportPreview,
  type ImportCommit,
  type ImportKind,
  type ImportMode,
  type ImportPreview,
  type ImportProgress,
  previewImport,
} from './import-client.ts';
import { withoutBatch } from './open-imports-queries.ts';

type State =
  | { step: 'choose' }
  | { step: 'reading'; progress: ImportProgress | null }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'committing'; preview: ImportPreview; progress: ImportProgress | null }
  | { step: 'done'; preview: ImportPreview; result: ImportCommit };

function progressOf(p: ImportProgress | null): number {
  if (!p) return 0;
  if (p.phase === 'read') return p.totalBytes ? (p.bytes ?? 0) / p.totalBytes : 0;
  return p.totalRows ? p.rows / p.totalRows : 0;
}

/** What differs between importing the 台帳 and initiatives. */
const KINDS: Record<
  ImportKind,
  { title: string; back: string; backLabel: string; what: string; headers: string; query: string }
> = {
  systems: {
    title: '台帳の取り込み',
    back: '/inventory',
    backLabel: '台帳',
    what: '台帳',
    headers:
      'システム名, 業務, 担当課, ベンダー, 製品名, 稼働環境, 契約開始日, 契約終了日, 年間経費, 個人情報, 標準化・移行状況, 備考',
    query: 'systems',
  },
  practices: {
    title: '施策・好事例の取り込み',
    back: '/practices',
    backLabel: 'DX施策・好事例',
    what: '施策',
    headers: '件名, 年度, 区分, テーマ, 財源, 状況, 概要, 成果, 問い合わせ先',
    query: 'practices',
  },
};

/**
 * 台帳 or 施策の取り込み: choose a CSV (UTF-8 or Shift_JIS as Excel saves it) or .xlsx file, check the
 * preview with its flagged rows, fix the file until every row is valid, then commit — all rows or none.
 */
export function ImportPage({ kind = 'systems' }: { kind?: ImportKind }) {
  const text = KINDS[kind];
  const user = useCurrentUser();
  const client = useQueryClient();
  const idBase = useId();
  const id = (key: string) => `${idBase}-${key}`;
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [mode, setMode] = useState<ImportMode>('append');
  const [state, setState] = useState<State>({ step: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const [params, setParams] = useSearchParams();
  const resumed = params.get('batch');

  // ?batch=… (from ホーム's 取り込み待ち): open that stored preview again, to check and commit it.
  useEffect(() => {
    if (!resumed) return;
    let current = true;
    setState({ step: 'reading', progress: null });
    fetchImportPreview(kind, resumed).then(
      (preview) => current && setState({ step: 'preview', preview }),
      (e: unknown) => {
        if (!current) return;
        setError(e);
        setState({ step: 'choose' });
      },
    );
    return () => {
      current = false;
    };
  }, [kind, resumed]);

  const read = async () => {
    if (!file) return;
    setError(null);
    if (resumed) setParams(withoutBatch, { replace: true });
    setState({ step: 'reading', progress: null });
    try {
      const preview = await previewImport(kind, file, { encoding, mode }, (progress) =>
        setState({ step: 'reading', progress }),
      );
      setState({ step: 'preview', preview });
      void client.invalidateQueries({ queryKey: ['imports', 'open'] });
    } catch (e) {
      setError(e);
      setState({ step: 'choose' });
    }
  };

  const commit = async (preview: ImportPreview, skipInvalid: boolean) => {
    setError(null);
    setState({ step: 'committing', preview, progress: null });
    try {
      const result = await commitImport(kind, preview.batchId, { skipInvalid }, (progress) =>
        setState({ step: 'committing', preview, progress }),
      );
      setState({ step: 'done', preview, result });
      void client.invalidateQueries({ queryKey: [text.query] });
      void client.invalidateQueries({ queryKey: ['imports', 'open'] });
    } catch (e) {
      setError(e);
      setState({ step: 'preview', preview });
    }
  };

  const busy = state.step === 'reading' || state.step === 'committing';
  const preview = 'preview' in state ? state.preview : null;

  return (
    <>
      <PageHeading title={text.title} />
      <p className="mt-2 text-std-16N-170 text-solid-gray-700">
        Excel で作成した{text.what}の一覧（CSV または .xlsx）を読み込みます。まずプレビューで各行を確認し、
        エラーがなければ取り込みます。エラーのある行があるときは、ファイルを直して読み込み直すか、
        エラーの行を除いて取り込めます（除いた行はエラー列付きのファイルでダウンロードできます）。 書き出した
        {text.what}を編集して「IDで照合して更新」で読み込むと、ID の行はその記録を更新します。
      </p>
      <p className="mt-2">
        <Link to={text.back}>{text.backLabel}に戻る</Link>
      </p>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void read();
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
            aria-describedby={id('file-hint')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ step: 'choose' });
              setError(null);
            }}
            className={controlClass}
          />
          <p id={id('file-hint')} className="mt-1 text-dns-14N-130 text-solid-gray-700">
            1行目は見出し（例: {text.headers}）。団体コード列がなければ{user.body.name}の{text.what}
            として取り込みます。
          </p>
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
        <fieldset>
          <legend className={labelClass}>取り込み方法</legend>
          <div className="mt-1 flex flex-col gap-1">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={id('mode')}
                checked={mode === 'append'}
                onChange={() => setMode('append')}
              />
              {text.what}に追加する
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={id('mode')}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              {user.body.name}の{text.what}をこのファイルで置き換える
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={id('mode')}
                checked={mode === 'upsert'}
                onChange={() => setMode('upsert')}
              />
              IDで照合して更新する（ID のない行は追加）
            </label>
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <button type="submit" disabled={!file || busy} className={primaryButtonClass}>
            読み込んで確認する
          </button>
        </div>
      </form>

      {error ? <ErrorAlert error={error} title="処理できませんでした。" /> : null}

      {state.step === 'reading' ? (
        <div className="mt-6">
          <ProgressBar label="読み込みの進捗" value={progressOf(state.progress)} />
          <p role="status" className="mt-2">
            {state.progress ? `${state.progress.rows}行を確認しました…` : 'ファイルを送信しています…'}
          </p>
        </div>
      ) : null}

      {preview ? <ImportPreviewView preview={preview} /> : null}

      {state.step === 'preview' && state.preview.canCommitSkippingInvalid ? (
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => void commit(state.preview, true)}
            className={secondaryButtonClass}
          >
            エラーの{state.preview.counts.errors}行を除いて取り込む（新規{state.preview.counts.created}
            件・更新
            {state.preview.counts.updated}件）
          </button>
        </div>
      ) : null}

      {state.step === 'preview' && state.preview.canCommit ? (
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => void commit(state.preview, false)}
            className={primaryButtonClass}
          >
            {state.preview.mode === 'upsert'
              ? `取り込む（新規${state.preview.counts.created}件・更新${state.preview.counts.updated}件）`
              : `${state.preview.validRows}件を取り込む`}
          </button>
          {state.preview.mode === 'replace' ? (
            <p className="text-std-16B-170">
              {user.body.name}の現在の{text.what}は、このファイルの内容に置き換わります。
            </p>
          ) : null}
        </div>
      ) : null}

      {state.step === 'committing' ? (
        <div className="mt-6">
          <ProgressBar label="取り込みの進捗" value={progressOf(state.progress)} />
          <p role="status" className="mt-2">
            {state.progress
              ? `${state.progress.rows} / ${state.progress.totalRows ?? '?'}件を登録しています…`
              : '取り込みを始めています…'}
          </p>
        </div>
      ) : null}

      {state.step === 'done' ? (
        <div role="status" className="mt-6 rounded-8 border-2 border-green-800 bg-green-50 px-4 py-3">
          <p className="font-bold">
            {state.result.inserted}件を追加、{state.result.updated}件を更新しました。
            {state.result.unchanged > 0 ? `変更のない${state.result.unchanged}件はそのままです。` : ''}
            {state.result.deleted > 0 ? `（置き換え前の${state.result.deleted}件は削除しました）` : ''}
          </p>
          {state.result.refusedFile ? (
            <p className="mt-2">
              エラーのため取り込まなかった{state.result.refused}行は、エラー列付きのファイルで確認できます：
              <a href={state.result.refusedFile.csv} download className="ml-2">
                CSV
              </a>
              <a href={state.result.refusedFile.xlsx} download className="ml-4">
                Excel（.xlsx）
              </a>
            </p>
          ) : null}
          <p className="mt-2 flex flex-wrap gap-4">
            <Link to={text.back}>{text.backLabel}を見る</Link>
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => setState({ step: 'choose' })}
            >
              続けて別のファイルを取り込む
            </button>
          </p>
        </div>
      ) : null}
    </>
  );
}

/** The DX施策・好事例 import (/practices/import): the same page for the practices register. */
export function PracticesImportPage() {
  return <ImportPage kind="practices" />;
}
