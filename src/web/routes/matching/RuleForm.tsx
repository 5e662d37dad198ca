import { type FormEvent, useId, useState } from 'react';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import {
  ENFORCEMENTS,
  type Enforcement,
  RULE_CATEGORIES,
  RULE_KIND_LABELS,
  type RuleCategory,
  type RuleKind,
  TARGET_KINDS,
  type TargetKind,
} from '../../../domain/matching-rules.ts';
import { primaryButtonClass, secondaryButtonClass } from '../../components/button-styles.ts';
import { ErrorSummary, FieldGroup, SelectField, TextField } from '../../components/FormField.tsx';
import type { FieldIssue, FormFailure } from '../../components/form-errors.ts';
import { issuesByField } from '../../components/form-errors.ts';
import type { RuleInput } from './matching-queries.ts';

/** A body to choose in a rule. */
export type BodyChoice = { code: string; name: string };

/** The form's state: every field of every kind, as text. */
type Draft = {
  kind: RuleKind;
  enforcement: Enforcement;
  penalty: string;
  note: string;
  category: RuleCategory;
  targetKind: TargetKind;
  allowedFromFiscalYear: string;
  employerOrgCode: string;
  orgCode: string;
  throughFiscalYear: string;
  years: string;
  fromFiscalYear: string;
  toFiscalYear: string;
  termYears: string;
  min: string;
  max: string;
};

const YEARS = Array.from({ length: 16 }, (_, k) => 2020 + k);
const yearOptions = YEARS.map((fy) => ({ value: String(fy), label: formatFiscalYear(fy) }));
const openYearOptions = [{ value: '', label: '指定なし' }, ...yearOptions];

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function draftOf(rule: RuleInput | null): Draft {
  const base: Draft = {
    kind: 'crossBodyMove',
    enforcement: 'hard',
    penalty: '100',
    note: '',
    category: 'municipal_registered',
    targetKind: 'municipality',
    allowedFromFiscalYear: '2026',
    employerOrgCode: '',
    orgCode: '',
    throughFiscalYear: '2026',
    years: '2',
    fromFiscalYear: '',
    toFiscalYear: '',
    termYears: '5',
    min: '',
    max: '',
  };
  if (!rule) return base;
  const d: Draft = {
    ...base,
    kind: rule.kind,
    enforcement: rule.enforcement,
    penalty: text(rule.penalty),
    note: rule.note ?? '',
  };
  switch (rule.kind) {
    case 'crossBodyMove':
      return {
        ...d,
        category: rule.category,
        targetKind: rule.targetKind,
        allowedFromFiscalYear: String(rule.allowedFromFiscalYear),
        employerOrgCode: rule.employerOrgCode ?? '',
      };
    case 'stayUntil':
      return { ...d, orgCode: rule.orgCode, throughFiscalYear: String(rule.throughFiscalYear) };
    case 'minTenure':
    case 'maxTenure':
      return {
        ...d,
        years: String(rule.years),
        orgCode: rule.orgCode ?? '',
        fromFiscalYear: text(rule.fromFiscalYear),
        toFiscalYear: text(rule.toFiscalYear),
      };
    case 'noReturn':
      return {
        ...d,
        years: String(rule.years),
        fromFiscalYear: text(rule.fromFiscalYear),
        toFiscalYear: text(rule.toFiscalYear),
      };
    case 'fixedTermContract':
      return { ...d, termYears: String(rule.termYears) };
    case 'bodyHeadcount':
      return {
        ...d,
        orgCode: rule.orgCode,
        min: text(rule.min),
        max: text(rule.max),
        fromFiscalYear: text(rule.fromFiscalYear),
        toFiscalYear: text(rule.toFiscalYear),
      };
  }
}

const num = (s: string) => Number(s.normalize('NFKC').trim());
const numOrNull = (s: string) => (s.trim() === '' ? null : num(s));

