import { withEnglish } from '../utils/i18n/accessible-name';

interface Props {
  exportLabel: string;
  exportName: string;
  importLabel: string;
  importName: string;
  onExport: () => void;
  onImport: (file: File) => void;
  /** What the last import said: done, or the problems that stopped it (each with its path). */
  message: string | null;
  problems: readonly string[];
  rejectedText: string;
}

/** An export button and an import file picker for one kind of JSON file, with what the import said. */
export function JsonFileButtons(props: Props) {
  return (
    <>
      <div className="row">
        <button
          type="button"
          aria-label={withEnglish(props.exportLabel, props.exportName)}
          onClick={props.onExport}
        >
          {props.exportLabel}
        </button>
        <label className="file-button">
          {props.importLabel}
          <input
            type="file"
            accept="application/json,.json"
            aria-label={withEnglish(props.importLabel, props.importName)}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
      </div>
      {props.message && (
        <p role="status" className="ok">
          {props.message}
        </p>
      )}
      {props.problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{props.rejectedText}</p>
          <ul>
            {props.problems.slice(0, 50).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
