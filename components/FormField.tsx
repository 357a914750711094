import { useId, type ReactNode } from 'react';

export type FieldMessage = { tone: 'error' | 'warning'; text: string };

interface Props {
  label: string;
  /** Renders the control with the ids that tie it to its label and messages. */
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  /** A note under the control, e.g. what the portal will receive. */
  hint?: ReactNode;
  /** Problems with this field (errors and warnings), shown beside it and read with it. */
  messages?: readonly FieldMessage[];
}

/** A label, its control, and whatever the checks say about it, wired for screen readers. */
export function FormField({ label, children, hint, messages = [] }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const messagesId = `${id}-messages`;
  const describedBy =
    [hint ? hintId : null, messages.length > 0 ? messagesId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={fieldClass(messages)}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      <FieldMessages id={messagesId} messages={messages} />
    </div>
  );
}

/** A group of radios or checkboxes under one name, with its messages. */
export function FieldSet({
  legend,
  children,
  messages = [],
}: {
  legend: string;
  children: ReactNode;
  messages?: readonly FieldMessage[];
}) {
  const id = useId();
  return (
    <fieldset
      className={fieldClass(messages)}
      aria-describedby={messages.length > 0 ? `${id}-messages` : undefined}
    >
      <legend>{legend}</legend>
      <div className="choices">{children}</div>
      <FieldMessages id={`${id}-messages`} messages={messages} />
    </fieldset>
  );
}

const fieldClass = (messages: readonly FieldMessage[]) =>
  `form-field${messages.some((m) => m.tone === 'error') ? ' has-error' : ''}`;

/** What the checks say, as a list a field can point to (`aria-describedby`); nothing when they say nothing. */
export function FieldMessages({ id, messages }: { id?: string; messages: readonly FieldMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-messages">
      {messages.map((m, i) => (
        <li key={i} className={`field-${m.tone}`}>
          {m.text}
        </li>
      ))}
    </ul>
  );
}
