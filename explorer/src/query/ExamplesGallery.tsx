// The examples gallery (as in the Wikidata Query Service): each example named and described in
// the interface language, tagged with the root fields it shows, and runnable. Escape closes it.
import type { ReactNode } from 'react';
import type { Lang } from '../route';
import { QUERY_EXAMPLES } from './queryExamples';
import { translateQuery } from './queryStrings';

export function ExamplesGallery({ lang, onRun, onClose, children }: { lang: Lang; onRun: (slug: string) => void; onClose: () => void; children?: ReactNode }) {
  const t = (key: Parameters<typeof translateQuery>[1]) => translateQuery(lang, key);
  return (
    <section
      id="examples-gallery"
      className="examples-gallery"
      aria-labelledby="examples-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <h2 id="examples-heading">{t('examples')}</h2>
        {children}
        <button type="button" className="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="meta">{t('examplesIntro')}</p>
      <ol className="examples">
        {QUERY_EXAMPLES.map((example) => (
          <li key={example.slug} data-example={example.slug}>
            <h3>{example.title[lang]}</h3>
            <p>{example.description[lang]}</p>
            <p className="tags">
              {example.fields.map((field) => (
                <code key={field}>{field}</code>
              ))}
              {example.readme && <span className="readme-tag">{t('readme')}</span>}
            </p>
            <button type="button" className="run-example" aria-label={`${t('run')}: ${example.title[lang]}`} onClick={() => onRun(example.slug)}>
              ▶ {t('run')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