/** The rule a draft describes (numbers the browser cannot read are sent as they are: the API says why). */
function ruleOf(id: string, d: Draft): RuleInput {
  const common = { id, enforcement: d.enforcement, penalty: num(d.penalty), note: d.note.trim() };
  const period = { fromFiscalYear: numOrNull(d.fromFiscalYear), toFiscalYear: numOrNull(d.toFiscalYear) };
  switch (d.kind) {
    case 'crossBodyMove':
      return {
        ...common,
        kind: d.kind,
        category: d.category,
        targetKind: d.targetKind,
        allowedFromFiscalYear: num(d.allowedFromFiscalYear),
        employerOrgCode: d.employerOrgCode || null,
      };
    case 'stayUntil':
      return { ...common, kind: d.kind, orgCode: d.orgCode, throughFiscalYear: num(d.throughFiscalYear) };
    case 'minTenure':
    case 'maxTenure':
      return { ...common, ...period, kind: d.kind, years: num(d.years), orgCode: d.orgCode || null };
    case 'noReturn':
      return { ...common, ...period, kind: d.kind, years: num(d.years) };
    case 'fixedTermContract':
      return { ...common, kind: d.kind, termYears: num(d.termYears) };
    case 'bodyHeadcount':
      return {
        ...common,
        ...period,
        kind: d.kind,
        enforcement: 'hard',
        orgCode: d.orgCode,
        min: numOrNull(d.min),
        max: numOrNull(d.max),
      };
  }
}

/** Japanese labels of the fields, by the API's field names (for the error summary). */
const LABELS: Record<string, string> = {
  kind: 'ルールの種類',
  enforcement: '扱い',
  penalty: '減点（点）',
  note: '備考',
  category: '区分',
  targetKind: '配属先',
  allowedFromFiscalYear: '配属を始める年度',
  employerOrgCode: '採用団体',
  orgCode: '団体',
  throughFiscalYear: '留任する最後の年度',
  years: '年数',
  fromFiscalYear: '適用開始年度',
  toFiscalYear: '適用終了年度',
  termYears: '任期（年）',
  min: '最少人数',
  max: '最多人数',
};

/** Props of {@link RuleForm}. */
export type RuleFormProps = {
  /** The rule edited, or null for a new one. */
  rule: RuleInput | null;
  /** The id a new rule gets. */
  newId: string;
  bodies: readonly BodyChoice[];
  busy: boolean;
  /** The last save's issues for this rule (paths without the `rules.N.` prefix) and message. */
  failure: FormFailure | null;
  attempt: number;
  onSubmit: (rule: RuleInput) => void;
  onCancel: () => void;
};

