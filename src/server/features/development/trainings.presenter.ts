import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { CourseRow } from './eligible-courses.ts';

/** 研修の種類 as the program document names them (p.10). */
export const TRAINING_KIND_LABELS: Record<CourseRow['kind'], string> = {
  online: 'オンライン研修',
  dispatch: '派遣研修',
  community: 'オンラインコミュニティ',
  course: '課程研修',
  ojt: 'OJT（ジョブローテーション）',
};

const itemName = new Map<string, string>(SKILL_ITEMS.map((i) => [i.code, i.name]));

/** A course of the training catalogue. */
export function presentTraining(c: CourseRow) {
  return {
    id: c.id,
    kind: c.kind,
    kindLabel: TRAINING_KIND_LABELS[c.kind],
    name: c.name,
    provider: c.provider,
    skillItems: c.skillItems.map((code) => ({ code, name: itemName.get(code) ?? code })),
    hours: c.hours,
    costYen: c.costYen,
    grade: c.grade,
    description: c.description,
    active: c.active,
  };
}
