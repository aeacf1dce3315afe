/** The console's building blocks: states, tables, paging, fields, dialogs, amounts. */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../api.ts';
import { formatMoney } from '../format.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p class="state" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ProblemNote({ problem }: { problem: Problem }) {
  return (
    <p class="problem" role="alert">
      {problem.status === 404 ? 'Not found.' : problem.detail}
    </p>
  );
}

export function Money({ minor, currency, signed }: { minor: number; currency: string; signed?: boolean }) {
  const negative = minor < 0;
  return <span class={`money${signed && negative ? ' owed' : ''}`}>{formatMoney(minor, currency)}</span>;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
  /** Keep on one line (dates, times). */
  nowrap?: boolean;
}

export function Table<T>({
  caption,
  columns,
  rows,
  empty,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  empty: string;
  rowKey: (row: T) => string;
}) {
  if (rows.length === 0) return <p class="state empty">{empty}</p>;
  return (
    // A table wider than the screen scrolls: the region takes focus so the keyboard can scroll it.
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" class={column.numeric ? 'numeric' : undefined} key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td
                  class={[column.numeric ? 'numeric' : '', column.nowrap ? 'nowrap' : ''].join(' ').trim() || undefined}
                  key={column.header}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Pager({
  label,
  page,
  hasNext,
  onNext,
  onPrevious,
}: {
  label: string;
  page: number;
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
}) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" onClick={onPrevious} disabled={page === 1}>
        Previous page
      </button>
      <span>Page {page}</span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        Next page
      </button>
    </nav>
  );
}

/** A labelled field; its error (from the problem's pointer) is shown under it and read with it. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': 'true' as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The problem of a form: at its field when the field is on the form, else above the buttons. */
export function fieldErrors(
  problem: Problem | undefined,
  fields: string[],
): { byField: Record<string, string>; general: string | undefined } {
  if (!problem) return { byField: {}, general: undefined };
  const field = problem.field?.split('/')[0];
  if (field && fields.includes(field)) return { byField: { [field]: problem.detail }, general: undefined };
  return { byField: {}, general: problem.detail };
}

export function FormProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="problem" role="alert">
      {message}
    </p>
  );
}

/** A modal dialog (the native <dialog>: focus stays inside, Escape closes it). */
export function Dialog({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const titleId = `dialog-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

export function Badge({ tone, children }: { tone: 'ok' | 'warn' | 'bad' | 'plain'; children: ComponentChildren }) {
  return <span class={`badge ${tone}`}>{children}</span>;
}

export type InputProps = JSX.HTMLAttributes<HTMLInputElement>;
