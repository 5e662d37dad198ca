import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, readJson, type SuccessBody } from '../../api/client.ts';

/** Exams of p.21 (GET /api/recruitment/exams). */
export type ExamList = SuccessBody<Awaited<ReturnType<typeof api.recruitment.exams.$get>>>;

/** The body of POST /api/recruitment/exams. */
export type NewExam = Parameters<typeof api.recruitment.exams.$post>[0]['json'];

/** Exams, ratios and the funnel. */
export function useRecruitment() {
  const exams = useQuery({
    queryKey: ['recruitment', 'exams'],
    queryFn: async () => readJson(await api.recruitment.exams.$get()),
  });
  const ratios = useQuery({
    queryKey: ['recruitment', 'ratios'],
    queryFn: async () => readJson(await api.recruitment.ratios.$get()),
  });
  const funnel = useQuery({
    queryKey: ['recruitment', 'funnel'],
    queryFn: async () => readJson(await api.recruitment.funnel.$get()),
  });
  return { exams, ratios, funnel };
}

/** Records an exam's results or plan. */
export function useCreateExam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (json: NewExam) => readJson(await api.recruitment.exams.$post({ json })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['recruitment'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
