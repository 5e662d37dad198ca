import { useId, useRef, useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.ts';
import { primaryButtonClass } from '../../components/button-styles.ts';
import { labelClass } from '../../components/form-styles.ts';
import { ErrorAlert } from '../../components/StatusMessages.tsx';
import { type MeetingDetail, materialUrl, useUploadMaterial } from './meetings-queries.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The meeting's materials (download), and for officers a form to add one (PDF, images, Office; 10 MB). */
export function MaterialsSection({ meeting }: { meeting: MeetingDetail }) {
  const user = useCurrentUser();
  const upload = useUploadMaterial(meeting.id);
  const [file, setFile] = useState<File | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const mayUpload = user.role === 'admin' || user.role === 'talent_officer';
  return (
    <section aria-labelledby="meeting-materials" className="mt-8">
      <h2 id="meeting-materials" className="text-std-20B-150">
        資料
      </h2>
      {meeting.materials.length === 0 ? (
        <p className="mt-2 text-solid-gray-700">資料はありません。</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {meeting.materials.map((m) => (
            <li key={m.id}>
              <a href={materialUrl(meeting.id, m.id)} download={m.fileName}>
                {m.fileName}
              </a>
              （{size(m.sizeBytes)}）
            </li>
          ))}
        </ul>
      )}
      {mayUpload ? (
        <form
          className="mt-4 flex flex-wrap items-end gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            upload.mutate(file, {
              onSuccess: () => {
                setFile(null);
                if (inputRef.current) inputRef.current.value = '';
              },
            });
          }}
        >
          <div>
            <label htmlFor={inputId} className={labelClass}>
              資料ファイル
            </label>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx"
              aria-describedby={hintId}
              className="mt-1 block"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <p id={hintId} className="mt-1 text-dns-14N-130 text-solid-gray-700">
              PDF・画像（PNG/JPEG）・Word・Excel・PowerPoint、10 MB まで。ファイルの中身で種類を確認します。
            </p>
          </div>
          <button type="submit" className={primaryButtonClass} disabled={!file || upload.isPending}>
            資料を登録
          </button>
          {upload.isError ? <ErrorAlert error={upload.error} title="資料を登録できませんでした。" /> : null}
        </form>
      ) : null}
    </section>
  );
}
