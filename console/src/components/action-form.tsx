/**
 * A form for one action of the console: labelled fields, amounts typed in the currency and sent
 * in minor units, and the API's problem shown at the field its pointer names.
 */
import { useMemo, useState } from 'preact/hooks';
import { type Problem, isProblem, problemOf } from '../api.ts';
import { parseAmount } from '../format.ts';
import { Field, FormProblem, fieldErrors } from './ui.tsx';

export type FieldSpec =
  | { name: string; label: string; kind: 'amount'; required?: boolean; hint?: string }
  | {
      name: string;
      label: string;
      kind: 'text' | 'date' | 'number';
      required?: boolean;
      hint?: string;
      initial?: string;
    }
  | { name: string; label: string; kind: 'select'; options: Array<{ value: string; label: string }>; initial?: string }
  | { name: string; label: string; kind: 'checkboxes'; options: Array<{ value: string; label: string }> };

export type Values = Record<string, string | number | string[] | undefined>;

export function ActionForm({
  fields,
  currency,
  submitLabel,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  fields: FieldSpec[];
  currency: string;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<void>;
  onCancel: () => void;
  idPrefix: string;
}) {
  const initial = useMemo(() => {
    const values: Record<string, string | string[]> = {};
    for (const field of fields)
      values[field.name] =
        field.kind === 'checkboxes'
          ? []
          : 'initial' in field && field.initial !== undefined
            ? field.initial
            : field.kind === 'select'
              ? (field.options[0]?.value ?? '')
              : '';
    return values;
  }, [fields]);
  const [text, setText] = useState<Record<string, string | string[]>>(initial);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    const values: Values = {};
    for (const field of fields) {
      const raw = text[field.name];
      if (field.kind === 'checkboxes') {
        values[field.name] = raw as string[];
        continue;
      }
      const typed = String(raw ?? '').trim();
      if (typed === '') {
        if ('required' in field && field.required) {
          setProblem({
            status: 400,
            code: 'validation_failed',
            detail: `${field.label} is needed.`,
            field: field.name,
          });
          return;
        }
        continue;
      }
      if (field.kind === 'amount') {
        const parsed = parseAmount(typed, currency);
        if ('problem' in parsed) {
          setProblem({ status: 400, code: 'validation_failed', detail: parsed.problem, field: field.name });
          return;
        }
        values[field.name] = parsed.minor;
      } else if (field.kind === 'number') {
        values[field.name] = Number(typed);
      } else {
        values[field.name] = typed;
      }
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      setProblem(isProblem(error) ? error : problemOf(undefined, 0));
    } finally {
      setBusy(false);
    }
  };

  const errors = fieldErrors(
    problem,
    fields.map((field) => field.name),
  );
  return (
    <form onSubmit={submit} noValidate>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        if (field.kind === 'checkboxes') {
          return (
            <fieldset
              key={field.name}
              class={errors.byField[field.name] ? 'invalid' : undefined}
              aria-describedby={errors.byField[field.name] ? `${id}-error` : undefined}
            >
              <legend>{field.label}</legend>
              {field.options.length === 0 && <p class="state empty">Nothing to choose from.</p>}
              {field.options.map((option) => (
                <label class="check" key={option.value}>
                  <input
                    type="checkbox"
                    value={option.value}
                    checked={(text[field.name] as string[]).includes(option.value)}
                    onChange={(e) => {
                      const chosen = new Set(text[field.name] as string[]);
                      if (e.currentTarget.checked) chosen.add(option.value);
                      else chosen.delete(option.value);
                      setText({ ...text, [field.name]: [...chosen] });
                    }}
                  />{' '}
                  {option.label}
                </label>
              ))}
              {errors.byField[field.name] && (
                <p class="field-error" id={`${id}-error`}>
                  {errors.byField[field.name]}
                </p>
              )}
            </fieldset>
          );
        }
        return (
          <Field
            key={field.name}
            id={id}
            label={field.kind === 'amount' ? `${field.label} (${currency})` : field.label}
            error={errors.byField[field.name]}
            hint={'hint' in field ? field.hint : undefined}
          >
            {(props) =>
              field.kind === 'select' ? (
                <select
                  {...props}
                  value={text[field.name] as string}
                  onChange={(e) => setText({ ...text, [field.name]: e.currentTarget.value })}
                >
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...props}
                  type={field.kind === 'date' ? 'date' : 'text'}
                  inputMode={field.kind === 'amount' ? 'decimal' : field.kind === 'number' ? 'numeric' : undefined}
                  autoComplete="off"
                  value={text[field.name] as string}
                  onInput={(e) => setText({ ...text, [field.name]: e.currentTarget.value })}
                />
              )
            }
          </Field>
        );
      })}
      <FormProblem message={errors.general} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Working…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
