import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { UNITS, type Unit } from '../utils/catalogue/units';
import type { MessageKey } from '../utils/i18n/strings';
import { withEnglish } from '../utils/i18n/accessible-name';
import { comparisonKey } from '../utils/thai/comparison-key';

interface Props {
  /** The unit already chosen, if any (then the chooser is a change, and can be cancelled). */
  current?: string;
  onChoose: (code: string) => void;
  onCancel?: () => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/**
 * The units whose Thai name or code contains what was typed, compared as Thai text is
 * (utils/thai/comparison-key.ts: spaces ignored, Thai digits read as 0–9, sara am typed either way).
 */
export function matchUnits(query: string): readonly Unit[] {
  const q = comparisonKey(query);
  if (q === '') return UNITS;
  return UNITS.filter((u) => u.code.includes(q) || comparisonKey(u.nameTh).includes(q));
}

/** A searchable list of the 77 units, as a combobox: type, move with the arrows, Enter (or a click) chooses. */
export function UnitChooser({ current, onChoose, onCancel, t }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchUnits(query), [query]);
  const listId = useId();
  const hintId = useId();
  const optionId = (code: string) => `${listId}-${code}`;
  const activeUnit = matches[Math.min(active, matches.length - 1)];

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter' && activeUnit) {
      event.preventDefault();
      onChoose(activeUnit.code);
    } else if (event.key === 'Escape' && onCancel) {
      onCancel();
    }
  }

  return (
    <section aria-labelledby={`${listId}-heading`} className="panel unit-chooser">
      <h2 id={`${listId}-heading`}>{t('unitChooserTitle')}</h2>
      <p className="muted">{t('unitChooserIntro')}</p>
      <label className="field">
        {t('unitSearchLabel')}
        <input
          type="text"
          role="combobox"
          aria-label={withEnglish(t('unitSearchLabel'), 'Choose your unit')}
          aria-describedby={hintId}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeUnit ? optionId(activeUnit.code) : undefined}
          autoComplete="off"
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <p id={hintId} className="muted small">
        {t('unitSearchHint')}
      </p>
      <p aria-live="polite" className="small">
        {matches.length === 0 ? t('unitNoMatch') : t('unitMatches', { count: matches.length })}
      </p>
      <ul id={listId} role="listbox" aria-label={t('unitChooserTitle')} className="unit-list">
        {matches.map((u, i) => (
          <li
            key={u.code}
            id={optionId(u.code)}
            role="option"
            aria-selected={u === activeUnit}
            className={[u === activeUnit ? 'active' : '', u.code === current ? 'current' : ''].join(' ')}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(u.code)}
          >
            {u.nameTh} <span className="muted">({u.code})</span>
          </li>
        ))}
      </ul>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('cancelChangeUnit')}
        </button>
      )}
    </section>
  );
}
