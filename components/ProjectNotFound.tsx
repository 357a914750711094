import type { Translator } from '../utils/i18n/translate';

/** Where a project's form or round draft would be, when the project isn't there (e.g. it is in the trash). */
export function ProjectNotFound({ t }: { t: Translator }) {
  return (
    <section className="panel" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('projectNotFound')}</h2>
      <a href="#">{t('backToPlan')}</a>
    </section>
  );
}