/** One rule's fields, by kind; submitting hands the rule to the page, which saves the whole set. */
export function RuleForm({ rule, newId, bodies, busy, failure, attempt, onSubmit, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState(() => draftOf(rule));
  const prefix = useId();
  const fieldId = (field: string) => `${prefix}-${field}`;
  const errors = issuesByField(failure?.issues ?? ([] as FieldIssue[]));
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const bodyOptions = bodies.map((b) => ({ value: b.code, label: b.name }));
  const optionalBody = [{ value: '', label: '指定なし（すべて）' }, ...bodyOptions];
  const field = (key: keyof Draft) => ({
    id: fieldId(key),
    label: LABELS[key] ?? key,
    errors: errors.get(key) ?? [],
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(ruleOf(rule?.id ?? newId, draft));
  };

  const period = (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        {...field('fromFiscalYear')}
        value={draft.fromFiscalYear}
        onChange={set('fromFiscalYear')}
        options={openYearOptions}
      />
      <SelectField
        {...field('toFiscalYear')}
        value={draft.toFiscalYear}
        onChange={set('toFiscalYear')}
        options={openYearOptions}
      />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-5 rounded-12 border border-solid-gray-200 p-6">
      <ErrorSummary failure={failure} attempt={attempt} labels={LABELS} fieldId={fieldId} />
      {rule ? (
        <p className="text-std-18B-160">{RULE_KIND_LABELS[draft.kind]}</p>
      ) : (
        <SelectField
          {...field('kind')}
          value={draft.kind}
          onChange={(kind) =>
            setDraft((d) => ({ ...d, kind, enforcement: kind === 'bodyHeadcount' ? 'hard' : d.enforcement }))
          }
          options={(Object.keys(RULE_KIND_LABELS) as RuleKind[]).map((k) => ({
            value: k,
            label: RULE_KIND_LABELS[k],
          }))}
        />
      )}

      {draft.kind === 'crossBodyMove' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            {...field('category')}
            value={draft.category}
            onChange={set('category')}
            options={(Object.keys(RULE_CATEGORIES) as RuleCategory[]).map((c) => ({
              value: c,
              label: RULE_CATEGORIES[c],
            }))}
          />
          <SelectField
            {...field('targetKind')}
            hint="採用団体以外の、この種類の団体への配属"
            value={draft.targetKind}
            onChange={set('targetKind')}
            options={(Object.keys(TARGET_KINDS) as TargetKind[]).map((k) => ({
              value: k,
              label: TARGET_KINDS[k],
            }))}
          />
          <SelectField
            {...field('allowedFromFiscalYear')}
            value={draft.allowedFromFiscalYear}
            onChange={set('allowedFromFiscalYear')}
            options={yearOptions}
          />
          <SelectField
            {...field('employerOrgCode')}
            value={draft.employerOrgCode}
            onChange={set('employerOrgCode')}
            options={optionalBody}
          />
        </div>
      ) : null}

      {draft.kind === 'stayUntil' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            {...field('orgCode')}
            value={draft.orgCode}
            onChange={set('orgCode')}
            options={[{ value: '', label: '選択してください' }, ...bodyOptions]}
          />
          <SelectField
            {...field('throughFiscalYear')}
            value={draft.throughFiscalYear}
            onChange={set('throughFiscalYear')}
            options={yearOptions}
          />
        </div>
      ) : null}

      {draft.kind === 'minTenure' || draft.kind === 'maxTenure' || draft.kind === 'noReturn' ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...field('years')} inputMode="numeric" value={draft.years} onChange={set('years')} />
            {draft.kind !== 'noReturn' ? (
              <SelectField
                {...field('orgCode')}
                hint="この団体のポストにいる人材にだけ適用"
                value={draft.orgCode}
                onChange={set('orgCode')}
                options={optionalBody}
              />
            ) : null}
          </div>
          {period}
        </>
      ) : null}

      {draft.kind === 'fixedTermContract' ? (
        <TextField
          {...field('termYears')}
          hint="採用日から数えた年数。任期が終わった後の年度には配置しません"
          inputMode="numeric"
          value={draft.termYears}
          onChange={set('termYears')}
        />
      ) : null}

      {draft.kind === 'bodyHeadcount' ? (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              {...field('orgCode')}
              value={draft.orgCode}
              onChange={set('orgCode')}
              options={[{ value: '', label: '選択してください' }, ...bodyOptions]}
            />
            <TextField
              {...field('min')}
              hint="この数のポストを必須の枠にします"
              inputMode="numeric"
              value={draft.min}
              onChange={set('min')}
            />
            <TextField
              {...field('max')}
              hint="この数を超えるポストの枠を閉じます"
              inputMode="numeric"
              value={draft.max}
              onChange={set('max')}
            />
          </div>
          {period}
        </>
      ) : null}

      {draft.kind === 'bodyHeadcount' ? (
        <p className="text-std-16N-170">扱い：{ENFORCEMENTS.hard}</p>
      ) : (
        <FieldGroup
          id={fieldId('enforcement')}
          legend={LABELS.enforcement!}
          errors={errors.get('enforcement') ?? []}
        >
          {(Object.keys(ENFORCEMENTS) as Enforcement[]).map((e) => (
            <label key={e} className="mt-2 flex items-center gap-2 text-std-16N-170">
              <input
                type="radio"
                name={fieldId('enforcement')}
                value={e}
                checked={draft.enforcement === e}
                onChange={() => set('enforcement')(e)}
              />
              {ENFORCEMENTS[e]}
            </label>
          ))}
        </FieldGroup>
      )}
      {draft.enforcement === 'penalty' && draft.kind !== 'bodyHeadcount' ? (
        <TextField
          {...field('penalty')}
          hint="違反する組み合わせ1つごとに加える点数"
          inputMode="numeric"
          value={draft.penalty}
          onChange={set('penalty')}
        />
      ) : null}
      <TextField
        {...field('note')}
        hint="根拠（資料のページなど）"
        value={draft.note}
        onChange={set('note')}
      />

      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? '保存しています…' : rule ? 'このルールを保存' : 'ルールを追加して保存'}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          キャンセル
        </button>
      </div>
    </form>
  );
}
