import { useState } from 'react';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { FiscalYearSelect, fiscalYearRangeOf } from '../../components/FiscalYearSelect.tsx';
import { ErrorSummary, TextAreaField, TextField } from '../../components/FormField.tsx';
import { useFiscalYear } from '../../components/fiscal-year.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { ErrorAlert, Loading } from '../../components/StatusMessages.tsx';
import { useDraftForm } from '../../components/use-draft-form.ts';
import { type OrgProfile, useOrgProfiles, useSaveOrgProfile } from './orgs-queries.ts';

const LABELS = {
  population: '人口（人）',
  staffCount: '職員数（一般行政職員、人）',
  dxUnit: 'DX推進の担当部署',
  dxHead: 'DX推進の責任者',
  note: '備考（出典など）',
};

const people = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('ja-JP')}人`);

/** Text in a number field: digits (commas allowed) or empty for 未登録. */
const toCount = (text: string): number | null | undefined => {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : undefined;
};

type Draft = { population: string; staffCount: string; dxUnit: string; dxHead: string; note: string };

const draftOf = (p: OrgProfile | undefined): Draft => ({
  population: p?.population?.toString() ?? '',
  staffCount: p?.staffCount?.toString() ?? '',
  dxUnit: p?.dxUnit ?? '',
  dxHead: p?.dxHead ?? '',
  note: p?.note ?? '',
});

function ProfileForm({
  code,
  fiscalYear,
  current,
}: {
  code: string;
  fiscalYear: number;
  current?: OrgProfile;
}) {
  const save = useSaveOrgProfile(code);
  const form = useDraftForm<Draft>(draftOf(current), save.error);
  return (
    <form
      noValidate
      className="mt-4 max-w-3xl space-y-4 rounded-8 bg-solid-gray-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const population = toCount(form.draft.population);
        const staffCount = toCount(form.draft.staffCount);
        const issues = [
          ...(population === undefined
            ? [{ path: 'population', message: '人口は数字で入力してください' }]
            : []),
          ...(staffCount === undefined
            ? [{ path: 'staffCount', message: '職員数は数字で入力してください' }]
            : []),
        ];
        if (!form.begin(issues) || population === undefined || staffCount === undefined) return;
        save.mutate({
          fiscalYear,
          version: current?.version ?? null,
          json: { ...form.draft, population, staffCount },
        });
      }}
    >
      <ErrorSummary failure={form.failure} attempt={form.attempt} labels={LABELS} fieldId={form.fieldId} />
      <div className="flex flex-wrap gap-4">
        <TextField
          {...form.bind('population')}
          label={LABELS.population}
          inputMode="numeric"
          className="w-56"
        />
        <TextField
          {...form.bind('staffCount')}
          label={LABELS.staffCount}
          inputMode="numeric"
          className="w-64"
        />
      </div>
      <div className="flex flex-wrap gap-4">
        <TextField {...form.bind('dxUnit')} label={LABELS.dxUnit} maxLength={100} className="w-72" />
        <TextField {...form.bind('dxHead')} label={LABELS.dxHead} maxLength={100} className="w-72" />
      </div>
      <TextAreaField {...form.bind('note')} label={LABELS.note} rows={2} maxLength={500} />
      <button type="submit" className={primaryButtonClass} disabled={save.isPending}>
        {save.isPending ? '保存しています…' : '基本情報を保存'}
      </button>
      {save.isSuccess ? <p role="status">保存しました。</p> : null}
    </form>
  );
}

/**
 * 基本情報（年度別）: population, staff and DX organisation (p.14) by 年度; the body's DX manager and
 * admins record them.
 */
export function OrgProfileSection({ code, name }: { code: string; name: string }) {
  const user = useCurrentUser();
  const profiles = useOrgProfiles(code);
  // The 年度 to record starts at the header's one; the form may pick another without changing the header.
  const header = useFiscalYear();
  const [fiscalYear, setFiscalYear] = useState(header.fiscalYear);
  const mayEdit = user.role === 'admin' || (user.role === 'municipal_manager' && user.body.code === code);
  const items = profiles.data?.items ?? [];
  const current = items.find((p) => p.fiscalYear === fiscalYear);
  return (
    <section aria-labelledby="org-profile" className="mt-8">
      <h2 id="org-profile" className="text-std-20B-150">
        年度別の基本情報（人口・職員数・DX推進体制）
      </h2>
      {profiles.isPending ? <Loading /> : null}
      {profiles.isError ? <ErrorAlert error={profiles.error} /> : null}
      {profiles.data && items.length === 0 ? <p className="mt-3">まだ登録されていません。</p> : null}
      {items.length > 0 ? (
        <ScrollRegion label={`${name}の年度別の基本情報`} className="mt-3">
          <table className="border-collapse text-std-16N-170">
            <caption className="sr-only">{name}の年度別の基本情報</caption>
            <thead className="bg-solid-gray-50">
              <tr>
                {['年度', '人口', '職員数', 'DX推進の担当部署', '責任者', '備考'].map((h) => (
                  <th key={h} scope="col" className="border border-solid-gray-420 px-3 py-1 text-left">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.fiscalYear}>
                  <th scope="row" className="border border-solid-gray-420 px-3 py-1 text-left font-normal">
                    {p.label}
                  </th>
                  <td className="border border-solid-gray-420 px-3 py-1 text-right">
                    {people(p.population)}
                  </td>
                  <td className="border border-solid-gray-420 px-3 py-1 text-right">
                    {people(p.staffCount)}
                  </td>
                  <td className="border border-solid-gray-420 px-3 py-1">{p.dxUnit || '—'}</td>
                  <td className="border border-solid-gray-420 px-3 py-1">{p.dxHead || '—'}</td>
                  <td className="border border-solid-gray-420 px-3 py-1 text-dns-14N-130">{p.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {mayEdit && profiles.data ? (
        <>
          <h3 className="mt-6 text-std-18B-160">基本情報を登録・変更する</h3>
          <div className="mt-2">
            <FiscalYearSelect
              value={fiscalYear}
              years={fiscalYearRangeOf(2021, currentFiscalYear() + 3)}
              onChange={setFiscalYear}
            />
          </div>
          <ProfileForm
            key={`${fiscalYear}-${current?.version ?? 0}`}
            code={code}
            fiscalYear={fiscalYear}
            current={current}
          />
        </>
      ) : null}
    </section>
  );
}
