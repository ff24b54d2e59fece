'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { MAX_SNAPSHOT_BYTES } from '@/lib/account/snapshot-limits';

type Progress = { phase: 'sending'; fraction: number } | { phase: 'saving' };
type Counts = Record<string, number>;
type Outcome = { tone: 'success' | 'error'; text: string };

const TABLE_WORDS: Record<string, string> = {
  nightCheckins: 'night check-ins',
  episodes: 'episodes',
  stretchSessions: 'stretch sessions',
  dailyFactors: 'days of factors',
  medications: 'medications',
  medicationDoses: 'doses',
  irlsScores: 'IRLS scores',
  experiments: 'experiments',
  routines: 'routines',
  customFactors: 'custom factors',
};

function summary(imported: Counts, skipped: Counts): string {
  const list = (counts: Counts) =>
    Object.entries(TABLE_WORDS)
      .filter(([table]) => (counts[table] ?? 0) > 0)
      .map(([table, words]) => `${counts[table]} ${words}`)
      .join(', ');
  const added = list(imported) || 'nothing new';
  const already = list(skipped);
  return `Imported: ${added}.${already ? ` Already here, so skipped: ${already}.` : ''}`;
}

/** Sends the file with XMLHttpRequest, whose upload reports progress (fetch's does not). */
function send(body: string, onProgress: (p: Progress) => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/account/import');
    request.setRequestHeader('Content-Type', 'application/json');
    request.upload.onprogress = (e) => e.lengthComputable && onProgress({ phase: 'sending', fraction: e.loaded / e.total });
    request.upload.onload = () => onProgress({ phase: 'saving' });
    request.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(request.responseText);
      } catch {}
      resolve({ status: request.status, json });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(body);
  });
}

/** Export (two plain downloads) and import of a JSON export, with progress and a clear answer. */
export function DataTransfer() {
  const router = useRouter();
  const fileId = useId();
  const [progress, setProgress] = useState<Progress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [fileError, setFileError] = useState<string>();

  async function onImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    setOutcome(undefined);
    if (!(file instanceof File) || file.size === 0) return setFileError('Choose the .json file of a Stillnight export.');
    if (file.size > MAX_SNAPSHOT_BYTES) {
      return setFileError(`This file is larger than ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB: it is not a Stillnight export.`);
    }
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(await file.text());
    } catch {
      return setFileError('This file is not a Stillnight export: it is not complete JSON (it may have been cut short).');
    }
    setFileError(undefined);
    setProgress({ phase: 'sending', fraction: 0 });
    try {
      const mode = form.get('merge') === 'on' ? 'merge' : 'empty';
      const { status, json } = await send(JSON.stringify({ mode, snapshot }), setProgress);
      const answer = json as { imported?: Counts; skipped?: Counts; message?: string } | null;
      if (status === 200 && answer?.imported) {
        setOutcome({ tone: 'success', text: summary(answer.imported, answer.skipped ?? {}) });
        router.refresh();
      } else {
        setOutcome({ tone: 'error', text: answer?.message ?? 'The import failed. Nothing was changed; please try again.' });
      }
    } catch {
      setOutcome({ tone: 'error', text: 'The connection was lost. Nothing was imported; please try again.' });
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <>
      <div className="mt-5 border-t border-night-100 pt-5 dark:border-night-800">
        <h3 className="font-semibold">Download everything</h3>
        <p className="mt-1 mb-3 text-night-600 dark:text-night-300">
          All you have logged, to keep or to take elsewhere: one JSON file that Stillnight can import again, or a ZIP of
          spreadsheets (one CSV per kind of entry).
        </p>
        <div className="flex flex-wrap gap-3">
          <form method="get" action="/api/account/export">
            <input type="hidden" name="format" value="json" />
            <Button type="submit" variant="secondary">
              Download all my data (JSON)
            </Button>
          </form>
          <form method="get" action="/api/account/export">
            <input type="hidden" name="format" value="zip" />
            <Button type="submit" variant="secondary">
              Download as spreadsheets (CSV, ZIP)
            </Button>
          </form>
        </div>
      </div>
      <form onSubmit={onImport} noValidate aria-label="Import an export" className="mt-5 space-y-3 border-t border-night-100 pt-5 dark:border-night-800">
        <h3 className="font-semibold">Import an export</h3>
        <p className="text-night-600 dark:text-night-300">
          Load a Stillnight JSON export into this account: all of it, or nothing if anything in it is wrong.
        </p>
        <div>
          <label htmlFor={fileId} className="block font-medium">
            Export file (.json)
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".json,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-night-100 file:px-4 file:font-medium dark:file:bg-night-800 dark:file:text-night-100"
          />
          {fileError && (
            <p id={`${fileId}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
              {fileError}
            </p>
          )}
        </div>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="merge" className="h-5 w-5" />
          <span>Add to my data (skip what is already here)</span>
        </label>
        {progress && (
          <div role="status" className="space-y-1">
            <progress
              className="w-full"
              aria-label="Import progress"
              {...(progress.phase === 'sending' ? { value: progress.fraction, max: 1 } : {})}
            />
            <p className="text-sm">{progress.phase === 'sending' ? `Sending… ${Math.round(progress.fraction * 100)}%` : 'Saving your data…'}</p>
          </div>
        )}
        <FormMessage message={outcome?.text} tone={outcome?.tone} />
        <Button type="submit" variant="secondary" disabled={progress !== undefined}>
          {progress ? 'Importing…' : 'Import'}
        </Button>
      </form>
    </>
  );
}
