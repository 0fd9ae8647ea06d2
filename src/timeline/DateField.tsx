// A date typed as text in the app's one date format ("14 Nov 2008"; ISO "2008-11-14" is accepted
// too). Nothing is applied while typing: only Enter or leaving the field applies a complete, real
// date; anything else is marked invalid and, on leaving, the field goes back to the current date.
import { type KeyboardEvent, useState } from 'react';
import { formatDay, parseDayText } from '../core/timeline';

interface DateFieldProps {
  readonly label: string;
  /** The applied day (day number). */
  readonly day: number;
  /** Id of the visible hint that says which formats are accepted. */
  readonly hintId: string;
  onApply(day: number): void;
}

export function DateField({ label, day, hintId, onApply }: DateFieldProps) {
  // null = not being edited: the field shows the applied day.
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && draft.trim() !== '' && parseDayText(draft) === null;

  function apply(): boolean {
    if (draft === null) return true;
    const parsed = parseDayText(draft);
    if (parsed === null) return false;
    setDraft(null);
    if (parsed !== day) onApply(parsed);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') apply();
    if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
    }
  }

  return (
    <input
      type="text"
      className="dl-date-field"
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={hintId}
      inputMode="text"
      autoComplete="off"
      spellCheck={false}
      size={11}
      placeholder="14 Nov 2008"
      value={draft ?? formatDay(day)}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (!apply()) setDraft(null);
      }}
    />
  );
}
