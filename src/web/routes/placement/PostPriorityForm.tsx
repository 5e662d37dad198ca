import { type FormEvent, useId, useState } from 'react';
import { POST_PRIORITIES, postTitleText } from '../../../domain/post-priority.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { FieldGroup, SelectField } from '../../components/FormField.tsx';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { type Post, useSavePostPriority } from './placement-queries.ts';

/**
 * Changes the priority of one of the posts the user may edit: 必須 posts are filled first by the
 * optimum, then 優先, and 通常 posts by cost alone.
 */
export function PostPriorityForm({ posts }: { posts: readonly Post[] }) {
  const save = useSavePostPriority();
  const [postId, setPostId] = useState(posts[0]?.id ?? '');
  const post = posts.find((p) => p.id === postId);
  const [priority, setPriority] = useState(String(post?.priority ?? 0));
  const [notice, setNotice] = useState<string | null>(null);
  const prefix = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!post) return;
    setNotice(null);
    save.mutate(
      { post, priority: Number(priority) },
      {
        onSuccess: (saved) =>
          setNotice(
            `${saved.orgName} ${postTitleText(saved.unit, saved.title)}の優先度を「${saved.priorityLabel}」にしました。`,
          ),
      },
    );
  };

  if (posts.length === 0) return null;
  return (
    <form onSubmit={submit} className="mt-4 max-w-3xl space-y-4 rounded-12 border border-solid-gray-200 p-6">
      <SelectField
        id={`${prefix}-post`}
        label="ポスト"
        value={postId}
        onChange={(id) => {
          setPostId(id);
          setPriority(String(posts.find((p) => p.id === id)?.priority ?? 0));
        }}
        options={posts.map((p) => ({
          value: p.id,
          label: `${p.orgName} ${postTitleText(p.unit, p.title)}（現在：${p.priorityLabel}）`,
        }))}
      />
      <FieldGroup id={`${prefix}-priority`} legend="優先度">
        {POST_PRIORITIES.map((p) => (
          <label key={p.value} className="mt-2 flex items-center gap-2 text-std-16N-170">
            <input
              type="radio"
              name={`${prefix}-priority`}
              value={p.value}
              checked={priority === String(p.value)}
              onChange={() => setPriority(String(p.value))}
            />
            {p.label}（{p.description}）
          </label>
        ))}
      </FieldGroup>
      <button type="submit" disabled={save.isPending} className={primaryButtonClass}>
        {save.isPending ? '保存しています…' : '優先度を保存'}
      </button>
      {save.isError ? <ErrorAlert error={save.error} title="保存できませんでした。" /> : null}
      <p role="status" className={notice ? 'text-std-16B-170 text-green-1100' : 'sr-only'}>
        {notice}
      </p>
    </form>
  );
}
